import { SUPPORTED_LOCALES, type Locale } from '@m4pris/platform-core';

/**
 * The consent texts the platform ships, per purpose, in every supported language: what a tenant
 * publishes when it publishes a consent text without writing one (`publishConsentText` with no
 * `text`: the template in the text's `locale` becomes the next version). A tenant adapts them to its
 * own organisation and law by publishing its own text instead.
 *
 * Drafted by the developers with the help of a machine translation / large language model from the
 * English; none reviewed by a native speaker or a lawyer yet (docs/translations.md). The check
 * (consent-templates.spec.ts) fails when a template lacks a language.
 */
export const CONSENT_TEMPLATES: Record<string, Record<Locale, string>> = {
  'programme.participation': {
    en:
      'I agree to take part in my organisation\'s mentoring programme, as a mentor or as a mentee. Taking part is voluntary. ' +
      'I understand that for the programme my organisation uses my staff record (name, position, unit, shift pattern, languages and length of service), ' +
      'what I write in my application, who I am paired with and the meetings we record. The programme\'s coordinators see this information; ' +
      'my mentor or mentee sees only what concerns the two of us. My answers to the programme\'s surveys are kept under a code, not my name: ' +
      'researchers see them only under that code, and coordinators and managers see only totals for groups. ' +
      'I can leave the programme at any time without giving a reason by telling the coordinator; it has no effect on my work or my career.',
    da:
      'Jeg giver samtykke til at deltage i min arbejdsplads\' mentorprogram som mentor eller mentee. Deltagelsen er frivillig. ' +
      'Jeg er indforstået med, at min arbejdsplads i forbindelse med programmet bruger mine medarbejderoplysninger (navn, stilling, afdeling, vagtplan, sprog og anciennitet), ' +
      'det, jeg skriver i min ansøgning, hvem jeg bliver sat sammen med, og de møder, vi registrerer. Programmets koordinatorer kan se disse oplysninger; ' +
      'min mentor eller mentee ser kun det, der vedrører os to. Mine svar på programmets spørgeskemaer gemmes under en kode, ikke under mit navn: ' +
      'forskerne ser dem kun under denne kode, og koordinatorer og ledere ser kun samlede tal for grupper. ' +
      'Jeg kan til enhver tid trække mig fra programmet uden at give en begrundelse ved at give koordinatoren besked; det har ingen betydning for mit arbejde eller min karriere.',
    pt:
      'Aceito participar no programa de mentoria da minha organização, como mentor ou como mentorando. A participação é voluntária. ' +
      'Compreendo que, para efeitos do programa, a minha organização utiliza os meus dados de funcionário (nome, cargo, unidade, padrão de turnos, línguas e antiguidade), ' +
      'o que escrevo na minha candidatura, a pessoa com quem fico emparelhado e as reuniões que registamos. Os coordenadores do programa têm acesso a estas informações; ' +
      'o meu mentor ou mentorando vê apenas o que diz respeito a nós os dois. As minhas respostas aos questionários do programa são guardadas sob um código e não sob o meu nome: ' +
      'os investigadores só as veem sob esse código, e os coordenadores e as chefias só veem totais por grupo. ' +
      'Posso sair do programa a qualquer momento, sem ter de indicar o motivo, informando o coordenador; isso não tem qualquer efeito no meu trabalho nem na minha carreira.',
    ro:
      'Sunt de acord să particip la programul de mentorat al organizației mele, ca mentor sau ca mentorat. Participarea este voluntară. ' +
      'Înțeleg că, în scopul programului, organizația mea folosește datele mele de angajat (nume, funcție, secție, model de ture, limbi vorbite și vechime), ' +
      'ceea ce scriu în cererea mea, persoana cu care sunt împerecheat și întâlnirile pe care le înregistrăm. Coordonatorii programului văd aceste informații; ' +
      'mentorul sau mentoratul meu vede doar ceea ce ne privește pe noi doi. Răspunsurile mele la chestionarele programului sunt păstrate sub un cod, nu sub numele meu: ' +
      'cercetătorii le văd doar sub acest cod, iar coordonatorii și conducerea văd doar totaluri pe grupuri. ' +
      'Mă pot retrage din program oricând, fără a da o motivație, anunțând coordonatorul; acest lucru nu are niciun efect asupra muncii sau carierei mele.',
    el:
      'Συμφωνώ να συμμετάσχω στο πρόγραμμα μεντορικής καθοδήγησης του οργανισμού μου, ως μέντορας ή ως καθοδηγούμενος/-η. Η συμμετοχή είναι εθελοντική. ' +
      'Κατανοώ ότι, για τους σκοπούς του προγράμματος, ο οργανισμός μου χρησιμοποιεί τα υπηρεσιακά μου στοιχεία (όνομα, θέση, τμήμα, πρόγραμμα βαρδιών, γλώσσες και χρόνια υπηρεσίας), ' +
      'όσα γράφω στην αίτησή μου, το πρόσωπο με το οποίο συνδέομαι και τις συναντήσεις που καταγράφουμε. Οι συντονιστές του προγράμματος βλέπουν αυτές τις πληροφορίες· ' +
      'ο μέντορας ή ο καθοδηγούμενός μου βλέπει μόνο όσα αφορούν εμάς τους δύο. Οι απαντήσεις μου στα ερωτηματολόγια του προγράμματος φυλάσσονται με έναν κωδικό, όχι με το όνομά μου: ' +
      'οι ερευνητές τις βλέπουν μόνο με αυτόν τον κωδικό, και οι συντονιστές και οι προϊστάμενοι βλέπουν μόνο σύνολα ανά ομάδα. ' +
      'Μπορώ να αποχωρήσω από το πρόγραμμα οποιαδήποτε στιγμή, χωρίς να δώσω εξήγηση, ενημερώνοντας τον συντονιστή· αυτό δεν επηρεάζει την εργασία ή την εξέλιξή μου.',
  },
};

/** The shipped text for `purpose` in `locale`, if the platform ships one. */
export function consentTemplate(purpose: string, locale: string): string | undefined {
  const texts = CONSENT_TEMPLATES[purpose];
  return texts && (SUPPORTED_LOCALES as readonly string[]).includes(locale) ? texts[locale as Locale] : undefined;
}
