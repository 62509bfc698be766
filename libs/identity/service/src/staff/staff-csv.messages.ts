import { interpolate, SUPPORTED_LOCALES } from '@m4pris/platform-core';
import { translateReason } from '@m4pris/platform-i18n';

/**
 * The staff import's row messages in every supported language. A row problem is reported as
 * `{ line, field, message }` in the caller's language (the file's own column names stay as they are).
 */
export const CSV_MESSAGES = {
  unreadable: {
    en: 'The file could not be read as CSV: {{reason}}',
    da: 'Filen kunne ikke læses som CSV: {{reason}}',
    pt: 'Não foi possível ler o ficheiro como CSV: {{reason}}',
    ro: 'Fișierul nu a putut fi citit ca CSV: {{reason}}',
    el: 'Το αρχείο δεν μπόρεσε να διαβαστεί ως CSV: {{reason}}',
  },
  /** The parser's own reason was not recognised (no `reasons.csvParse*` pattern): said without it, from its line. */
  unreadableAt: {
    en: 'The file could not be read as CSV from line {{line}} on.',
    da: 'Filen kunne ikke læses som CSV fra linje {{line}}.',
    pt: 'Não foi possível ler o ficheiro como CSV a partir da linha {{line}}.',
    ro: 'Fișierul nu a putut fi citit ca CSV începând cu rândul {{line}}.',
    el: 'Το αρχείο δεν μπόρεσε να διαβαστεί ως CSV από τη γραμμή {{line}} και μετά.',
  },
  empty: {
    en: 'The file is empty; it needs a header row.',
    da: 'Filen er tom; den skal have en overskriftsrække.',
    pt: 'O ficheiro está vazio; precisa de uma linha de cabeçalho.',
    ro: 'Fișierul este gol; are nevoie de un rând de antet.',
    el: 'Το αρχείο είναι κενό· χρειάζεται μια γραμμή επικεφαλίδων.',
  },
  unknownColumn: {
    en: 'Unknown column "{{column}}".',
    da: 'Ukendt kolonne "{{column}}".',
    pt: 'Coluna desconhecida "{{column}}".',
    ro: 'Coloană necunoscută „{{column}}”.',
    el: 'Άγνωστη στήλη «{{column}}».',
  },
  duplicateColumn: {
    en: 'Column "{{column}}" appears twice.',
    da: 'Kolonnen "{{column}}" står der to gange.',
    pt: 'A coluna "{{column}}" aparece duas vezes.',
    ro: 'Coloana „{{column}}” apare de două ori.',
    el: 'Η στήλη «{{column}}» εμφανίζεται δύο φορές.',
  },
  missingColumn: {
    en: 'Missing column "{{column}}".',
    da: 'Kolonnen "{{column}}" mangler.',
    pt: 'Falta a coluna "{{column}}".',
    ro: 'Lipsește coloana „{{column}}”.',
    el: 'Λείπει η στήλη «{{column}}».',
  },
  wrongColumnCount: {
    en: 'Wrong number of columns: {{found}} instead of {{expected}}.',
    da: 'Forkert antal kolonner: {{found}} i stedet for {{expected}}.',
    pt: 'Número de colunas errado: {{found}} em vez de {{expected}}.',
    ro: 'Număr greșit de coloane: {{found}} în loc de {{expected}}.',
    el: 'Λάθος αριθμός στηλών: {{found}} αντί για {{expected}}.',
  },
  required: {
    en: '{{column}} is required.',
    da: '{{column}} skal udfyldes.',
    pt: '{{column}} é obrigatório.',
    ro: '{{column}} este obligatoriu.',
    el: 'Το {{column}} είναι υποχρεωτικό.',
  },
  emailInvalid: {
    en: '{{column}} must be a valid e-mail address.',
    da: '{{column}} skal være en gyldig e-mailadresse.',
    pt: '{{column}} tem de ser um endereço de e-mail válido.',
    ro: '{{column}} trebuie să fie o adresă de e-mail validă.',
    el: 'Το {{column}} πρέπει να είναι έγκυρη διεύθυνση e-mail.',
  },
  emailDuplicate: {
    en: 'Duplicate e-mail; also on line {{other}}.',
    da: 'E-mailadressen står to gange; også på linje {{other}}.',
    pt: 'E-mail repetido; também na linha {{other}}.',
    ro: 'E-mail duplicat; apare și pe linia {{other}}.',
    el: 'Διπλό e-mail· υπάρχει και στη γραμμή {{other}}.',
  },
  emailTaken: {
    en: 'A staff member with this e-mail already exists.',
    da: 'Der findes allerede en medarbejder med denne e-mailadresse.',
    pt: 'Já existe um membro do pessoal com este e-mail.',
    ro: 'Există deja un membru al personalului cu acest e-mail.',
    el: 'Υπάρχει ήδη μέλος του προσωπικού με αυτό το e-mail.',
  },
  tooLong: {
    en: '{{column}} is longer than {{max}} characters.',
    da: '{{column}} er længere end {{max}} tegn.',
    pt: '{{column}} tem mais de {{max}} caracteres.',
    ro: '{{column}} are mai mult de {{max}} caractere.',
    el: 'Το {{column}} είναι μεγαλύτερο από {{max}} χαρακτήρες.',
  },
  boolean: {
    en: '{{column}} must be true or false (also yes/no, y/n, 1/0).',
    da: '{{column}} skal være true eller false (også yes/no, y/n, 1/0).',
    pt: '{{column}} tem de ser true ou false (também yes/no, y/n, 1/0).',
    ro: '{{column}} trebuie să fie true sau false (și yes/no, y/n, 1/0).',
    el: 'Το {{column}} πρέπει να είναι true ή false (επίσης yes/no, y/n, 1/0).',
  },
  date: {
    en: '{{column}} must be a date as YYYY-MM-DD.',
    da: '{{column}} skal være en dato som ÅÅÅÅ-MM-DD.',
    pt: '{{column}} tem de ser uma data no formato AAAA-MM-DD.',
    ro: '{{column}} trebuie să fie o dată în formatul AAAA-LL-ZZ.',
    el: 'Το {{column}} πρέπει να είναι ημερομηνία της μορφής ΕΕΕΕ-ΜΜ-ΗΗ.',
  },
  oneOf: {
    en: '{{column}} must be one of {{values}}.',
    da: '{{column}} skal være en af {{values}}.',
    pt: '{{column}} tem de ser um de {{values}}.',
    ro: '{{column}} trebuie să fie una dintre {{values}}.',
    el: 'Το {{column}} πρέπει να είναι ένα από {{values}}.',
  },
  unknownInstitution: {
    en: 'Unknown institution "{{name}}".',
    da: 'Ukendt institution "{{name}}".',
    pt: 'Estabelecimento desconhecido "{{name}}".',
    ro: 'Instituție necunoscută „{{name}}”.',
    el: 'Άγνωστο ίδρυμα «{{name}}».',
  },
  unknownUnit: {
    en: 'Unknown unit "{{name}}" in {{institution}}.',
    da: 'Ukendt afdeling "{{name}}" i {{institution}}.',
    pt: 'Unidade desconhecida "{{name}}" em {{institution}}.',
    ro: 'Unitate necunoscută „{{name}}” în {{institution}}.',
    el: 'Άγνωστη μονάδα «{{name}}» στο {{institution}}.',
  },
  unknownShiftPattern: {
    en: 'Unknown shift pattern "{{name}}".',
    da: 'Ukendt vagtplan "{{name}}".',
    pt: 'Padrão de turnos desconhecido "{{name}}".',
    ro: 'Model de ture necunoscut „{{name}}”.',
    el: 'Άγνωστο πρόγραμμα βαρδιών «{{name}}».',
  },
  shiftOffset: {
    en: '{{column}} must be a whole number from 0 to 365.',
    da: '{{column}} skal være et helt tal fra 0 til 365.',
    pt: '{{column}} tem de ser um número inteiro de 0 a 365.',
    ro: '{{column}} trebuie să fie un număr întreg de la 0 la 365.',
    el: 'Το {{column}} πρέπει να είναι ακέραιος από 0 έως 365.',
  },
  languageCodes: {
    en: '{{column}} must be ISO 639 codes separated by ";", such as da;en.',
    da: '{{column}} skal være ISO 639-koder adskilt af ";", fx da;en.',
    pt: '{{column}} têm de ser códigos ISO 639 separados por ";", como pt;en.',
    ro: '{{column}} trebuie să fie coduri ISO 639 separate prin ";", de exemplu ro;en.',
    el: 'Το {{column}} πρέπει να είναι κωδικοί ISO 639 χωρισμένοι με ";", π.χ. el;en.',
  },
  tooManyLanguages: {
    en: 'At most {{max}} languages.',
    da: 'Højst {{max}} sprog.',
    pt: 'No máximo {{max}} línguas.',
    ro: 'Cel mult {{max}} limbi.',
    el: 'Το πολύ {{max}} γλώσσες.',
  },
  ownLineManager: {
    en: 'A staff member cannot be their own line manager.',
    da: 'En medarbejder kan ikke være sin egen leder.',
    pt: 'Um membro do pessoal não pode ser o seu próprio superior hierárquico.',
    ro: 'Un membru al personalului nu poate fi propriul său superior direct.',
    el: 'Ένα μέλος του προσωπικού δεν μπορεί να είναι ο ίδιος προϊστάμενός του.',
  },
  unknownLineManager: {
    en: 'No staff member with e-mail {{email}} in the file or registered.',
    da: 'Ingen medarbejder med e-mailadressen {{email}} i filen eller registreret.',
    pt: 'Nenhum membro do pessoal com o e-mail {{email}} no ficheiro ou registado.',
    ro: 'Niciun membru al personalului cu e-mailul {{email}} în fișier sau înregistrat.',
    el: 'Κανένα μέλος του προσωπικού με e-mail {{email}} στο αρχείο ή καταχωρισμένο.',
  },
  lineManagerLoop: {
    en: 'Line managers in the file form a loop.',
    da: 'Lederne i filen danner en ring.',
    pt: 'Os superiores hierárquicos no ficheiro formam um ciclo.',
    ro: 'Superiorii direcți din fișier formează o buclă.',
    el: 'Οι προϊστάμενοι στο αρχείο σχηματίζουν κύκλο.',
  },
  /** StartStaffImport: a chunk could not be written after the file was validated (e.g. a concurrent import took an e-mail). */
  chunkFailed: {
    en: 'Rows from line {{line}} on could not be written; the rows before it were imported.',
    da: 'Rækkerne fra linje {{line}} og frem kunne ikke gemmes; rækkerne før den blev importeret.',
    pt: 'Não foi possível gravar as linhas a partir da linha {{line}}; as linhas anteriores foram importadas.',
    ro: 'Rândurile începând cu rândul {{line}} nu au putut fi salvate; rândurile dinaintea lui au fost importate.',
    el: 'Οι γραμμές από τη γραμμή {{line}} και μετά δεν μπόρεσαν να αποθηκευτούν· οι προηγούμενες γραμμές εισήχθησαν.',
  },
  /** StaffImportJob: the import stopped without finishing (the service was stopped or crashed while it ran). */
  interrupted: {
    en: 'The import stopped after {{done}} of {{total}} rows and did not finish; those {{done}} rows were imported. Import the remaining rows again.',
    da: 'Importen stoppede efter {{done}} af {{total}} rækker og blev ikke færdig; de {{done}} rækker blev importeret. Importér de resterende rækker igen.',
    pt: 'A importação parou após {{done}} de {{total}} linhas e não terminou; essas {{done}} linhas foram importadas. Importe novamente as linhas restantes.',
    ro: 'Importul s-a oprit după {{done}} din {{total}} rânduri și nu s-a încheiat; acele {{done}} rânduri au fost importate. Importați din nou rândurile rămase.',
    el: 'Η εισαγωγή σταμάτησε μετά από {{done}} από {{total}} γραμμές και δεν ολοκληρώθηκε· αυτές οι {{done}} γραμμές εισήχθησαν. Εισαγάγετε ξανά τις υπόλοιπες γραμμές.',
  },
} as const satisfies Record<string, Record<(typeof SUPPORTED_LOCALES)[number], string>>;

export type CsvMessage = keyof typeof CSV_MESSAGES;

/** A row problem before it is put in the caller's language. */
export interface CsvProblem {
  line: number;
  field: string;
  key: CsvMessage;
  params?: Record<string, string | number>;
}

/**
 * The problem as reported: its message in `locale` (English for a locale without the text). A file
 * the parser could not read carries the parser's own (English) reason: it is written in `locale`
 * through the identity catalogue's `reasons.csvParse*` patterns, and where none matches, the message
 * names the line without it rather than answer English.
 */
export function describeProblem(p: CsvProblem, locale: string): { line: number; field: string; message: string } {
  let key = p.key;
  let params = p.params;
  if (key === 'unreadable' && typeof params?.reason === 'string' && locale !== 'en') {
    const reason = translateReason(locale, params.reason);
    if (reason === params.reason) {
      key = 'unreadableAt';
      params = { line: p.line };
    } else params = { ...params, reason };
  }
  const texts = CSV_MESSAGES[key] as Record<string, string>;
  return { line: p.line, field: p.field, message: interpolate(texts[locale] ?? texts.en!, params) };
}
