import type { Locale, Role } from '@m4pris/platform-core';
import type { MessageKind } from '@m4pris/notifications-contracts';

/** One message in one language. `{{param}}` is replaced (HTML-escaped in the HTML part). */
export interface MessageText {
  /** Discreet: no names, nothing about wellbeing, stress or concerns (shared inboxes, shared terminals). */
  subject: string;
  title: string;
  body: string;
  action: string;
}

export interface LocaleCatalogue {
  greeting: string;
  footer: string;
  /** The `role` parameter is a role code, shown by its name in the reader's language. */
  roles: Record<Role, string>;
  /** The daily digest: one mail gathering the day's messages (each by its inbox title and text, with its link). */
  digest: { subject: string; intro: string; action: string };
  messages: Record<MessageKind, MessageText>;
}

/**
 * Parameters each message may use. `name` is the recipient's first name; `partner` the other person
 * of a duo (body only, never a subject); `expires`, `date` and `due` dates; `role` a role code (shown by
 * its name in the reader's language); `session` a training session's title and `starts` its start
 * (date and time, UTC — the attached calendar file carries the exact time for the reader's calendar).
 */
export const MESSAGE_PARAMS: Record<MessageKind, readonly string[]> = {
  invitation: ['expires'],
  application_accepted: [],
  matched: ['partner'],
  certificate_issued: [],
  closure_reflection: [],
  password_reset: [],
  role_granted: ['role'],
  role_granted_notice: ['role', 'date'],
  account_disabled: [],
  account_erased: [],
  application_received: [],
  application_waitlisted: [],
  application_declined: [],
  agreement_to_acknowledge: [],
  fit_check_open: [],
  support_attention: [],
  survey_open: ['due'],
  session_booked: ['session', 'starts'],
  waitlist_seat_freed: ['session', 'starts'],
  duo_ended_left_service: [],
  duo_ending_soon: ['date'],
  meeting_nudge: [],
  duo_needs_attention: [],
  survey_reminder: ['due'],
  survey_last_day: [],
  session_reminder: ['session', 'starts'],
  session_moved: ['session', 'starts'],
  session_cancelled: ['session', 'starts'],
};

