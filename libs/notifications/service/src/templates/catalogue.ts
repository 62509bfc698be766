import type { Locale } from '@m4pris/platform-core';
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
  messages: Record<MessageKind, MessageText>;
}

/**
 * Parameters each message may use. `name` is the recipient's first name; `partner` the other person
 * of a duo (body only, never a subject); `expires` a date.
 */
export const MESSAGE_PARAMS: Record<MessageKind, readonly string[]> = {
  invitation: ['expires'],
  application_accepted: [],
  matched: ['partner'],
  certificate_issued: [],
  closure_reflection: [],
};

export const CATALOGUE: Record<Locale, LocaleCatalogue> = {
  en: {
    greeting: 'Hello {{name}},',
    footer: 'This message was sent by M4Pris, the peer-mentoring programme for prison staff.',
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
    },
  },
  da: {
    greeting: 'Hej {{name}},',
    footer: 'Denne besked er sendt af M4Pris, mentorprogrammet for ansatte i kriminalforsorgen.',
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
    },
  },
  pt: {
    greeting: 'Olá {{name}},',
    footer: 'Esta mensagem foi enviada pelo M4Pris, o programa de mentoria entre pares para profissionais prisionais.',
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
    },
  },
  ro: {
    greeting: 'Bună ziua, {{name}},',
    footer: 'Acest mesaj a fost trimis de M4Pris, programul de mentorat între colegi pentru personalul din penitenciare.',
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
    },
  },
  el: {
    greeting: 'Γεια σας {{name}},',
    footer: 'Αυτό το μήνυμα στάλθηκε από το M4Pris, το πρόγραμμα καθοδήγησης μεταξύ συναδέλφων για το σωφρονιστικό προσωπικό.',
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
