import type { InstrumentCode } from '@m4pris/evaluation-contracts';
import { OWN_ITEM_TEXT } from './own-items.text.js';

/**
 * The programme's own items (written for this project, EUPL-1.2) in Danish, Portuguese, Romanian
 * and Greek: drafted from the English with machine/LLM help by the developers, not yet reviewed by a
 * native speaker (docs/translations.md). They are the shipped wording; a tenant may still load its
 * own text for a locale, which then wins.
 */
const AGREE5: Record<'da' | 'pt' | 'ro' | 'el', string[]> = {
  da: ['Helt uenig', 'Uenig', 'Hverken enig eller uenig', 'Enig', 'Helt enig'],
  pt: ['Discordo totalmente', 'Discordo', 'Não concordo nem discordo', 'Concordo', 'Concordo totalmente'],
  ro: ['Dezacord total', 'Dezacord', 'Nici acord, nici dezacord', 'Acord', 'Acord total'],
  el: ['Διαφωνώ απόλυτα', 'Διαφωνώ', 'Ούτε συμφωνώ ούτε διαφωνώ', 'Συμφωνώ', 'Συμφωνώ απόλυτα'],
};

type OwnText = { anchors: string[]; items: Record<string, string> };

const ITEMS: Record<'m4p_integration' | 'm4p_confidence' | 'm4p_satisfaction', Record<'da' | 'pt' | 'ro' | 'el', Record<string, string>>> = {
  m4p_integration: {
    da: {
      int_1: 'Jeg føler, at jeg er en del af teamet i min afdeling eller enhed.',
      int_2: 'Jeg ved, hvem jeg kan spørge, når jeg er i tvivl om, hvordan tingene gøres her.',
      int_3: 'Kollegerne her behandler mig som en af dem.',
    },
    pt: {
      int_1: 'Sinto que faço parte da equipa da minha ala ou unidade.',
      int_2: 'Sei a quem perguntar quando não tenho a certeza de como as coisas se fazem aqui.',
      int_3: 'Os colegas aqui tratam-me como um deles.',
    },
    ro: {
      int_1: 'Simt că fac parte din echipa secției sau a unității mele.',
      int_2: 'Știu pe cine să întreb când nu sunt sigur cum se fac lucrurile aici.',
      int_3: 'Colegii de aici mă tratează ca pe unul de-al lor.',
    },
    el: {
      int_1: 'Νιώθω ότι είμαι μέρος της ομάδας στην πτέρυγα ή στο τμήμα μου.',
      int_2: 'Ξέρω ποιον να ρωτήσω όταν δεν είμαι σίγουρος/η πώς γίνονται τα πράγματα εδώ.',
      int_3: 'Οι συνάδελφοι εδώ μου φέρονται σαν να είμαι ένας από αυτούς.',
    },
  },
  m4p_confidence: {
    da: {
      conf_1: 'Jeg føler mig sikker, når jeg klarer de daglige opgaver i mit job.',
      conf_2: 'Jeg føler mig i stand til at håndtere en vanskelig situation på vagten.',
      conf_3: 'Jeg ved, hvad der forventes af mig i min rolle.',
    },
    pt: {
      conf_1: 'Sinto-me seguro/a a lidar com as tarefas diárias do meu trabalho.',
      conf_2: 'Sinto-me capaz de lidar com uma situação difícil durante o turno.',
      conf_3: 'Sei o que se espera de mim na minha função.',
    },
    ro: {
      conf_1: 'Mă simt încrezător când mă ocup de sarcinile zilnice ale postului meu.',
      conf_2: 'Mă simt capabil să fac față unei situații dificile în timpul turei.',
      conf_3: 'Știu ce se așteaptă de la mine în rolul meu.',
    },
    el: {
      conf_1: 'Νιώθω σιγουριά όταν χειρίζομαι τα καθημερινά καθήκοντα της δουλειάς μου.',
      conf_2: 'Νιώθω ικανός/ή να χειριστώ μια δύσκολη κατάσταση στη βάρδια.',
      conf_3: 'Ξέρω τι αναμένεται από εμένα στον ρόλο μου.',
    },
  },
  m4p_satisfaction: {
    da: {
      sat_1: 'Mentorforløbet har været min tid værd.',
      sat_2: 'Vi mødtes ofte nok til, at det gjorde en forskel.',
      sat_3: 'Jeg vil anbefale en kollega at deltage i mentorprogrammet.',
    },
    pt: {
      sat_1: 'A relação de mentoria valeu o tempo que lhe dediquei.',
      sat_2: 'Encontrámo-nos com frequência suficiente para fazer diferença.',
      sat_3: 'Recomendaria a um colega que participasse no programa de mentoria.',
    },
    ro: {
      sat_1: 'Relația de mentorat a meritat timpul investit.',
      sat_2: 'Ne-am întâlnit suficient de des încât să conteze.',
      sat_3: 'I-aș recomanda unui coleg să participe la programul de mentorat.',
    },
    el: {
      sat_1: 'Η σχέση μεντορικής καθοδήγησης άξιζε τον χρόνο μου.',
      sat_2: 'Συναντηθήκαμε αρκετά συχνά ώστε να κάνει διαφορά.',
      sat_3: 'Θα πρότεινα σε έναν συνάδελφο να συμμετάσχει στο πρόγραμμα μεντορικής καθοδήγησης.',
    },
  },
};

