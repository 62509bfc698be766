import type { CurriculumTranslation } from './curriculum-text.js';

/**
 * Romanian texts of the default curricula (same order and shape as the English in
 * default-curricula.ts). Drafted by the developers with machine help, not reviewed by a native
 * speaker (docs/translations.md).
 */
const SATISFACTION = [
  'Cursul m-a pregătit pentru rolul meu în program.',
  'Lecțiile de studiu individual au fost clare și au avut o durată potrivită.',
  'Sesiunile facilitate au meritat timpul petrecut în afara turelor mele.',
  'Aș recomanda acest curs unui coleg.',
];

export const RO: CurriculumTranslation = {
  'mentor-core': {
    title: 'Formarea mentorilor dintre colegi',
    description:
      'Pregătește personalul penitenciar cu experiență să fie mentor pentru un coleg mai nou: la ce folosește mentoratul între colegi și abilitățile de comunicare, interpersonale, pedagogice și organizaționale pe care le folosește un mentor. Format mixt: lecții scurte de studiu individual și sesiuni de grup facilitate.',
    objectives: [
      'Să explice scopul mentoratului între colegi pentru personalul penitenciar și ce nu este acesta.',
      'Să folosească abilități de ascultare și de feedback în discuțiile cu un coleg mai nou.',
      'Să construiască o relație de încredere care respectă voluntariatul și confidențialitatea.',
      'Să transmită cunoștințe despre meserie și instituție într-un mod potrivit pentru mentorat.',
      'Să stabilească obiective împreună cu mentoratul și să mențină relația, în ciuda lucrului în ture, până la o încheiere planificată.',
    ],
    modules: [
      {
        title: 'Introducere în mentoratul între colegi',
        description: 'De ce oferă instituția mentorat între colegi, cine beneficiază de el și prin ce se deosebește un mentor de un coach, un tutore sau un șef direct.',
        objectives: ['Să descrie cele două funcții ale mentoratului: sprijinul psihosocial și familiarizarea cu postul.', 'Să deosebească mentoratul de coaching, tutorat și supervizare.'],
        topics: [
          { title: 'Scopul mentoratului între colegi în penitenciare', objectives: ['Să pună în legătură primele luni în post cu stresul și plecările timpurii.', 'Să spună ce speră programul să schimbe pentru noii angajați.'] },
          { title: 'Beneficii pentru mentorați, mentori și instituție', objectives: ['Să numească cel puțin un beneficiu pentru fiecare parte.'] },
          { title: 'Mentorat, coaching, tutorat și supervizare', objectives: ['Să explice de ce un mentor nu evaluează mentoratul și nu raportează despre el.'] },
          { title: 'Cadrul voluntar și confidențial', objectives: ['Să explice că oricare dintre părți se poate retrage fără a da un motiv și că șefii nu sunt informați.'] },
        ],
        units: [
          {
            title: 'La ce folosește mentoratul între colegi',
            summary: 'Primele luni ale noului angajat, cele două funcții ale mentoratului și ce așteaptă programul de la un mentor.',
            questions: [
              { text: 'Ce două funcții îndeplinește un mentor dintre colegi?', options: ['Sprijin psihosocial și familiarizare cu postul', 'Evaluare și disciplină', 'Planificarea turelor și salarizare'] },
              { text: 'Cine decide dacă un coleg mai nou participă?', options: ['Șeful său direct', 'Colegul mai nou, în mod voluntar', 'Mentorul'] },
            ],
          },
          {
            title: 'Mentor, coach, tutore, supervizor',
            summary: 'Patru roluri care îi ajută pe oameni să învețe la locul de muncă și de ce rolul de mentor rămâne în afara lanțului ierarhic.',
            questions: [
              { text: 'Un șef îl întreabă pe mentor cum se descurcă mentoratul. Ce se potrivește cu programul?', options: ['Să ofere o scurtă evaluare', 'Să păstreze confidențial conținutul relației', 'Să trimită mai departe notițele întâlnirilor'] },
              { text: 'Ce deosebește în principal mentoratul de tutorat?', options: ['Mentoratul este o relație largă și voluntară; tutoratul predă un subiect bine delimitat', 'Mentoratul este notat', 'Nu există nicio diferență'] },
            ],
          },
          { title: 'Propria dumneavoastră motivație', summary: 'Un exercițiu de reflecție despre motivul pentru care v-ați oferit voluntar și ce aduceți.' },
        ],
      },
      {
        title: 'Comunicare',
        description: 'Ascultarea activă, feedbackul constructiv și discuțiile după ture dificile.',
        objectives: ['Să folosească tehnici de ascultare activă.', 'Să ofere feedback concret, la timp și constructiv.'],
        topics: [
          { title: 'Ascultarea activă', objectives: ['Să folosească întrebări deschise, rezumate și tăcerea.', 'Să observe ceea ce nu se spune.'] },
          { title: 'Feedbackul constructiv', objectives: ['Să descrie comportamentul, nu personalitatea.', 'Să ceară părerea mentoratului înainte de a și-o spune pe a sa.'] },
          { title: 'Discuții după incidente critice', objectives: ['Să recunoască când trebuie să asculte și când trebuie să îndrume către serviciile de sprijin.'] },
        ],
        units: [
          {
            title: 'Ascultarea activă',
            summary: 'Tehnici de ascultare prin care un coleg mai nou se simte auzit.',
            questions: [
              { text: 'Care este o întrebare deschisă?', options: ['A mers bine tura?', 'Ce s-a întâmplat azi pe secție?', 'Ați fost în tura de noapte?'] },
              { text: 'De ce să rezumați ce a spus mentoratul?', options: ['Pentru a verifica înțelegerea și a arăta că ați ascultat', 'Pentru a încheia întâlnirea mai repede', 'Pentru a scrie un raport'] },
            ],
          },
          { title: 'A oferi și a primi feedback', summary: 'O structură simplă pentru un feedback care ajută în loc să rănească.' },
          { title: 'După o tură grea', summary: 'Sprijinirea unui coleg după un eveniment potențial traumatic și cunoașterea locului unde poate fi îndrumat.' },
        ],
      },
      {
        title: 'Abilități interpersonale',
        description: 'Construirea încrederii, spargerea gheții și motivarea unui coleg mai nou.',
        objectives: ['Să planifice o primă întâlnire care construiește încredere.', 'Să motiveze și să încurajeze fără a prelua controlul.'],
        topics: [
          { title: 'Construirea încrederii', objectives: ['Să respecte în mod vizibil înțelegerile și confidențialitatea.', 'Să fie deschis cu privire la limitele confidențialității (siguranță, protecție).'] },
          { title: 'Spargerea gheții', objectives: ['Să pregătească o primă întâlnire pornind de la experiența de muncă comună.'] },
          { title: 'Motivare și încurajare', objectives: ['Să recunoască progresul și efortul.', 'Să îl ajute pe mentorat să își găsească propriile soluții.'] },
        ],
        units: [
          {
            title: 'Încrederea și limitele ei',
            summary: 'Cum se construiește încrederea într-o instituție închisă și când confidențialitatea trebuie să cedeze în fața siguranței.',
            questions: [
              { text: 'Un mentorat dezvăluie un risc pentru siguranța cuiva. Ce faceți?', options: ['Păstrați secretul în orice situație', 'Urmați procedura programului pentru îngrijorări', 'Spuneți întregii echipe'] },
              { text: 'Ce comportament construiește încredere?', options: ['Anularea întâlnirilor în ultimul moment', 'Respectarea a ceea ce ați convenit', 'Discutarea mentoratului cu colegii'] },
            ],
          },
          { title: 'Prima întâlnire', summary: 'Spargerea gheții: o agendă și întrebări pentru prima discuție.' },
          { title: 'A motiva fără a prelua controlul', summary: 'Recunoașterea progresului și sprijinirea propriilor alegeri ale mentoratului.' },
        ],
      },
      {
        title: 'Abilități pedagogice',
        description: 'Transmiterea cunoștințelor profesionale, rolul de model și identificarea a ceea ce are nevoie mentoratul să învețe.',
        objectives: ['Să identifice nevoile de învățare ale unui mentorat.', 'Să explice procedurile și regulile nescrise într-un mod care rămâne în minte.'],
        topics: [
          { title: 'Transmiterea cunoștințelor', objectives: ['Să împartă o sarcină în pași, să o demonstreze și apoi să îl lase pe mentorat să încerce.'] },
          { title: 'A fi un model', objectives: ['Să reflecteze asupra exemplului pe care îl dă propria practică.'] },
          { title: 'Identificarea nevoilor de învățare', objectives: ['Să folosească întrebări și observația pentru a găsi lacune și puncte forte.'] },
        ],
        units: [
          {
            title: 'Ce are nevoie să învețe mentoratul meu?',
            summary: 'Identificarea împreună a nevoilor de învățare, inclusiv a regulilor nescrise ale instituției.',
            questions: [
              { text: 'Cel mai bun prim pas pentru a afla nevoile de învățare ale unui mentorat este să…', options: ['Întrebați și să ascultați', 'Îi dați manualul de proceduri', 'Îl întrebați pe șeful său direct'] },
              { text: 'Învățarea în timpul turei funcționează cel mai bine atunci când mentorul…', options: ['Face sarcina în locul mentoratului', 'Demonstrează, apoi îl lasă pe mentorat să încerce cu sprijin', 'Explică doar teoria'] },
            ],
          },
          { title: 'Transmiterea cunoștințelor profesionale', summary: 'Arată–încearcă–analizează: predarea procedurilor la locul de muncă.' },
          { title: 'Mentorul ca model', summary: 'Ce copiază noii angajați și cum se poate face ca acest lucru să le fie de folos.' },
        ],
      },
      {
        title: 'Abilități organizaționale',
        description: 'Stabilirea obiectivelor comune și gestionarea relației de mentorat de la prima întâlnire până la încheierea planificată.',
        objectives: ['Să stabilească obiective realiste împreună cu un mentorat.', 'Să planifice un contact regulat în funcție de ture și să încheie bine relația.'],
        topics: [
          { title: 'Stabilirea obiectivelor comune', objectives: ['Să transforme dorințe generale în câteva obiective concrete, marcate după funcția de mentorat.'] },
          { title: 'Gestionarea relației', objectives: ['Să convină cât de des și unde au loc întâlnirile, ținând cont de programul de ture al amândurora.', 'Să recunoască atunci când o relație nu funcționează și ce este de făcut.'] },
          { title: 'Încheierea', objectives: ['Să pregătească o discuție de încheiere care trece în revistă progresul.'] },
        ],
        units: [
          {
            title: 'Obiective care funcționează',
            summary: 'Stabilirea câtorva obiective concrete și revizuirea lor de-a lungul lunilor relației.',
            questions: [
              { text: 'Obiectivele unei relații de mentorat ar trebui să fie…', options: ['Stabilite doar de mentor', 'Convenite împreună și revizuite', 'Raportate șefului direct'] },
              { text: 'Perechea lucrează în regimuri de ture diferite. Ce ajută cel mai mult?', options: ['Întâlnirea doar când programele se suprapun întâmplător', 'Planificarea din timp a contactului în funcție de programul amândurora', 'Încheierea relației'] },
            ],
          },
          { title: 'Menținerea relației', summary: 'Ritmul contactului, dificultăți și conflicte în pereche și când să cereți ajutorul coordonatorului.' },
          { title: 'O încheiere bună', summary: 'Planificarea încheierii relației.' },
        ],
      },
    ],
    assessment: [
      { text: 'În acest program, mentoratul între colegi este…', options: ['Voluntar pentru ambele părți', 'Parte a evaluării anuale', 'Obligatoriu pentru personalul nou'] },
      { text: 'Care este un exemplu de ascultare activă?', options: ['Întreruperea cu sfaturi', 'Rezumarea a ceea ce ați auzit', 'Verificarea telefonului'] },
      { text: 'Ce ar trebui să facă un mentor cu o îngrijorare privind protecția cuiva?', options: ['Să folosească calea de sprijin desemnată', 'Să o ignore', 'Să o posteze în grupul de chat al personalului'] },
      { text: 'Cine stabilește obiectivele relației?', options: ['Mentorul și mentoratul împreună', 'Coordonatorul', 'Directorul penitenciarului'] },
    ],
    satisfaction: SATISFACTION,
  },
  'coordinator-core': {
    title: 'Curs pentru coordonatorii de mentorat',
    description:
      'Pentru personalul care conduce un program de mentorat între colegi: organizarea, implementarea și evaluarea lui, recrutarea și formarea perechilor, urmărirea perechilor, tratarea îngrijorărilor și protecția, precum și încheierea relațiilor.',
    objectives: [
      'Să planifice un ciclu al programului de la recrutare până la încheiere și evaluarea lui.',
      'Să recruteze, să selecteze și să formeze perechi de mentori și mentorați conform politicii programului.',
      'Să urmărească perechile pe baza datelor de proces, fără a pătrunde în conținutul lor.',
      'Să direcționeze îngrijorările către sprijinul desemnat și să păstreze doar faptul că a avut loc o escaladare.',
    ],
    modules: [
      {
        title: 'Organizarea, implementarea și evaluarea unui program',
        description: 'Înființarea unei serii, politica ei, calendarul ei și evaluarea care arată dacă funcționează.',
        objectives: ['Să redacteze un plan al seriei cu date, criterii de eligibilitate și capacitate.', 'Să planifice chestionarele de dinainte și de după și indicatorii de urmărit.'],
        topics: [
          { title: 'Politica și calendarul programului', objectives: ['Să aleagă modelul de mentorat, durata și pragurile de eligibilitate.'] },
          { title: 'Evaluarea', objectives: ['Să programeze chestionarele inițiale și de urmărire.', 'Să citească rapoartele agregate și dimensiunile lor minime de grup.'] },
        ],
        units: [
          {
            title: 'Planificarea unei serii',
            summary: 'De la politică la calendar: ce trebuie decis înainte de deschiderea recrutării.',
            questions: [
              { text: 'De ce ascund rapoartele grupurile mici?', options: ['Pentru a proteja persoanele de a fi identificate', 'Pentru a economisi spațiu', 'Pentru că grupurile mici nu contează'] },
              { text: 'Când se aplică chestionarul inițial?', options: ['La începutul relației', 'Doar la încheiere', 'Niciodată'] },
            ],
          },
          { title: 'Evaluarea programului', summary: 'Chestionare înainte și după, retenția și încheierile timpurii ca indicatori ai programului.' },
        ],
      },
      {
        title: 'Recrutare și formarea perechilor',
        description: 'Găsirea mentorilor și a mentoraților, verificarea eligibilității și a formării și propunerea unor perechi potrivite.',
        objectives: ['Să aplice regulile de eligibilitate pentru noii angajați și pentru personalul nou într-o unitate.', 'Să cântărească suprapunerea turelor, conflictele de interese și preferințele la formarea unei perechi.'],
        topics: [
          { title: 'Recrutarea', objectives: ['Să ajungă la noii angajați și la personalul nou într-o unitate fără a exercita presiune.'] },
          { title: 'Formarea perechilor', objectives: ['Să explice de ce contează suprapunerea turelor.', 'Să excludă conflictele de subordonare ierarhică, cu excepția cazului în care politica le permite.'] },
        ],
        units: [
          {
            title: 'Formarea unor perechi bune',
            summary: 'Ture, secție, capacitate și conflicte de interese în practică.',
            questions: [
              { text: 'Un mentor propus este șeful direct al mentoratului. În mod implicit…', options: ['Perechea este exclusă', 'Perechea este preferată', 'Nu contează'] },
              { text: 'Ce factor preferă programul în mod clar?', options: ['Turele care se suprapun', 'Aceeași inițială a numelui de familie', 'Cel mai lung drum până la serviciu'] },
            ],
          },
          { title: 'Recrutarea voluntarilor', summary: 'Invitarea, informarea și înregistrarea consimțământului.' },
        ],
      },
      {
        title: 'Urmărirea perechilor',
        description: 'Sprijinirea perechilor pe parcursul relației folosind doar date de proces: dacă s-au întâlnit sau nu, ultimul contact, îngrijorările deschise.',
        objectives: ['Să identifice din datele de proces perechile care au nevoie de sprijin.', 'Să ofere sprijin fără a cere conținutul întâlnirilor.'],
        topics: [
          { title: 'Date de proces, nu conținut', objectives: ['Să explice ce vede un coordonator și ce rămâne în pereche.'] },
          { title: 'Sprijinirea unei perechi în dificultate', objectives: ['Să planifice o discuție de verificare și, dacă este nevoie, o nouă pereche.'] },
        ],
        units: [
          {
            title: 'Ce vede un coordonator',
            summary: 'Nivelurile de confidențialitate ale platformei și de ce contează pentru încredere.',
            questions: [{ text: 'Poate un coordonator să citească notițele întâlnirilor perechii?', options: ['Nu, doar datele de proces', 'Da, întotdeauna', 'Doar la cererea unui șef'] }],
          },
          { title: 'Discuții de verificare și noi perechi', summary: 'Când și cum să interveniți.' },
        ],
      },
      {
        title: 'Tratarea îngrijorărilor și protecția',
        description: 'Calea de sprijin desemnată pentru îngrijorările semnalate de mentori sau mentorați și rolul coordonatorului în cadrul ei.',
        objectives: ['Să direcționeze o îngrijorare către serviciul de sprijin desemnat.', 'Să înregistreze doar faptul că a avut loc o escaladare.'],
        topics: [
          { title: 'Calea de sprijin', objectives: ['Să numească serviciile desemnate ale instituției (medicina muncii, psiholog).'] },
          { title: 'Limite', objectives: ['Să explice de ce îngrijorările nu ajung la șefii direcți.'] },
        ],
        units: [
          {
            title: 'Când este semnalată o îngrijorare',
            summary: 'Pași, termene și ce înregistrează coordonatorul.',
            questions: [{ text: 'Un mentorat semnalează o îngrijorare privind starea sa de bine. Unde ajunge aceasta?', options: ['La calea de sprijin desemnată', 'La șeful său direct', 'În dosarul de personal'] }],
          },
        ],
      },
      {
        title: 'Încheierea',
        description: 'Încheierea bună a relațiilor, mai devreme sau conform planului, și învățarea din ele.',
        objectives: ['Să conducă o discuție de încheiere.', 'Să gestioneze o încheiere timpurie fără a căuta vinovați.'],
        topics: [
          { title: 'Încheierea planificată', objectives: ['Să treacă în revistă obiectivele și să sărbătorească progresul.'] },
          { title: 'Încheieri timpurii', objectives: ['Să respecte faptul că oricare dintre părți se poate retrage fără a da un motiv.'] },
        ],
        units: [{ title: 'Încheierea unei relații', summary: 'Încheieri planificate și timpurii și chestionarul final.' }],
      },
    ],
    assessment: [
      { text: 'Coordonatorii văd…', options: ['Datele de proces ale perechilor', 'Notițele întâlnirilor', 'Răspunsurile la chestionare cu nume'] },
      { text: 'O îngrijorare semnalată într-o pereche este direcționată către…', options: ['Calea de sprijin desemnată', 'Conducerea ierarhică', 'Public'] },
      { text: 'Poate un mentorat să părăsească programul fără a da un motiv?', options: ['Da', 'Nu'] },
    ],
    satisfaction: SATISFACTION,
  },
};
