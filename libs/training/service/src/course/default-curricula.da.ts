import type { CurriculumTranslation } from './curriculum-text.js';

/**
 * Danish texts of the default curricula (same order and shape as the English in default-curricula.ts).
 * Drafted by the developers with machine help, not reviewed by a native speaker (docs/translations.md).
 */
const SATISFACTION = [
  'Kurset forberedte mig på min rolle i programmet.',
  'Selvstudieenhederne var klare og havde en passende længde.',
  'De faciliterede sessioner var tiden væk fra mine vagter værd.',
  'Jeg vil anbefale kurset til en kollega.',
];

export const DA: CurriculumTranslation = {
  'mentor-core': {
    title: 'Uddannelse af kollegementorer',
    description:
      'Forbereder erfarne medarbejdere i fængslet på at være mentor for en nyere kollega: hvad kollegamentoring skal bruges til, og de kommunikative, mellemmenneskelige, pædagogiske og organisatoriske færdigheder, en mentor bruger. Blandet forløb: korte selvstudieenheder og faciliterede gruppesessioner.',
    objectives: [
      'Forklare formålet med kollegamentoring for fængselspersonale, og hvad det ikke er.',
      'Bruge lytte- og feedbackfærdigheder i samtaler med en nyere kollega.',
      'Opbygge en tillidsfuld relation, der respekterer frivillighed og fortrolighed.',
      'Videregive faglig og institutionel viden på en måde, der passer til mentee.',
      'Aftale mål med en mentee og holde relationen i gang trods skifteholdsarbejde frem til en planlagt afslutning.',
    ],
    modules: [
      {
        title: 'Introduktion til kollegamentoring',
        description: 'Hvorfor tjenesten tilbyder kollegamentoring, hvem der har gavn af det, og hvordan en mentor adskiller sig fra en coach, en vejleder eller en leder.',
        objectives: ['Beskrive mentorings to funktioner: psykosocial støtte og oplæring i jobbet.', 'Skelne mentoring fra coaching, vejledning og supervision.'],
        topics: [
          { title: 'Formålet med kollegamentoring i fængsler', objectives: ['Sætte de første måneder i jobbet i forbindelse med stress og tidlige opsigelser.', 'Sige, hvad programmet håber at ændre for nyansatte.'] },
          { title: 'Fordele for mentees, mentorer og institutionen', objectives: ['Nævne mindst én fordel for hver part.'] },
          { title: 'Mentoring, coaching, vejledning og supervision', objectives: ['Forklare, hvorfor en mentor ikke vurderer eller rapporterer om mentee.'] },
          { title: 'Den frivillige og fortrolige ramme', objectives: ['Forklare, at begge parter kan trække sig uden at give en grund, og at lederne ikke informeres.'] },
        ],
        units: [
          {
            title: 'Hvad kollegamentoring skal bruges til',
            summary: 'Den nyansattes første måneder, mentorings to funktioner, og hvad programmet forventer af en mentor.',
            questions: [
              { text: 'Hvilke to funktioner har en kollegamentor?', options: ['Psykosocial støtte og oplæring i jobbet', 'Bedømmelse og disciplin', 'Vagtplanlægning og løn'] },
              { text: 'Hvem beslutter, om en nyere kollega deltager?', options: ['Kollegaens leder', 'Den nyere kollega selv, frivilligt', 'Mentoren'] },
            ],
          },
          {
            title: 'Mentor, coach, vejleder, supervisor',
            summary: 'Fire roller, der hjælper folk med at lære på arbejdet, og hvorfor mentorrollen står uden for kommandovejen.',
            questions: [
              { text: 'En leder spørger en mentor, hvordan det går med mentee. Hvad passer til programmet?', options: ['At give en kort vurdering', 'At holde indholdet af relationen fortroligt', 'At videresende mødenoterne'] },
              { text: 'Hvad adskiller først og fremmest mentoring fra vejledning?', options: ['Mentoring er en bred, frivillig relation; vejledning underviser i et afgrænset emne', 'Mentoring bliver bedømt', 'Der er ingen forskel'] },
            ],
          },
          { title: 'Din egen motivation', summary: 'En refleksionsøvelse om, hvorfor du meldte dig, og hvad du bidrager med.' },
        ],
      },
      {
        title: 'Kommunikation',
        description: 'Aktiv lytning, konstruktiv feedback og samtaler efter svære vagter.',
        objectives: ['Bruge teknikker til aktiv lytning.', 'Give feedback, der er konkret, rettidig og konstruktiv.'],
        topics: [
          { title: 'Aktiv lytning', objectives: ['Bruge åbne spørgsmål, opsummeringer og tavshed.', 'Lægge mærke til det, der ikke bliver sagt.'] },
          { title: 'Konstruktiv feedback', objectives: ['Beskrive adfærd frem for personlighed.', 'Spørge til mentees syn, før du giver dit eget.'] },
          { title: 'Samtaler efter kritiske hændelser', objectives: ['Genkende, hvornår man skal lytte, og hvornår man skal henvise til støttefunktioner.'] },
        ],
        units: [
          {
            title: 'Aktiv lytning',
            summary: 'Teknikker til at lytte, så en nyere kollega føler sig hørt.',
            questions: [
              { text: 'Hvilket spørgsmål er åbent?', options: ['Gik vagten godt?', 'Hvad skete der på afdelingen i dag?', 'Havde du nattevagt?'] },
              { text: 'Hvorfor opsummere det, mentee har sagt?', options: ['For at tjekke forståelsen og vise, at du har lyttet', 'For at afslutte mødet hurtigere', 'For at skrive en rapport'] },
            ],
          },
          { title: 'At give og modtage feedback', summary: 'En enkel struktur for feedback, der hjælper i stedet for at gøre ondt.' },
          { title: 'Efter en hård vagt', summary: 'At støtte en kollega efter en potentielt traumatisk hændelse og vide, hvor man kan henvise til.' },
        ],
      },
      {
        title: 'Mellemmenneskelige færdigheder',
        description: 'At opbygge tillid, bryde isen og motivere en nyere kollega.',
        objectives: ['Planlægge et første møde, der opbygger tillid.', 'Motivere og anerkende uden at tage over.'],
        topics: [
          { title: 'At opbygge tillid', objectives: ['Holde aftaler og fortrolighed synligt.', 'Være åben om fortrolighedens grænser (sikkerhed, beskyttelse).'] },
          { title: 'At bryde isen', objectives: ['Forberede et første møde med udgangspunkt i fælles arbejdserfaring.'] },
          { title: 'At motivere og anerkende', objectives: ['Anerkende fremskridt og indsats.', 'Hjælpe mentee med at finde sine egne løsninger.'] },
        ],
        units: [
          {
            title: 'Tillid og dens grænser',
            summary: 'Hvordan tillid opbygges i en lukket institution, og hvornår fortrolighed må vige for sikkerhed.',
            questions: [
              { text: 'En mentee fortæller om en risiko for en persons sikkerhed. Hvad gør du?', options: ['Holder det hemmeligt under alle omstændigheder', 'Følger programmets procedure for bekymringer', 'Fortæller det til hele holdet'] },
              { text: 'Hvilken adfærd opbygger tillid?', options: ['At aflyse møder med kort varsel', 'At holde det, I har aftalt', 'At drøfte mentee med kolleger'] },
            ],
          },
          { title: 'Det første møde', summary: 'At bryde isen: en dagsorden og spørgsmål til den første samtale.' },
          { title: 'At motivere uden at tage over', summary: 'At anerkende fremskridt og støtte mentees egne valg.' },
        ],
      },
      {
        title: 'Pædagogiske færdigheder',
        description: 'At formidle faglig viden, være rollemodel og finde ud af, hvad mentee har brug for at lære.',
        objectives: ['Afdække en mentees læringsbehov.', 'Forklare procedurer og uskrevne regler, så de bliver husket.'],
        topics: [
          { title: 'At formidle viden', objectives: ['Dele en opgave op i trin, vise den og derefter lade mentee prøve.'] },
          { title: 'At være rollemodel', objectives: ['Reflektere over det eksempel, din egen praksis sætter.'] },
          { title: 'At afdække læringsbehov', objectives: ['Bruge spørgsmål og observation til at finde huller og styrker.'] },
        ],
        units: [
          {
            title: 'Hvad har min mentee brug for at lære?',
            summary: 'At finde læringsbehov sammen, også institutionens uskrevne regler.',
            questions: [
              { text: 'Det bedste første skridt til at finde en mentees læringsbehov er at…', options: ['Spørge og lytte', 'Udlevere procedurehåndbogen', 'Spørge vedkommendes leder'] },
              { text: 'Læring på vagten fungerer bedst, når mentoren…', options: ['Udfører opgaven for mentee', 'Viser og derefter lader mentee prøve med støtte', 'Kun forklarer teorien'] },
            ],
          },
          { title: 'At videregive faglig viden', summary: 'Vis–prøv–evaluer: at lære procedurer fra sig i jobbet.' },
          { title: 'Mentoren som rollemodel', summary: 'Hvad nyansatte kopierer, og hvordan det kan komme dem til gode.' },
        ],
      },
      {
        title: 'Organisatoriske færdigheder',
        description: 'At sætte fælles mål og styre mentorrelationen fra det første møde til den planlagte afslutning.',
        objectives: ['Aftale realistiske mål med en mentee.', 'Planlægge jævnlig kontakt efter vagtplanerne og afslutte relationen godt.'],
        topics: [
          { title: 'At sætte fælles mål', objectives: ['Omsætte brede ønsker til nogle få konkrete mål, mærket med mentoringfunktion.'] },
          { title: 'At styre relationen', objectives: ['Aftale, hvor ofte og hvor I mødes, ud fra begges vagtplaner.', 'Genkende, når en relation ikke fungerer, og hvad man så gør.'] },
          { title: 'Afslutning', objectives: ['Forberede en afsluttende samtale, der gør status over fremskridtene.'] },
        ],
        units: [
          {
            title: 'Mål, der virker',
            summary: 'At aftale nogle få konkrete mål og følge op på dem i løbet af relationens måneder.',
            questions: [
              { text: 'Målene for en mentorrelation bør være…', options: ['Fastsat af mentoren alene', 'Aftalt i fællesskab og fulgt op', 'Rapporteret til lederen'] },
              { text: 'Parret arbejder i forskellige vagtmønstre. Hvad hjælper mest?', options: ['Kun at mødes, når vagtplanerne tilfældigvis overlapper', 'At planlægge kontakten på forhånd efter begges vagtplaner', 'At afslutte relationen'] },
            ],
          },
          { title: 'At holde relationen i gang', summary: 'Kontaktens rytme, vanskeligheder og konflikter i parret, og hvornår man beder koordinatoren om hjælp.' },
          { title: 'En god afslutning', summary: 'At planlægge afslutningen af relationen.' },
        ],
      },
    ],
    assessment: [
      { text: 'Kollegamentoring i dette program er…', options: ['Frivilligt for begge parter', 'En del af den årlige medarbejdersamtale', 'Obligatorisk for nyansatte'] },
      { text: 'Hvad er et eksempel på aktiv lytning?', options: ['At afbryde med gode råd', 'At opsummere det, du har hørt', 'At kigge på sin telefon'] },
      { text: 'Hvad skal en mentor gøre med en bekymring om nogens sikkerhed?', options: ['Bruge den udpegede støttevej', 'Ignorere den', 'Skrive om den i personalets gruppechat'] },
      { text: 'Hvem sætter målene for relationen?', options: ['Mentor og mentee i fællesskab', 'Koordinatoren', 'Fængselsinspektøren'] },
    ],
    satisfaction: SATISFACTION,
  },
  'coordinator-core': {
    title: 'Kursus for mentorkoordinatorer',
    description:
      'For medarbejdere, der driver et kollegamentorprogram: at organisere, gennemføre og evaluere det, rekruttere og matche, følge op på par, håndtere bekymringer og beskyttelse samt afslutte relationer.',
    objectives: [
      'Planlægge et programforløb fra rekruttering til afslutning og evaluering.',
      'Rekruttere, udvælge og matche mentorer og mentees efter programmets politik.',
      'Følge op på par ud fra procesdata uden at gå ind i indholdet.',
      'Sende bekymringer videre til den udpegede støttefunktion og kun registrere, at der er sket en eskalering.',
    ],
    modules: [
      {
        title: 'At organisere, gennemføre og evaluere et program',
        description: 'At oprette et hold, dets politik, dets tidsplan og den evaluering, der viser, om det virker.',
        objectives: ['Skrive en plan for et hold med datoer, kriterier for deltagelse og kapacitet.', 'Planlægge før- og eftermålinger og de tal, der skal følges.'],
        topics: [
          { title: 'Programpolitik og tidsplan', objectives: ['Vælge mentormodel, varighed og tærskler for deltagelse.'] },
          { title: 'Evaluering', objectives: ['Planlægge baseline- og opfølgningsundersøgelser.', 'Læse samlede rapporter og deres mindste gruppestørrelser.'] },
        ],
        units: [
          {
            title: 'At planlægge et hold',
            summary: 'Fra politik til kalender: hvad der skal besluttes, før rekrutteringen åbner.',
            questions: [
              { text: 'Hvorfor skjuler rapporterne små grupper?', options: ['For at beskytte enkeltpersoner mod at blive genkendt', 'For at spare plads', 'Fordi små grupper ikke betyder noget'] },
              { text: 'Hvornår gennemføres baselineundersøgelsen?', options: ['Ved relationens start', 'Kun ved afslutningen', 'Aldrig'] },
            ],
          },
          { title: 'At evaluere programmet', summary: 'Før- og eftermålinger, fastholdelse og tidlige afslutninger som programtal.' },
        ],
      },
      {
        title: 'Rekruttering og matchning',
        description: 'At finde mentorer og mentees, kontrollere deltagelseskriterier og uddannelse og foreslå gode match.',
        objectives: ['Anvende kriterierne for nyansatte og for medarbejdere, der er nye på et arbejdssted.', 'Afveje overlap i vagter, interessekonflikter og ønsker i et match.'],
        topics: [
          { title: 'Rekruttering', objectives: ['Nå nyansatte og medarbejdere, der er nye på et arbejdssted, uden at lægge pres på dem.'] },
          { title: 'Matchning', objectives: ['Forklare, hvorfor overlappende vagter betyder noget.', 'Udelukke konflikter i kommandovejen, medmindre politikken tillader dem.'] },
        ],
        units: [
          {
            title: 'At lave gode match',
            summary: 'Vagter, afdeling, kapacitet og interessekonflikter i praksis.',
            questions: [
              { text: 'En foreslået mentor er mentees direkte leder. Som udgangspunkt…', options: ['Udelukkes matchet', 'Foretrækkes matchet', 'Betyder det ikke noget'] },
              { text: 'Hvilken faktor foretrækker programmet klart?', options: ['Overlappende vagter', 'Samme forbogstav i efternavnet', 'Længst transporttid'] },
            ],
          },
          { title: 'At rekruttere frivillige', summary: 'At invitere, informere og registrere samtykke.' },
        ],
      },
      {
        title: 'Opfølgning på par',
        description: 'At støtte parrene gennem relationen alene ud fra procesdata: om de har mødtes, seneste kontakt, åbne bekymringer.',
        objectives: ['Se ud fra procesdata, hvilke par der har brug for støtte.', 'Tilbyde støtte uden at spørge til indholdet af møderne.'],
        topics: [
          { title: 'Procesdata, ikke indhold', objectives: ['Forklare, hvad en koordinator ser, og hvad der bliver i parret.'] },
          { title: 'At støtte et par, der har det svært', objectives: ['Planlægge en opfølgningssamtale og om nødvendigt et nyt match.'] },
        ],
        units: [
          {
            title: 'Hvad en koordinator ser',
            summary: 'Platformens fortrolighedsniveauer, og hvorfor de betyder noget for tilliden.',
            questions: [{ text: 'Må en koordinator læse parrets mødenoter?', options: ['Nej, kun procesdata', 'Ja, altid', 'Kun hvis en leder beder om det'] }],
          },
          { title: 'Opfølgning og nyt match', summary: 'Hvornår og hvordan man træder til.' },
        ],
      },
      {
        title: 'Håndtering af bekymringer og beskyttelse',
        description: 'Den udpegede støttevej for bekymringer, som mentorer eller mentees rejser, og koordinatorens rolle i den.',
        objectives: ['Sende en bekymring videre til den udpegede støttefunktion.', 'Kun registrere, at der er sket en eskalering.'],
        topics: [
          { title: 'Støttevejen', objectives: ['Nævne din institutions udpegede funktioner (arbejdsmiljø og sundhed, psykolog).'] },
          { title: 'Grænser', objectives: ['Forklare, hvorfor bekymringer ikke går til den nærmeste leder.'] },
        ],
        units: [
          {
            title: 'Når en bekymring bliver rejst',
            summary: 'Trin, tidsfrister, og hvad koordinatoren registrerer.',
            questions: [{ text: 'En mentee rejser en bekymring om sin trivsel. Hvor går den hen?', options: ['Til den udpegede støttevej', 'Til vedkommendes leder', 'I personalemappen'] }],
          },
        ],
      },
      {
        title: 'Afslutning',
        description: 'At afslutte relationer godt, før tid eller som planlagt, og at lære af dem.',
        objectives: ['Gennemføre en afslutningssamtale.', 'Håndtere en tidlig afslutning uden at placere skyld.'],
        topics: [
          { title: 'Planlagt afslutning', objectives: ['Gøre status over målene og fejre fremskridtene.'] },
          { title: 'Tidlige afslutninger', objectives: ['Respektere, at begge parter kan trække sig uden at give en grund.'] },
        ],
        units: [{ title: 'At afslutte en relation', summary: 'Planlagte og tidlige afslutninger og den afsluttende spørgeskemaundersøgelse.' }],
      },
    ],
    assessment: [
      { text: 'Koordinatorer ser…', options: ['Parrenes procesdata', 'Mødenoter', 'Svar på spørgeskemaer med navne'] },
      { text: 'En bekymring, der rejses i et par, sendes til…', options: ['Den udpegede støttevej', 'Ledelseslinjen', 'Offentligheden'] },
      { text: 'Kan en mentee forlade programmet uden at give en grund?', options: ['Ja', 'Nej'] },
    ],
    satisfaction: SATISFACTION,
  },
};