/** The own items' wording by instrument and locale (English from own-items.text.ts). */
export const OWN_ITEM_TEXTS: Partial<Record<InstrumentCode, Record<string, OwnText>>> = Object.fromEntries(
  Object.entries(OWN_ITEM_TEXT).map(([code, english]) => [
    code,
    {
      en: english,
      ...Object.fromEntries((['da', 'pt', 'ro', 'el'] as const).map((l) => [l, { anchors: AGREE5[l], items: ITEMS[code as keyof typeof ITEMS][l] }])),
    },
  ]),
);

/** The shipped wording of an own instrument in the locale, if it has one. */
export function ownItemText(code: InstrumentCode, locale: string): OwnText | undefined {
  return OWN_ITEM_TEXTS[code]?.[locale];
}

/**
 * The label of a response anchor where no wording is loaded (licensed instruments): the anchor's
 * meaning in the reader's language, never its key (`at_no_time`). Our own labels, not an
 * instrument's licensed wording.
 */
export const ANCHOR_LABELS: Record<string, Record<'en' | 'da' | 'pt' | 'ro' | 'el', string>> = {
  at_no_time: { en: 'At no time', da: 'På intet tidspunkt', pt: 'Em nenhum momento', ro: 'Niciodată', el: 'Καθόλου' },
  some_of_the_time: { en: 'Some of the time', da: 'Lidt af tiden', pt: 'Algumas vezes', ro: 'Uneori', el: 'Λίγες φορές' },
  less_than_half: { en: 'Less than half of the time', da: 'Mindre end halvdelen af tiden', pt: 'Menos de metade do tempo', ro: 'Mai puțin de jumătate din timp', el: 'Λιγότερο από τον μισό χρόνο' },
  more_than_half: { en: 'More than half of the time', da: 'Mere end halvdelen af tiden', pt: 'Mais de metade do tempo', ro: 'Mai mult de jumătate din timp', el: 'Περισσότερο από τον μισό χρόνο' },
  most_of_the_time: { en: 'Most of the time', da: 'Det meste af tiden', pt: 'A maior parte do tempo', ro: 'Majoritatea timpului', el: 'Τον περισσότερο χρόνο' },
  all_of_the_time: { en: 'All of the time', da: 'Hele tiden', pt: 'Todo o tempo', ro: 'Tot timpul', el: 'Όλη την ώρα' },
  not_at_all_true: { en: 'Not at all true', da: 'Slet ikke rigtigt', pt: 'Nada verdadeiro', ro: 'Deloc adevărat', el: 'Καθόλου αληθές' },
  hardly_true: { en: 'Hardly true', da: 'Næppe rigtigt', pt: 'Pouco verdadeiro', ro: 'Puțin adevărat', el: 'Ελάχιστα αληθές' },
  moderately_true: { en: 'Moderately true', da: 'Nogenlunde rigtigt', pt: 'Moderadamente verdadeiro', ro: 'Moderat adevărat', el: 'Μέτρια αληθές' },
  exactly_true: { en: 'Exactly true', da: 'Helt rigtigt', pt: 'Totalmente verdadeiro', ro: 'Întru totul adevărat', el: 'Απόλυτα αληθές' },
  never_or_almost_never: { en: 'Never or almost never', da: 'Aldrig eller næsten aldrig', pt: 'Nunca ou quase nunca', ro: 'Niciodată sau aproape niciodată', el: 'Ποτέ ή σχεδόν ποτέ' },
  seldom: { en: 'Seldom', da: 'Sjældent', pt: 'Raramente', ro: 'Rareori', el: 'Σπάνια' },
  sometimes: { en: 'Sometimes', da: 'Somme tider', pt: 'Às vezes', ro: 'Uneori', el: 'Μερικές φορές' },
  often: { en: 'Often', da: 'Ofte', pt: 'Muitas vezes', ro: 'Des', el: 'Συχνά' },
  always: { en: 'Always', da: 'Altid', pt: 'Sempre', ro: 'Întotdeauna', el: 'Πάντα' },
  never: { en: 'Never', da: 'Aldrig', pt: 'Nunca', ro: 'Niciodată', el: 'Ποτέ' },
  almost_never: { en: 'Almost never', da: 'Næsten aldrig', pt: 'Quase nunca', ro: 'Aproape niciodată', el: 'Σχεδόν ποτέ' },
  fairly_often: { en: 'Fairly often', da: 'Temmelig ofte', pt: 'Bastantes vezes', ro: 'Destul de des', el: 'Αρκετά συχνά' },
  very_often: { en: 'Very often', da: 'Meget ofte', pt: 'Muitíssimas vezes', ro: 'Foarte des', el: 'Πολύ συχνά' },
  strongly_disagree: { en: 'Strongly disagree', da: 'Helt uenig', pt: 'Discordo totalmente', ro: 'Dezacord total', el: 'Διαφωνώ απόλυτα' },
  disagree: { en: 'Disagree', da: 'Uenig', pt: 'Discordo', ro: 'Dezacord', el: 'Διαφωνώ' },
  neither: { en: 'Neither agree nor disagree', da: 'Hverken enig eller uenig', pt: 'Não concordo nem discordo', ro: 'Nici acord, nici dezacord', el: 'Ούτε συμφωνώ ούτε διαφωνώ' },
  agree: { en: 'Agree', da: 'Enig', pt: 'Concordo', ro: 'Acord', el: 'Συμφωνώ' },
  strongly_agree: { en: 'Strongly agree', da: 'Helt enig', pt: 'Concordo totalmente', ro: 'Acord total', el: 'Συμφωνώ απόλυτα' },
};

/** An anchor's label in the locale (English where the locale is not one of the five). */
export function anchorLabel(anchor: string, locale: string): string {
  const labels = ANCHOR_LABELS[anchor];
  return labels ? (labels[locale as keyof typeof labels] ?? labels.en) : anchor;
}
