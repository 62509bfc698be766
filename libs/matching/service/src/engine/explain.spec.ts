import { CRITERIA, RULE_CODES, type Criterion, type CriterionScoreDto } from '@m4pris/matching-contracts';
import { CATALOGUES_BY_MODULE, LOCALES } from '@m4pris/platform-i18n';
import type { CriterionDetail, StoredCriterionScore } from './criteria.js';
import { criterionScore, duoReason, highlights, renderDetail, unmatchedExplanation } from './explain.js';

const OTHER_LANGUAGES = LOCALES.filter((l) => l !== 'en');
const english = CATALOGUES_BY_MODULE.matching.en;
const words = (s: string) => s.replace(/\{\{\w+\}\}|#|one:|other:|\|/g, ' ').split(/[\s(),.;:–]+/).filter((w) => w.length > 0);

/**
 * Whether `text` contains an English sentence of the matching catalogue: any run of three words of
 * an English `match.*` text (the way the e2e journey scans answers).
 */
function englishIn(text: string): string[] {
  const found: string[] = [];
  const lower = ` ${words(text).join(' ').toLowerCase()} `;
  for (const [key, value] of Object.entries(english)) {
    if (!key.startsWith('match.')) continue;
    const w = words(value).map((x) => x.toLowerCase());
    for (let i = 0; i + 3 <= w.length; i++) {
      const run = w.slice(i, i + 3).join(' ');
      if (lower.includes(` ${run} `)) found.push(`${key}: "${run}"`);
    }
  }
  return found;
}

function row(criterion: Criterion, value: number, points: number): CriterionScoreDto {
  return { criterion, weight: 1, value, points, detail: '' };
}

const breakdown = [row('shiftOverlap', 0.9, 30), row('sameUnit', 1, 20), row('sharedLanguage', 1, 10), row('functions', 0.2, 5)];

describe('match texts in the reader\'s language', () => {
  it('writes the duo\'s reason as a whole sentence in each language, naming the same criteria', () => {
    expect(highlights(breakdown)).toEqual(['shiftOverlap', 'sameUnit', 'sharedLanguage']);
    expect(duoReason(breakdown, 'en')).toBe('You were matched because you are often on shift at the same time, you work in the same unit and you share a language.');
    expect(duoReason(breakdown, 'da')).toBe('I er blevet sat sammen, fordi I ofte har vagt på samme tid, I arbejder i samme afdeling og I har et sprog til fælles.');
    expect(duoReason(breakdown, 'pt')).toBe('Foram emparelhados porque estão muitas vezes de turno ao mesmo tempo, trabalham na mesma unidade e têm uma língua em comum.');
    expect(duoReason(breakdown, 'ro')).toBe('Ați fost împerecheați deoarece sunteți adesea în tură în același timp, lucrați în aceeași secție și aveți o limbă în comun.');
    expect(duoReason(breakdown, 'el')).toBe('Σας αντιστοιχίσαμε επειδή είστε συχνά σε βάρδια την ίδια ώρα, εργάζεστε στο ίδιο τμήμα και έχετε μια κοινή γλώσσα.');
    for (const locale of LOCALES) {
      const reason = duoReason(breakdown, locale);
      for (const c of ['shiftOverlap', 'sameUnit', 'sharedLanguage']) expect(reason).toContain(CATALOGUES_BY_MODULE.matching[locale][`match.why.${c}`]);
      expect(reason).not.toContain(CATALOGUES_BY_MODULE.matching[locale]['match.why.functions']);
    }
  });

  it('has a reason for every criterion alone and for none, with no English in the other languages', () => {
    for (const locale of OTHER_LANGUAGES) {
      const texts = [duoReason([], locale), ...CRITERIA.map((c) => duoReason([row(c, 1, 10)], locale))];
      for (const t of texts) {
        expect({ locale, t, english: englishIn(t) }).toEqual({ locale, t, english: [] });
        expect(t).not.toMatch(/\{\{|match\./);
      }
      expect(new Set(texts).size).toBe(texts.length);
    }
    // The scan finds the English (it is not vacuous).
    expect(englishIn(duoReason([row('sameUnit', 1, 10)], 'en')).length).toBeGreaterThan(0);
  });

  it('explains an unmatched person with the counts in each language\'s plural', () => {
    const reasons = [
      { rule: 'line_manager_chain' as const, count: 1 },
      { rule: 'mentor_capacity' as const, count: 3 },
      { rule: 'institution_scope' as const, count: 20 },
      { rule: 'mentor_training' as const, count: 0 },
    ];
    expect(unmatchedExplanation('mentee', reasons, 'en')).toBe(
      'No mentor proposed: in the line-management chain (1 mentor); no place left (mentor capacity reached) (3 mentors); outside the institution scope of the programme (20 mentors); mentor training not completed.',
    );
    expect(unmatchedExplanation('mentee', reasons, 'ro')).toBe(
      'Niciun mentor propus: în lanțul ierarhic (1 mentor); niciun loc liber (capacitatea mentorului a fost atinsă) (3 mentori); în afara instituțiilor acoperite de program (20 de mentori); formarea de mentor nu a fost finalizată.',
    );
    expect(unmatchedExplanation('mentor', [{ rule: 'not_needed', count: 0 }], 'da')).toBe('Ingen mentee foreslået: ikke nødvendig i denne kørsel (flere pladser end mentees, der passer).');
    expect(unmatchedExplanation('mentor', [{ rule: 'declared_conflict', count: 2 }, { rule: 'not_a_fit', count: 1 }], 'el')).toBe(
      'Δεν προτάθηκε καθοδηγούμενος: δηλωμένη σύγκρουση συμφερόντων (2 καθοδηγούμενοι)· ένα προηγούμενο ζεύγος έληξε λόγω ασυμβατότητας (1 καθοδηγούμενος).',
    );
    expect(unmatchedExplanation('mentee', [{ rule: 'capacity_taken', count: 2 }], 'pt')).toBe('Nenhum mentor proposto: todos os mentores adequados foram necessários para outros mentorandos (2 mentores).');
    for (const locale of OTHER_LANGUAGES) {
      for (const role of ['mentor', 'mentee'] as const) {
        const t = unmatchedExplanation(role, RULE_CODES.map((rule, i) => ({ rule, count: i % 3 })), locale);
        expect({ locale, english: englishIn(t) }).toEqual({ locale, english: [] });
        expect(t).not.toMatch(/\{\{|match\.|#/);
      }
    }
  });

  const details: CriterionDetail[] = [
    { key: 'shiftUnknown' },
    { key: 'shiftTogether', params: { hours: 120, days: 28, share: 64 } },
    { key: 'sameUnit' },
    { key: 'differentUnits' },
    { key: 'experienceMore', n: 1, params: { min: 24, max: 180 } },
    { key: 'experienceMore', n: 40, params: { min: 24, max: 180 } },
    { key: 'experienceLess', n: 3, params: { min: 24, max: 180 } },
    { key: 'sharedLanguages', params: { languages: 'da,en' } },
    { key: 'noSharedLanguage' },
    { key: 'noNeeds' },
    { key: 'needsMet', n: 2, params: { met: 1 } },
    { key: 'destinationNotApplicable' },
    { key: 'destinationKnown', params: { kind: 'youth' } },
    { key: 'destinationUnknown', params: { kind: 'remand' } },
    { key: 'noPreferences' },
    { key: 'preferencesMet', n: 1, params: { met: 1 } },
  ];

  it('writes every criterion detail in each language, numbers, kinds and languages included', () => {
    expect(renderDetail('en', details[1])).toBe("120 h together over 28 days (64 % of the mentee's shifts)");
    expect(renderDetail('en', details[4])).toBe('1 month more experience (useful: 24–180)');
    expect(renderDetail('en', details[5])).toBe('40 months more experience (useful: 24–180)');
    expect(renderDetail('en', details[7])).toBe('shared: Danish and English');
    expect(renderDetail('da', details[7])).toBe('fælles: dansk og engelsk');
    expect(renderDetail('ro', details[5])).toBe('40 de luni în plus de experiență (util: 24–180)');
    expect(renderDetail('pt', details[12])).toBe('o mentor conhece este tipo de estabelecimento (estabelecimento para jovens)');
    expect(renderDetail('el', details[10])).toBe('1 από 2 ανάγκες καλύπτονται από τα δυνατά σημεία του μέντορα');
    for (const locale of OTHER_LANGUAGES) {
      for (const d of details) {
        const t = renderDetail(locale, d);
        expect({ locale, d: d.key, english: englishIn(t) }).toEqual({ locale, d: d.key, english: [] });
        expect(t).not.toMatch(/\{\{|match\.|#|\|/);
      }
    }
  });

  it('renders a stored breakdown row in the reader\'s language; a row stored before keeps its English detail', () => {
    const stored: StoredCriterionScore = { criterion: 'sameUnit', weight: 2, value: 1, points: 10, detail: 'same unit', detailKey: 'sameUnit' };
    expect(criterionScore(stored, 'pt')).toEqual({ criterion: 'sameUnit', weight: 2, value: 1, points: 10, detail: 'mesma unidade' });
    const old: StoredCriterionScore = { criterion: 'functions', weight: 2, value: 0.5, points: 5, detail: "1 of 2 needs in the mentor's strengths" };
    expect(criterionScore(old, 'da')).toEqual(old);
  });
});