export const CATALOGUE: Record<Locale, LocaleCatalogue> = {
  en: {
    greeting: 'Hello {{name}},',
    footer: 'This message was sent by M4Pris, the peer-mentoring programme for prison staff.',
    roles: { platform_admin: 'platform administrator', tenant_admin: 'administrator', coordinator: 'coordinator', researcher: 'researcher' },
    digest: { subject: 'M4Pris: your messages of the day', intro: 'Here are your messages from M4Pris since the last e-mail. You chose to receive them once a day.', action: 'Open' },
    messages: {
      invitation: {
        subject: 'M4Pris: your invitation',
        title: 'You are invited to M4Pris',
        body: 'An account has been created for you. Follow the link to choose your password. The link can be used once and expires on {{expires}}.',
        action: 'Choose a password',
      },
      application_accepted: {
        subject: 'M4Pris: you have a new message',
        title: 'Your application was accepted',
        body: 'Your application to the mentoring programme was accepted. We will tell you when you have been matched.',
        action: 'Open M4Pris',
      },
      matched: {
        subject: 'M4Pris: you have a new message',
        title: 'You have been matched',
        body: 'You have been matched with {{partner}}. Try to meet in the first week: agree a time and a place that suit you both.',
        action: 'See your duo',
      },
      certificate_issued: {
        subject: 'M4Pris: a document is ready',
        title: 'Your certificate is ready',
        body: 'You have completed the training. Your certificate can be downloaded and verified.',
        action: 'Open your certificate',
      },
      closure_reflection: {
        subject: 'M4Pris: you have a new message',
        title: 'Your mentoring period has ended',
        body: 'Your mentoring period has come to an end. Take a few minutes to look back on what you gained from it.',
        action: 'Write your reflection',
      },
      password_reset: {
        subject: 'M4Pris: your sign-in',
        title: 'Choose a new password',
        body: 'Someone asked to reset the password of your M4Pris account. Follow the link within 30 minutes to choose a new one; it works once, and every device signed in to your account is signed out. If it was not you, ignore this message: your password stays as it is.',
        action: 'Choose a new password',
      },
      role_granted: {
        subject: 'M4Pris: your access has changed',
        title: 'You have a new role',
        body: "You have been given the role of {{role}} in M4Pris. It takes effect the next time you sign in. If you did not expect this, tell your organisation's data-protection contact.",
        action: 'Open M4Pris',
      },
      role_granted_notice: {
        subject: 'M4Pris: an access change',
        title: 'A role was granted',
        body: 'As the data-protection contact of your organisation, you are told of every role granted in M4Pris: the role of {{role}} was granted to an account on {{date}}. Who granted it to whom is in the audit log.',
        action: 'Open M4Pris',
      },
      account_disabled: {
        subject: 'M4Pris: your account',
        title: 'Your account is disabled',
        body: 'Your M4Pris account has been disabled and can no longer be used to sign in. If you think this is a mistake, contact your administrator.',
        action: 'Open M4Pris',
      },
      account_erased: {
        subject: 'M4Pris: your account',
        title: 'Your data has been erased',
        body: 'As requested, your M4Pris account and the personal data held about you have been erased. This is the last message you will receive from M4Pris.',
        action: 'Open M4Pris',
      },
      application_received: {
        subject: 'M4Pris: you have a new message',
        title: 'Your application was received',
        body: 'Your application to the mentoring programme has been received. The programme\'s coordinator will look at it, and you will hear the decision here.',
        action: 'See your application',
      },
      application_waitlisted: {
        subject: 'M4Pris: you have a new message',
        title: 'Your application is on the waiting list',
        body: 'Your application to the mentoring programme has been put on the waiting list. You will hear from us as soon as a place can be offered.',
        action: 'See your application',
      },
      application_declined: {
        subject: 'M4Pris: you have a new message',
        title: 'A decision on your application',
        body: 'A decision has been made on your application to the mentoring programme: it could not be accepted this time. You can read more in M4Pris.',
        action: 'See your application',
      },
      agreement_to_acknowledge: {
        subject: 'M4Pris: you have a new message',
        title: 'Your agreement was updated',
        body: 'Your duo\'s agreement has been updated. Please read it and acknowledge it.',
        action: 'Read the agreement',
      },
      fit_check_open: {
        subject: 'M4Pris: you have a new message',
        title: 'How is it going?',
        body: 'Now that your duo has had its first meeting, the fit check is open: a short question on whether the match works for you.',
        action: 'Answer the fit check',
      },
      support_attention: {
        subject: 'M4Pris: you have a new message',
        title: 'A message needs your attention',
        body: 'A message needs your attention in M4Pris. Please sign in to read it.',
        action: 'Open M4Pris',
      },
      survey_open: {
        subject: 'M4Pris: you have a new message',
        title: 'A survey is open for you',
        body: 'A short survey of the mentoring programme is open for you until {{due}}. Your answers are kept under a pseudonymous code.',
        action: 'Open the survey',
      },
      session_booked: {
        subject: 'M4Pris: a calendar entry',
        title: 'Your training session is booked',
        body: 'You have a seat at the training session "{{session}}" on {{starts}}. The attached calendar file adds it to your calendar.',
        action: 'See your training',
      },
      waitlist_seat_freed: {
        subject: 'M4Pris: a calendar entry',
        title: 'A seat became free for you',
        body: 'A seat became free at the training session "{{session}}" on {{starts}}, and it is now yours. The attached calendar file adds it to your calendar. If you cannot come, cancel your booking so that the next person gets the seat.',
        action: 'See your training',
      },
      duo_ended_left_service: {
        subject: 'M4Pris: you have a new message',
        title: 'Your duo has ended',
        body: 'Your mentoring duo has ended because the other person has left the service.',
        action: 'Open M4Pris',
      },
      duo_ending_soon: {
        subject: 'M4Pris: you have a new message',
        title: 'Your mentoring relationship ends soon',
        body: 'Your mentoring relationship is planned to end on {{date}}. Take a moment together to look back on what you achieved and agree how to close.',
        action: 'Open M4Pris',
      },
      meeting_nudge: {
        subject: 'M4Pris: you have a new message',
        title: 'Meeting reminder',
        body: 'It has been a while since your duo logged a meeting. Agree a time that suits your shifts, and log the meeting afterwards.',
        action: 'Open M4Pris',
      },
      duo_needs_attention: {
        subject: 'M4Pris: you have a new message',
        title: 'A duo needs your attention',
        body: 'A duo of your programme has not logged a meeting for some time, even after a reminder. The duos page shows which one.',
        action: 'Open the duos',
      },
      survey_reminder: {
        subject: 'M4Pris: you have a new message',
        title: 'A survey reminder',
        body: 'Your survey of the mentoring programme is open until {{due}}. If you have a few minutes, you can answer it now. Your answers are kept under a pseudonymous code.',
        action: 'Open the survey',
      },
      survey_last_day: {
        subject: 'M4Pris: you have a new message',
        title: 'Last day for your survey',
        body: 'Today is the last day to answer your survey of the mentoring programme. Your answers are kept under a pseudonymous code.',
        action: 'Open the survey',
      },
      session_reminder: {
        subject: 'M4Pris: a calendar reminder',
        title: 'Your training session is tomorrow',
        body: 'A reminder: you have a seat at the training session "{{session}}" on {{starts}}. If you cannot come, cancel your booking so that someone else gets the seat.',
        action: 'See your training',
      },
      session_moved: {
        subject: 'M4Pris: a calendar entry',
        title: 'Your training session has new times',
        body: 'The training session "{{session}}" has been moved: it now starts on {{starts}}. The attached calendar file updates the entry in your calendar. If you can no longer come, cancel your booking so that someone else gets the seat.',
        action: 'See your training',
      },
      session_cancelled: {
        subject: 'M4Pris: a calendar entry',
        title: 'Your training session is cancelled',
        body: 'The training session "{{session}}" on {{starts}} has been cancelled, and your booking with it. The attached calendar file removes it from your calendar. You can book another session of the course in M4Pris.',
        action: 'See your training',
      },
    },
  },
  da: {
    greeting: 'Hej {{name}},',
    footer: 'Denne besked er sendt af M4Pris, mentorprogrammet for ansatte i kriminalforsorgen.',
    roles: { platform_admin: 'platformadministrator', tenant_admin: 'administrator', coordinator: 'koordinator', researcher: 'forsker' },
    digest: { subject: 'M4Pris: dagens beskeder', intro: 'Her er dine beskeder fra M4Pris siden sidste e-mail. Du har valgt at få dem én gang om dagen.', action: 'Åbn' },
    messages: {
      invitation: {
        subject: 'M4Pris: din invitation',
        title: 'Du er inviteret til M4Pris',
        body: 'Der er oprettet en konto til dig. Følg linket for at vælge din adgangskode. Linket kan bruges én gang og udløber {{expires}}.',
        action: 'Vælg adgangskode',
      },
      application_accepted: {
        subject: 'M4Pris: du har en ny besked',
        title: 'Din ansøgning er godkendt',
        body: 'Din ansøgning til mentorprogrammet er godkendt. Vi giver dig besked, når du er blevet matchet.',
        action: 'Åbn M4Pris',
      },
      matched: {
        subject: 'M4Pris: du har en ny besked',
        title: 'Du er blevet matchet',
        body: 'Du er blevet matchet med {{partner}}. Prøv at mødes i den første uge: aftal et tidspunkt og et sted, der passer jer begge.',
        action: 'Se jeres duo',
      },
      certificate_issued: {
        subject: 'M4Pris: et dokument er klar',
        title: 'Dit certifikat er klar',
        body: 'Du har gennemført uddannelsen. Dit certifikat kan hentes og verificeres.',
        action: 'Åbn dit certifikat',
      },
      closure_reflection: {
        subject: 'M4Pris: du har en ny besked',
        title: 'Jeres mentorforløb er afsluttet',
        body: 'Jeres mentorforløb er slut. Brug et par minutter på at se tilbage på, hvad du har fået ud af det.',
        action: 'Skriv din refleksion',
      },
      password_reset: {
        subject: 'M4Pris: din log-ind',
        title: 'Vælg en ny adgangskode',
        body: 'Der er bedt om at nulstille adgangskoden til din M4Pris-konto. Følg linket inden for 30 minutter for at vælge en ny; det virker én gang, og alle enheder, der er logget ind på din konto, bliver logget ud. Hvis det ikke var dig, kan du se bort fra denne besked: din adgangskode er uændret.',
        action: 'Vælg ny adgangskode',
      },
      role_granted: {
        subject: 'M4Pris: din adgang er ændret',
        title: 'Du har fået en ny rolle',
        body: 'Du har fået rollen som {{role}} i M4Pris. Den gælder fra næste gang, du logger ind. Hvis du ikke havde ventet det, så kontakt din organisations databeskyttelseskontakt.',
        action: 'Åbn M4Pris',
      },
      role_granted_notice: {
        subject: 'M4Pris: en ændring af adgang',
        title: 'En rolle er tildelt',
        body: 'Som din organisations databeskyttelseskontakt får du besked om hver rolle, der tildeles i M4Pris: rollen som {{role}} blev tildelt en konto den {{date}}. Hvem der tildelte den til hvem, står i revisionsloggen.',
        action: 'Åbn M4Pris',
      },
      account_disabled: {
        subject: 'M4Pris: din konto',
        title: 'Din konto er deaktiveret',
        body: 'Din M4Pris-konto er deaktiveret og kan ikke længere bruges til at logge ind. Hvis du mener, det er en fejl, så kontakt din administrator.',
        action: 'Åbn M4Pris',
      },
      account_erased: {
        subject: 'M4Pris: din konto',
        title: 'Dine data er slettet',
        body: 'Som ønsket er din M4Pris-konto og de personoplysninger, der var om dig, slettet. Dette er den sidste besked, du får fra M4Pris.',
        action: 'Åbn M4Pris',
      },
      application_received: {
        subject: 'M4Pris: du har en ny besked',
        title: 'Din ansøgning er modtaget',
        body: 'Din ansøgning til mentorprogrammet er modtaget. Programmets koordinator ser på den, og du får besked om afgørelsen her.',
        action: 'Se din ansøgning',
      },
      application_waitlisted: {
        subject: 'M4Pris: du har en ny besked',
        title: 'Din ansøgning er på venteliste',
        body: 'Din ansøgning til mentorprogrammet er sat på venteliste. Du hører fra os, så snart vi kan tilbyde dig en plads.',
        action: 'Se din ansøgning',
      },
      application_declined: {
        subject: 'M4Pris: du har en ny besked',
        title: 'En afgørelse om din ansøgning',
        body: 'Der er truffet en afgørelse om din ansøgning til mentorprogrammet: den kunne ikke imødekommes denne gang. Du kan læse mere i M4Pris.',
        action: 'Se din ansøgning',
      },
      agreement_to_acknowledge: {
        subject: 'M4Pris: du har en ny besked',
        title: 'Jeres aftale er opdateret',
        body: 'Jeres duos aftale er blevet opdateret. Læs den, og bekræft den.',
        action: 'Læs aftalen',
      },
      fit_check_open: {
        subject: 'M4Pris: du har en ny besked',
        title: 'Hvordan går det?',
        body: 'Nu hvor jeres duo har haft sit første møde, er fit-tjekket åbent: et kort spørgsmål om, hvorvidt matchet fungerer for dig.',
        action: 'Besvar fit-tjekket',
      },
      support_attention: {
        subject: 'M4Pris: du har en ny besked',
        title: 'En besked kræver din opmærksomhed',
        body: 'En besked kræver din opmærksomhed i M4Pris. Log ind for at læse den.',
        action: 'Åbn M4Pris',
      },
      survey_open: {
        subject: 'M4Pris: du har en ny besked',
        title: 'Et spørgeskema er åbent for dig',
        body: 'Et kort spørgeskema om mentorprogrammet er åbent for dig indtil {{due}}. Dine svar gemmes under en pseudonym kode.',
        action: 'Åbn spørgeskemaet',
      },
      session_booked: {
        subject: 'M4Pris: en kalenderaftale',
        title: 'Din uddannelsessession er booket',
        body: 'Du har en plads på uddannelsessessionen "{{session}}" den {{starts}}. Med den vedhæftede kalenderfil kan du sætte den i din kalender.',
        action: 'Se din uddannelse',
      },
      waitlist_seat_freed: {
        subject: 'M4Pris: en kalenderaftale',
        title: 'Der er blevet en plads fri til dig',
        body: 'Der er blevet en plads fri på uddannelsessessionen "{{session}}" den {{starts}}, og den er nu din. Med den vedhæftede kalenderfil kan du sætte den i din kalender. Hvis du ikke kan komme, så aflys din booking, så den næste får pladsen.',
        action: 'Se din uddannelse',
      },
      duo_ended_left_service: {
        subject: 'M4Pris: du har en ny besked',
        title: 'Jeres duo er afsluttet',
        body: 'Jeres mentorduo er afsluttet, fordi den anden person har forladt tjenesten.',
        action: 'Åbn M4Pris',
      },
      duo_ending_soon: {
        subject: 'M4Pris: du har en ny besked',
        title: 'Jeres mentorforløb slutter snart',
        body: 'Jeres mentorforløb er planlagt til at slutte den {{date}}. Tag et øjeblik sammen til at se tilbage på, hvad I har nået, og aftal, hvordan I afslutter.',
        action: 'Åbn M4Pris',
      },
      meeting_nudge: {
        subject: 'M4Pris: du har en ny besked',
        title: 'Påmindelse om møde',
        body: 'Det er et stykke tid siden, jeres duo har registreret et møde. Aftal et tidspunkt, der passer til jeres vagter, og registrér mødet bagefter.',
        action: 'Åbn M4Pris',
      },
      duo_needs_attention: {
        subject: 'M4Pris: du har en ny besked',
        title: 'En duo har brug for din opmærksomhed',
        body: 'En duo i dit program har ikke registreret et møde i et stykke tid, heller ikke efter en påmindelse. Siden med duoer viser hvilken.',
        action: 'Åbn duoerne',
      },
      survey_reminder: {
        subject: 'M4Pris: du har en ny besked',
        title: 'En påmindelse om spørgeskemaet',
        body: 'Dit spørgeskema om mentorprogrammet er åbent indtil {{due}}. Har du et par minutter, kan du svare nu. Dine svar gemmes under en pseudonym kode.',
        action: 'Åbn spørgeskemaet',
      },
      survey_last_day: {
        subject: 'M4Pris: du har en ny besked',
        title: 'Sidste dag for dit spørgeskema',
        body: 'I dag er sidste dag for at svare på dit spørgeskema om mentorprogrammet. Dine svar gemmes under en pseudonym kode.',
        action: 'Åbn spørgeskemaet',
      },
      session_reminder: {
        subject: 'M4Pris: en kalenderpåmindelse',
        title: 'Din uddannelsessession er i morgen',
        body: 'En påmindelse: du har en plads på uddannelsessessionen "{{session}}" den {{starts}}. Hvis du ikke kan komme, så aflys din booking, så en anden får pladsen.',
        action: 'Se din uddannelse',
      },
      session_moved: {
        subject: 'M4Pris: en kalenderaftale',
        title: 'Din uddannelsessession har fået nye tider',
        body: 'Uddannelsessessionen "{{session}}" er flyttet: den begynder nu den {{starts}}. Den vedhæftede kalenderfil opdaterer aftalen i din kalender. Hvis du ikke længere kan komme, så aflys din booking, så en anden får pladsen.',
        action: 'Se din uddannelse',
      },
      session_cancelled: {
        subject: 'M4Pris: en kalenderaftale',
        title: 'Din uddannelsessession er aflyst',
        body: 'Uddannelsessessionen "{{session}}" den {{starts}} er aflyst, og din booking med den. Den vedhæftede kalenderfil fjerner den fra din kalender. Du kan booke en anden session på kurset i M4Pris.',
        action: 'Se din uddannelse',
      },
    },
  },
  pt: {
    greeting: 'Olá {{name}},',
    footer: 'Esta mensagem foi enviada pelo M4Pris, o programa de mentoria entre pares para profissionais prisionais.',
    roles: { platform_admin: 'administrador da plataforma', tenant_admin: 'administrador', coordinator: 'coordenador', researcher: 'investigador' },
    digest: { subject: 'M4Pris: as suas mensagens do dia', intro: 'Aqui estão as suas mensagens do M4Pris desde o último e-mail. Escolheu recebê-las uma vez por dia.', action: 'Abrir' },
    messages: {
      invitation: {
        subject: 'M4Pris: o seu convite',
        title: 'Foi convidado para o M4Pris',
        body: 'Foi criada uma conta para si. Siga a ligação para escolher a sua palavra-passe. A ligação só pode ser usada uma vez e expira em {{expires}}.',
        action: 'Escolher palavra-passe',
      },
      application_accepted: {
        subject: 'M4Pris: tem uma nova mensagem',
        title: 'A sua candidatura foi aceite',
        body: 'A sua candidatura ao programa de mentoria foi aceite. Avisaremos quando tiver um par atribuído.',
        action: 'Abrir o M4Pris',
      },
      matched: {
        subject: 'M4Pris: tem uma nova mensagem',
        title: 'Já tem um par',
        body: 'Foi emparelhado com {{partner}}. Tente encontrar-se na primeira semana: combinem uma hora e um local que convenham a ambos.',
        action: 'Ver a sua dupla',
      },
      certificate_issued: {
        subject: 'M4Pris: um documento está pronto',
        title: 'O seu certificado está pronto',
        body: 'Concluiu a formação. O seu certificado pode ser descarregado e verificado.',
        action: 'Abrir o certificado',
      },
      closure_reflection: {
        subject: 'M4Pris: tem uma nova mensagem',
        title: 'O seu período de mentoria terminou',
        body: 'O seu período de mentoria chegou ao fim. Reserve alguns minutos para refletir sobre o que ganhou com ele.',
        action: 'Escrever a sua reflexão',
      },
      password_reset: {
        subject: 'M4Pris: o seu acesso',
        title: 'Escolha uma nova palavra-passe',
        body: 'Foi pedida a reposição da palavra-passe da sua conta M4Pris. Siga a ligação nos próximos 30 minutos para escolher uma nova; funciona uma vez, e todos os dispositivos com sessão iniciada na sua conta terminam a sessão. Se não foi você, ignore esta mensagem: a sua palavra-passe mantém-se.',
        action: 'Escolher nova palavra-passe',
      },
      role_granted: {
        subject: 'M4Pris: o seu acesso mudou',
        title: 'Tem uma nova função',
        body: 'Foi-lhe atribuída a função de {{role}} no M4Pris. Aplica-se a partir da próxima vez que iniciar sessão. Se não esperava esta alteração, contacte o responsável pela proteção de dados da sua organização.',
        action: 'Abrir o M4Pris',
      },
      role_granted_notice: {
        subject: 'M4Pris: uma alteração de acesso',
        title: 'Foi atribuída uma função',
        body: 'Como responsável pela proteção de dados da sua organização, é informado de cada função atribuída no M4Pris: a função de {{role}} foi atribuída a uma conta em {{date}}. Quem a atribuiu e a quem consta do registo de auditoria.',
        action: 'Abrir o M4Pris',
      },
      account_disabled: {
        subject: 'M4Pris: a sua conta',
        title: 'A sua conta foi desativada',
        body: 'A sua conta M4Pris foi desativada e já não pode ser usada para iniciar sessão. Se considera que se trata de um erro, contacte o seu administrador.',
        action: 'Abrir o M4Pris',
      },
      account_erased: {
        subject: 'M4Pris: a sua conta',
        title: 'Os seus dados foram apagados',
        body: 'Conforme pedido, a sua conta M4Pris e os dados pessoais que tínhamos sobre si foram apagados. Esta é a última mensagem que recebe do M4Pris.',
        action: 'Abrir o M4Pris',
      },
      application_received: {
        subject: 'M4Pris: tem uma nova mensagem',
        title: 'A sua candidatura foi recebida',
        body: 'A sua candidatura ao programa de mentoria foi recebida. O coordenador do programa vai analisá-la e receberá aqui a decisão.',
        action: 'Ver a sua candidatura',
      },
      application_waitlisted: {
        subject: 'M4Pris: tem uma nova mensagem',
        title: 'A sua candidatura está em lista de espera',
        body: 'A sua candidatura ao programa de mentoria foi colocada em lista de espera. Receberá notícias nossas assim que lhe pudermos oferecer um lugar.',
        action: 'Ver a sua candidatura',
      },
      application_declined: {
        subject: 'M4Pris: tem uma nova mensagem',
        title: 'Uma decisão sobre a sua candidatura',
        body: 'Foi tomada uma decisão sobre a sua candidatura ao programa de mentoria: desta vez não pôde ser aceite. Pode ler mais no M4Pris.',
        action: 'Ver a sua candidatura',
      },
      agreement_to_acknowledge: {
        subject: 'M4Pris: tem uma nova mensagem',
        title: 'O vosso acordo foi atualizado',
        body: 'O acordo da vossa dupla foi atualizado. Leia-o e confirme-o.',
        action: 'Ler o acordo',
      },
      fit_check_open: {
        subject: 'M4Pris: tem uma nova mensagem',
        title: 'Como está a correr?',
        body: 'Agora que a vossa dupla teve o primeiro encontro, a verificação de compatibilidade está aberta: uma pergunta curta sobre se o par funciona para si.',
        action: 'Responder à verificação',
      },
      support_attention: {
        subject: 'M4Pris: tem uma nova mensagem',
        title: 'Uma mensagem precisa da sua atenção',
        body: 'Uma mensagem precisa da sua atenção no M4Pris. Inicie sessão para a ler.',
        action: 'Abrir o M4Pris',
      },
      survey_open: {
        subject: 'M4Pris: tem uma nova mensagem',
        title: 'Um questionário está aberto para si',
        body: 'Um breve questionário do programa de mentoria está aberto para si até {{due}}. As suas respostas são guardadas sob um código pseudónimo.',
        action: 'Abrir o questionário',
      },
      session_booked: {
        subject: 'M4Pris: um evento de calendário',
        title: 'A sua sessão de formação está reservada',
        body: 'Tem um lugar na sessão de formação "{{session}}" em {{starts}}. O ficheiro de calendário em anexo adiciona-a ao seu calendário.',
        action: 'Ver a sua formação',
      },
      waitlist_seat_freed: {
        subject: 'M4Pris: um evento de calendário',
        title: 'Ficou um lugar livre para si',
        body: 'Ficou um lugar livre na sessão de formação "{{session}}" em {{starts}}, e agora é seu. O ficheiro de calendário em anexo adiciona-a ao seu calendário. Se não puder ir, cancele a reserva para que a pessoa seguinte fique com o lugar.',
        action: 'Ver a sua formação',
      },
      duo_ended_left_service: {
        subject: 'M4Pris: tem uma nova mensagem',
        title: 'A vossa dupla terminou',
        body: 'A vossa dupla de mentoria terminou porque a outra pessoa deixou o serviço.',
        action: 'Abrir o M4Pris',
      },
      duo_ending_soon: {
        subject: 'M4Pris: tem uma nova mensagem',
        title: 'A vossa relação de mentoria termina em breve',
        body: 'A vossa relação de mentoria está prevista terminar a {{date}}. Reservem um momento para recordar o que alcançaram e combinar como encerrar.',
        action: 'Abrir o M4Pris',
      },
      meeting_nudge: {
        subject: 'M4Pris: tem uma nova mensagem',
        title: 'Lembrete de encontro',
        body: 'Já passou algum tempo desde que a vossa dupla registou um encontro. Combinem um horário compatível com os vossos turnos e registem o encontro depois.',
        action: 'Abrir o M4Pris',
      },
      duo_needs_attention: {
        subject: 'M4Pris: tem uma nova mensagem',
        title: 'Uma dupla precisa da sua atenção',
        body: 'Uma dupla do seu programa não regista um encontro há algum tempo, mesmo depois de um lembrete. A página das duplas mostra qual.',
        action: 'Abrir as duplas',
      },
      survey_reminder: {
        subject: 'M4Pris: tem uma nova mensagem',
        title: 'Um lembrete do questionário',
        body: 'O seu questionário do programa de mentoria está aberto até {{due}}. Se tiver alguns minutos, pode responder agora. As suas respostas são guardadas sob um código pseudónimo.',
        action: 'Abrir o questionário',
      },
      survey_last_day: {
        subject: 'M4Pris: tem uma nova mensagem',
        title: 'Último dia para o seu questionário',
        body: 'Hoje é o último dia para responder ao seu questionário do programa de mentoria. As suas respostas são guardadas sob um código pseudónimo.',
        action: 'Abrir o questionário',
      },
      session_reminder: {
        subject: 'M4Pris: um lembrete de calendário',
        title: 'A sua sessão de formação é amanhã',
        body: 'Um lembrete: tem um lugar na sessão de formação "{{session}}" em {{starts}}. Se não puder ir, cancele a reserva para que outra pessoa fique com o lugar.',
        action: 'Ver a sua formação',
      },
      session_moved: {
        subject: 'M4Pris: um evento de calendário',
        title: 'A sua sessão de formação tem um novo horário',
        body: 'A sessão de formação "{{session}}" foi mudada: começa agora em {{starts}}. O ficheiro de calendário em anexo atualiza o evento no seu calendário. Se já não puder vir, cancele a sua reserva para que outra pessoa fique com o lugar.',
        action: 'Ver a sua formação',
      },
      session_cancelled: {
        subject: 'M4Pris: um evento de calendário',
        title: 'A sua sessão de formação foi cancelada',
        body: 'A sessão de formação "{{session}}" de {{starts}} foi cancelada, e a sua reserva com ela. O ficheiro de calendário em anexo retira-a do seu calendário. Pode reservar outra sessão do curso no M4Pris.',
        action: 'Ver a sua formação',
      },
    },
  },
  ro: {
    greeting: 'Bună ziua, {{name}},',
    footer: 'Acest mesaj a fost trimis de M4Pris, programul de mentorat între colegi pentru personalul din penitenciare.',
    roles: { platform_admin: 'administrator de platformă', tenant_admin: 'administrator', coordinator: 'coordonator', researcher: 'cercetător' },
    digest: { subject: 'M4Pris: mesajele zilei', intro: 'Iată mesajele dumneavoastră de la M4Pris de la ultimul e-mail. Ați ales să le primiți o dată pe zi.', action: 'Deschideți' },
    messages: {
      invitation: {
        subject: 'M4Pris: invitația dumneavoastră',
        title: 'Sunteți invitat(ă) în M4Pris',
        body: 'A fost creat un cont pentru dumneavoastră. Urmați linkul pentru a vă alege parola. Linkul poate fi folosit o singură dată și expiră la {{expires}}.',
        action: 'Alegeți parola',
      },
      application_accepted: {
        subject: 'M4Pris: aveți un mesaj nou',
        title: 'Cererea dumneavoastră a fost acceptată',
        body: 'Cererea dumneavoastră pentru programul de mentorat a fost acceptată. Vă vom anunța când vi se atribuie un partener.',
        action: 'Deschideți M4Pris',
      },
      matched: {
        subject: 'M4Pris: aveți un mesaj nou',
        title: 'Aveți un partener de mentorat',
        body: 'Ați fost asociat(ă) cu {{partner}}. Încercați să vă întâlniți în prima săptămână: stabiliți o oră și un loc potrivite pentru amândoi.',
        action: 'Vedeți perechea',
      },
      certificate_issued: {
        subject: 'M4Pris: un document este gata',
        title: 'Certificatul dumneavoastră este gata',
        body: 'Ați finalizat formarea. Certificatul poate fi descărcat și verificat.',
        action: 'Deschideți certificatul',
      },
      closure_reflection: {
        subject: 'M4Pris: aveți un mesaj nou',
        title: 'Perioada de mentorat s-a încheiat',
        body: 'Perioada de mentorat s-a încheiat. Acordați câteva minute pentru a reflecta la ce v-a adus.',
        action: 'Scrieți reflecția',
      },
      password_reset: {
        subject: 'M4Pris: autentificarea dumneavoastră',
        title: 'Alegeți o parolă nouă',
        body: 'S-a cerut resetarea parolei contului dumneavoastră M4Pris. Urmați linkul în următoarele 30 de minute pentru a alege una nouă; funcționează o singură dată, iar toate dispozitivele conectate la cont vor fi deconectate. Dacă nu ați fost dumneavoastră, ignorați acest mesaj: parola rămâne neschimbată.',
        action: 'Alegeți parola nouă',
      },
      role_granted: {
        subject: 'M4Pris: accesul dumneavoastră s-a schimbat',
        title: 'Aveți un rol nou',
        body: 'Vi s-a atribuit rolul de {{role}} în M4Pris. Se aplică de la următoarea autentificare. Dacă nu vă așteptați la aceasta, anunțați persoana de contact pentru protecția datelor din organizația dumneavoastră.',
        action: 'Deschideți M4Pris',
      },
      role_granted_notice: {
        subject: 'M4Pris: o modificare de acces',
        title: 'A fost atribuit un rol',
        body: 'Ca persoană de contact pentru protecția datelor a organizației, sunteți informat(ă) despre fiecare rol atribuit în M4Pris: rolul de {{role}} a fost atribuit unui cont la {{date}}. Cine l-a atribuit și cui se află în jurnalul de audit.',
        action: 'Deschideți M4Pris',
      },
      account_disabled: {
        subject: 'M4Pris: contul dumneavoastră',
        title: 'Contul dumneavoastră a fost dezactivat',
        body: 'Contul dumneavoastră M4Pris a fost dezactivat și nu mai poate fi folosit pentru autentificare. Dacă credeți că este o greșeală, contactați administratorul.',
        action: 'Deschideți M4Pris',
      },
      account_erased: {
        subject: 'M4Pris: contul dumneavoastră',
        title: 'Datele dumneavoastră au fost șterse',
        body: 'La cererea dumneavoastră, contul M4Pris și datele personale deținute despre dumneavoastră au fost șterse. Acesta este ultimul mesaj pe care îl primiți de la M4Pris.',
        action: 'Deschideți M4Pris',
      },
      application_received: {
        subject: 'M4Pris: aveți un mesaj nou',
        title: 'Candidatura dumneavoastră a fost primită',
        body: 'Candidatura dumneavoastră la programul de mentorat a fost primită. Coordonatorul programului o va analiza, iar decizia o veți afla aici.',
        action: 'Vedeți candidatura',
      },
      application_waitlisted: {
        subject: 'M4Pris: aveți un mesaj nou',
        title: 'Candidatura dumneavoastră este pe lista de așteptare',
        body: 'Candidatura dumneavoastră la programul de mentorat a fost trecută pe lista de așteptare. Veți primi vești de la noi de îndată ce vă putem oferi un loc.',
        action: 'Vedeți candidatura',
      },
      application_declined: {
        subject: 'M4Pris: aveți un mesaj nou',
        title: 'O decizie privind candidatura dumneavoastră',
        body: 'S-a luat o decizie privind candidatura dumneavoastră la programul de mentorat: de această dată nu a putut fi acceptată. Puteți citi mai multe în M4Pris.',
        action: 'Vedeți candidatura',
      },
      agreement_to_acknowledge: {
        subject: 'M4Pris: aveți un mesaj nou',
        title: 'Acordul vostru a fost actualizat',
        body: 'Acordul perechii voastre a fost actualizat. Citiți-l și confirmați-l.',
        action: 'Citiți acordul',
      },
      fit_check_open: {
        subject: 'M4Pris: aveți un mesaj nou',
        title: 'Cum merge?',
        body: 'Acum că perechea voastră a avut prima întâlnire, verificarea potrivirii este deschisă: o întrebare scurtă despre dacă potrivirea funcționează pentru dumneavoastră.',
        action: 'Răspundeți la verificare',
      },
      support_attention: {
        subject: 'M4Pris: aveți un mesaj nou',
        title: 'Un mesaj necesită atenția dumneavoastră',
        body: 'Un mesaj necesită atenția dumneavoastră în M4Pris. Autentificați-vă pentru a-l citi.',
        action: 'Deschideți M4Pris',
      },
      survey_open: {
        subject: 'M4Pris: aveți un mesaj nou',
        title: 'Un chestionar este deschis pentru dumneavoastră',
        body: 'Un scurt chestionar al programului de mentorat este deschis pentru dumneavoastră până la {{due}}. Răspunsurile sunt păstrate sub un cod pseudonim.',
        action: 'Deschideți chestionarul',
      },
      session_booked: {
        subject: 'M4Pris: o programare în calendar',
        title: 'Sesiunea de formare este rezervată',
        body: 'Aveți un loc la sesiunea de formare „{{session}}” pe {{starts}}. Fișierul de calendar atașat o adaugă în calendarul dumneavoastră.',
        action: 'Vedeți formarea',
      },
      waitlist_seat_freed: {
        subject: 'M4Pris: o programare în calendar',
        title: 'S-a eliberat un loc pentru dumneavoastră',
        body: 'S-a eliberat un loc la sesiunea de formare „{{session}}” pe {{starts}}, iar acum este al dumneavoastră. Fișierul de calendar atașat o adaugă în calendarul dumneavoastră. Dacă nu puteți veni, anulați rezervarea, ca persoana următoare să primească locul.',
        action: 'Vedeți formarea',
      },
      duo_ended_left_service: {
        subject: 'M4Pris: aveți un mesaj nou',
        title: 'Perechea voastră s-a încheiat',
        body: 'Perechea voastră de mentorat s-a încheiat deoarece cealaltă persoană a părăsit serviciul.',
        action: 'Deschideți M4Pris',
      },
      duo_ending_soon: {
        subject: 'M4Pris: aveți un mesaj nou',
        title: 'Relația de mentorat se încheie în curând',
        body: 'Relația de mentorat este planificată să se încheie pe {{date}}. Luați-vă un moment împreună pentru a privi înapoi la ce ați realizat și stabiliți cum încheiați.',
        action: 'Deschideți M4Pris',
      },
      meeting_nudge: {
        subject: 'M4Pris: aveți un mesaj nou',
        title: 'Memento pentru întâlnire',
        body: 'A trecut ceva timp de când echipa dumneavoastră a înregistrat o întâlnire. Stabiliți o oră potrivită turelor și înregistrați întâlnirea după aceea.',
        action: 'Deschideți M4Pris',
      },
      duo_needs_attention: {
        subject: 'M4Pris: aveți un mesaj nou',
        title: 'O echipă are nevoie de atenția dumneavoastră',
        body: 'O echipă din programul dumneavoastră nu a mai înregistrat o întâlnire de ceva timp, nici după un memento. Pagina echipelor arată care.',
        action: 'Deschideți echipele',
      },
      survey_reminder: {
        subject: 'M4Pris: aveți un mesaj nou',
        title: 'Un memento pentru chestionar',
        body: 'Chestionarul programului de mentorat este deschis pentru dumneavoastră până la {{due}}. Dacă aveți câteva minute, îl puteți completa acum. Răspunsurile sunt păstrate sub un cod pseudonim.',
        action: 'Deschideți chestionarul',
      },
      survey_last_day: {
        subject: 'M4Pris: aveți un mesaj nou',
        title: 'Ultima zi pentru chestionar',
        body: 'Astăzi este ultima zi pentru a completa chestionarul programului de mentorat. Răspunsurile sunt păstrate sub un cod pseudonim.',
        action: 'Deschideți chestionarul',
      },
      session_reminder: {
        subject: 'M4Pris: un memento din calendar',
        title: 'Sesiunea de formare este mâine',
        body: 'Un memento: aveți un loc la sesiunea de formare „{{session}}” pe {{starts}}. Dacă nu puteți veni, anulați rezervarea, ca altcineva să primească locul.',
        action: 'Vedeți formarea',
      },
      session_moved: {
        subject: 'M4Pris: o programare în calendar',
        title: 'Sesiunea de formare are un nou orar',
        body: 'Sesiunea de formare „{{session}}” a fost mutată: începe acum pe {{starts}}. Fișierul de calendar atașat actualizează programarea din calendarul dumneavoastră. Dacă nu mai puteți veni, anulați rezervarea, ca altcineva să primească locul.',
        action: 'Vedeți formarea',
      },
      session_cancelled: {
        subject: 'M4Pris: o programare în calendar',
        title: 'Sesiunea de formare a fost anulată',
        body: 'Sesiunea de formare „{{session}}” de pe {{starts}} a fost anulată, și rezervarea dumneavoastră odată cu ea. Fișierul de calendar atașat o scoate din calendarul dumneavoastră. Puteți rezerva o altă sesiune a cursului în M4Pris.',
        action: 'Vedeți formarea',
      },
    },
  },
  el: {
    greeting: 'Γεια σας {{name}},',
    footer: 'Αυτό το μήνυμα στάλθηκε από το M4Pris, το πρόγραμμα καθοδήγησης μεταξύ συναδέλφων για το σωφρονιστικό προσωπικό.',
    roles: { platform_admin: 'διαχειριστής πλατφόρμας', tenant_admin: 'διαχειριστής', coordinator: 'συντονιστής', researcher: 'ερευνητής' },
    digest: { subject: 'M4Pris: τα μηνύματα της ημέρας', intro: 'Ακολουθούν τα μηνύματά σας από το M4Pris από το τελευταίο e-mail. Επιλέξατε να τα λαμβάνετε μία φορά την ημέρα.', action: 'Άνοιγμα' },
    messages: {
      invitation: {
        subject: 'M4Pris: η πρόσκλησή σας',
        title: 'Έχετε προσκληθεί στο M4Pris',
        body: 'Δημιουργήθηκε λογαριασμός για εσάς. Ακολουθήστε τον σύνδεσμο για να ορίσετε κωδικό πρόσβασης. Ο σύνδεσμος ισχύει μία φορά και λήγει στις {{expires}}.',
        action: 'Ορισμός κωδικού',
      },
      application_accepted: {
        subject: 'M4Pris: έχετε νέο μήνυμα',
        title: 'Η αίτησή σας έγινε δεκτή',
        body: 'Η αίτησή σας στο πρόγραμμα καθοδήγησης έγινε δεκτή. Θα σας ενημερώσουμε όταν σας αντιστοιχιστεί ζευγάρι.',
        action: 'Άνοιγμα M4Pris',
      },
      matched: {
        subject: 'M4Pris: έχετε νέο μήνυμα',
        title: 'Σας αντιστοιχίστηκε ζευγάρι',
        body: 'Σας αντιστοιχίστηκε ο/η {{partner}}. Προσπαθήστε να συναντηθείτε την πρώτη εβδομάδα: ορίστε ώρα και τόπο που βολεύουν και τους δύο.',
        action: 'Δείτε το ζευγάρι σας',
      },
      certificate_issued: {
        subject: 'M4Pris: ένα έγγραφο είναι έτοιμο',
        title: 'Το πιστοποιητικό σας είναι έτοιμο',
        body: 'Ολοκληρώσατε την εκπαίδευση. Το πιστοποιητικό σας μπορεί να ληφθεί και να επαληθευτεί.',
        action: 'Άνοιγμα πιστοποιητικού',
      },
      closure_reflection: {
        subject: 'M4Pris: έχετε νέο μήνυμα',
        title: 'Η περίοδος καθοδήγησης ολοκληρώθηκε',
        body: 'Η περίοδος καθοδήγησης έφτασε στο τέλος της. Αφιερώστε λίγα λεπτά για να σκεφτείτε τι κερδίσατε.',
        action: 'Γράψτε τον απολογισμό σας',
      },
      password_reset: {
        subject: 'M4Pris: η σύνδεσή σας',
        title: 'Ορίστε νέο κωδικό πρόσβασης',
        body: 'Ζητήθηκε επαναφορά του κωδικού πρόσβασης του λογαριασμού σας στο M4Pris. Ακολουθήστε τον σύνδεσμο μέσα σε 30 λεπτά για να ορίσετε νέο· λειτουργεί μία φορά και όλες οι συσκευές που είναι συνδεδεμένες στον λογαριασμό σας αποσυνδέονται. Αν δεν ήσασταν εσείς, αγνοήστε αυτό το μήνυμα: ο κωδικός σας παραμένει ίδιος.',
        action: 'Ορισμός νέου κωδικού',
      },
      role_granted: {
        subject: 'M4Pris: η πρόσβασή σας άλλαξε',
        title: 'Έχετε νέο ρόλο',
        body: 'Σας ανατέθηκε ο ρόλος: {{role}} στο M4Pris. Ισχύει από την επόμενη σύνδεσή σας. Αν δεν το περιμένατε, ενημερώστε τον υπεύθυνο προστασίας δεδομένων του οργανισμού σας.',
        action: 'Άνοιγμα M4Pris',
      },
      role_granted_notice: {
        subject: 'M4Pris: μια αλλαγή πρόσβασης',
        title: 'Ανατέθηκε ένας ρόλος',
        body: 'Ως υπεύθυνος προστασίας δεδομένων του οργανισμού σας, ενημερώνεστε για κάθε ρόλο που ανατίθεται στο M4Pris: ο ρόλος {{role}} ανατέθηκε σε έναν λογαριασμό στις {{date}}. Ποιος τον ανέθεσε και σε ποιον φαίνεται στο αρχείο ελέγχου.',
        action: 'Άνοιγμα M4Pris',
      },
      account_disabled: {
        subject: 'M4Pris: ο λογαριασμός σας',
        title: 'Ο λογαριασμός σας απενεργοποιήθηκε',
        body: 'Ο λογαριασμός σας στο M4Pris απενεργοποιήθηκε και δεν μπορεί πλέον να χρησιμοποιηθεί για σύνδεση. Αν πιστεύετε ότι πρόκειται για λάθος, επικοινωνήστε με τον διαχειριστή σας.',
        action: 'Άνοιγμα M4Pris',
      },
      account_erased: {
        subject: 'M4Pris: ο λογαριασμός σας',
        title: 'Τα δεδομένα σας διαγράφηκαν',
        body: 'Όπως ζητήθηκε, ο λογαριασμός σας στο M4Pris και τα προσωπικά δεδομένα που τηρούνταν για εσάς διαγράφηκαν. Αυτό είναι το τελευταίο μήνυμα που λαμβάνετε από το M4Pris.',
        action: 'Άνοιγμα M4Pris',
      },
      application_received: {
        subject: 'M4Pris: έχετε νέο μήνυμα',
        title: 'Η αίτησή σας παραλήφθηκε',
        body: 'Η αίτησή σας για το πρόγραμμα καθοδήγησης παραλήφθηκε. Ο συντονιστής του προγράμματος θα την εξετάσει και θα μάθετε την απόφαση εδώ.',
        action: 'Δείτε την αίτησή σας',
      },
      application_waitlisted: {
        subject: 'M4Pris: έχετε νέο μήνυμα',
        title: 'Η αίτησή σας είναι σε λίστα αναμονής',
        body: 'Η αίτησή σας για το πρόγραμμα καθοδήγησης μπήκε σε λίστα αναμονής. Θα σας ενημερώσουμε μόλις μπορέσουμε να σας προσφέρουμε θέση.',
        action: 'Δείτε την αίτησή σας',
      },
      application_declined: {
        subject: 'M4Pris: έχετε νέο μήνυμα',
        title: 'Απόφαση για την αίτησή σας',
        body: 'Ελήφθη απόφαση για την αίτησή σας στο πρόγραμμα καθοδήγησης: αυτή τη φορά δεν ήταν δυνατό να γίνει δεκτή. Μπορείτε να διαβάσετε περισσότερα στο M4Pris.',
        action: 'Δείτε την αίτησή σας',
      },
      agreement_to_acknowledge: {
        subject: 'M4Pris: έχετε νέο μήνυμα',
        title: 'Η συμφωνία σας ενημερώθηκε',
        body: 'Η συμφωνία του ζευγαριού σας ενημερώθηκε. Διαβάστε τη και επιβεβαιώστε τη.',
        action: 'Διαβάστε τη συμφωνία',
      },
      fit_check_open: {
        subject: 'M4Pris: έχετε νέο μήνυμα',
        title: 'Πώς πάει;',
        body: 'Τώρα που το ζευγάρι σας είχε την πρώτη του συνάντηση, ο έλεγχος ταιριάσματος είναι ανοιχτός: μια σύντομη ερώτηση για το αν η αντιστοίχιση λειτουργεί για εσάς.',
        action: 'Απαντήστε στον έλεγχο',
      },
      support_attention: {
        subject: 'M4Pris: έχετε νέο μήνυμα',
        title: 'Ένα μήνυμα χρειάζεται την προσοχή σας',
        body: 'Ένα μήνυμα χρειάζεται την προσοχή σας στο M4Pris. Συνδεθείτε για να το διαβάσετε.',
        action: 'Άνοιγμα M4Pris',
      },
      survey_open: {
        subject: 'M4Pris: έχετε νέο μήνυμα',
        title: 'Ένα ερωτηματολόγιο είναι ανοιχτό για εσάς',
        body: 'Ένα σύντομο ερωτηματολόγιο του προγράμματος καθοδήγησης είναι ανοιχτό για εσάς έως τις {{due}}. Οι απαντήσεις σας φυλάσσονται με ψευδωνυμικό κωδικό.',
        action: 'Άνοιγμα ερωτηματολογίου',
      },
      session_booked: {
        subject: 'M4Pris: μια καταχώριση ημερολογίου',
        title: 'Η θέση σας στην εκπαίδευση κλείστηκε',
        body: 'Έχετε θέση στην εκπαιδευτική συνεδρία «{{session}}» στις {{starts}}. Το συνημμένο αρχείο ημερολογίου την προσθέτει στο ημερολόγιό σας.',
        action: 'Δείτε την εκπαίδευσή σας',
      },
      waitlist_seat_freed: {
        subject: 'M4Pris: μια καταχώριση ημερολογίου',
        title: 'Ελευθερώθηκε μια θέση για εσάς',
        body: 'Ελευθερώθηκε μια θέση στην εκπαιδευτική συνεδρία «{{session}}» στις {{starts}} και είναι πλέον δική σας. Το συνημμένο αρχείο ημερολογίου την προσθέτει στο ημερολόγιό σας. Αν δεν μπορείτε να έρθετε, ακυρώστε την κράτηση ώστε να πάρει τη θέση το επόμενο άτομο.',
        action: 'Δείτε την εκπαίδευσή σας',
      },
      duo_ended_left_service: {
        subject: 'M4Pris: έχετε νέο μήνυμα',
        title: 'Το ζευγάρι σας ολοκληρώθηκε',
        body: 'Το ζευγάρι καθοδήγησής σας έληξε επειδή το άλλο άτομο αποχώρησε από την υπηρεσία.',
        action: 'Άνοιγμα M4Pris',
      },
      duo_ending_soon: {
        subject: 'M4Pris: έχετε νέο μήνυμα',
        title: 'Η σχέση καθοδήγησης ολοκληρώνεται σύντομα',
        body: 'Η σχέση καθοδήγησης έχει προγραμματιστεί να ολοκληρωθεί στις {{date}}. Αφιερώστε μαζί λίγο χρόνο για να δείτε τι πετύχατε και συμφωνήστε πώς θα την ολοκληρώσετε.',
        action: 'Άνοιγμα M4Pris',
      },
      meeting_nudge: {
        subject: 'M4Pris: έχετε νέο μήνυμα',
        title: 'Υπενθύμιση συνάντησης',
        body: 'Έχει περάσει καιρός από την τελευταία συνάντηση που κατέγραψε το δίδυμό σας. Συμφωνήστε μια ώρα που ταιριάζει στις βάρδιές σας και καταγράψτε τη συνάντηση μετά.',
        action: 'Άνοιγμα M4Pris',
      },
      duo_needs_attention: {
        subject: 'M4Pris: έχετε νέο μήνυμα',
        title: 'Ένα δίδυμο χρειάζεται την προσοχή σας',
        body: 'Ένα δίδυμο του προγράμματός σας δεν έχει καταγράψει συνάντηση εδώ και καιρό, ούτε μετά από υπενθύμιση. Η σελίδα με τα δίδυμα δείχνει ποιο.',
        action: 'Άνοιγμα των διδύμων',
      },
      survey_reminder: {
        subject: 'M4Pris: έχετε νέο μήνυμα',
        title: 'Υπενθύμιση για το ερωτηματολόγιο',
        body: 'Το ερωτηματολόγιο του προγράμματος καθοδήγησης είναι ανοιχτό για εσάς έως τις {{due}}. Αν έχετε λίγα λεπτά, μπορείτε να απαντήσετε τώρα. Οι απαντήσεις σας φυλάσσονται με ψευδωνυμικό κωδικό.',
        action: 'Άνοιγμα ερωτηματολογίου',
      },
      survey_last_day: {
        subject: 'M4Pris: έχετε νέο μήνυμα',
        title: 'Τελευταία ημέρα για το ερωτηματολόγιο',
        body: 'Σήμερα είναι η τελευταία ημέρα για να απαντήσετε στο ερωτηματολόγιο του προγράμματος καθοδήγησης. Οι απαντήσεις σας φυλάσσονται με ψευδωνυμικό κωδικό.',
        action: 'Άνοιγμα ερωτηματολογίου',
      },
      session_reminder: {
        subject: 'M4Pris: μια υπενθύμιση ημερολογίου',
        title: 'Η εκπαιδευτική συνεδρία σας είναι αύριο',
        body: 'Υπενθύμιση: έχετε θέση στην εκπαιδευτική συνεδρία «{{session}}» στις {{starts}}. Αν δεν μπορείτε να έρθετε, ακυρώστε την κράτηση ώστε να πάρει τη θέση κάποιος άλλος.',
        action: 'Δείτε την εκπαίδευσή σας',
      },
      session_moved: {
        subject: 'M4Pris: μια καταχώριση ημερολογίου',
        title: 'Η εκπαιδευτική σας συνεδρία έχει νέα ώρα',
        body: 'Η εκπαιδευτική συνεδρία «{{session}}» μετακινήθηκε: ξεκινά πλέον στις {{starts}}. Το συνημμένο αρχείο ημερολογίου ενημερώνει την καταχώριση στο ημερολόγιό σας. Αν δεν μπορείτε πια να έρθετε, ακυρώστε την κράτησή σας ώστε να πάρει τη θέση κάποιος άλλος.',
        action: 'Δείτε την εκπαίδευσή σας',
      },
      session_cancelled: {
        subject: 'M4Pris: μια καταχώριση ημερολογίου',
        title: 'Η εκπαιδευτική σας συνεδρία ακυρώθηκε',
        body: 'Η εκπαιδευτική συνεδρία «{{session}}» στις {{starts}} ακυρώθηκε, και μαζί της η κράτησή σας. Το συνημμένο αρχείο ημερολογίου την αφαιρεί από το ημερολόγιό σας. Μπορείτε να κλείσετε άλλη συνεδρία του μαθήματος στο M4Pris.',
        action: 'Δείτε την εκπαίδευσή σας',
      },
    },
  },
};

/**
 * Words that must never appear in a subject line, in every language (DOMAIN.md: discreet subjects).
 * Compared case-insensitively as substrings.
 */
export const FORBIDDEN_IN_SUBJECTS: Record<Locale, readonly string[]> = {
  en: ['wellbeing', 'well-being', 'stress', 'concern', 'worry'],
  da: ['trivsel', 'stress', 'bekymring', 'velvære'],
  pt: ['bem-estar', 'stress', 'stresse', 'preocupação', 'preocupacao'],
  ro: ['bunăstare', 'bunastare', 'stres', 'îngrijorare', 'ingrijorare'],
  el: ['ευεξία', 'ευημερία', 'άγχος', 'στρες', 'ανησυχία'],
};
