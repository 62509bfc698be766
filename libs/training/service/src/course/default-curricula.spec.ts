import { localize, TRAINING_LOCALES } from '@m4pris/training-contracts';
import type { CourseContent } from './course-content.js';
import type { CurriculumText } from './curriculum-text.js';
import { CURRICULUM_TRANSLATIONS, curriculumText, DEFAULT_CURRICULA, instantiate } from './default-curricula.js';

const TRANSLATED = TRAINING_LOCALES.filter((l) => l !== 'en');

/** The structure of a curriculum's texts with every string replaced by a marker. */
function shape(value: unknown): unknown {
  if (typeof value === 'string') return 'text';
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
  return value;
}

/** Every string of a curriculum's texts with its path (`modules.2.units.0.questions.1.options.2`). */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}.${i}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

/** Every localized text of a stored course (an object with an `en` key). */
function localizedTexts(value: unknown, path = ''): [string, Record<string, unknown>][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, `${path}.${i}`));
  if (value && typeof value === 'object') {
    if ('en' in value) return [[path, value]];
    return Object.entries(value).flatMap(([k, v]) => localizedTexts(v, path ? `${path}.${k}` : k));
  }
  return [];
}

describe('default curricula in five languages', () => {
  it('ships a translation for every language the platform speaks', () => {
    expect(Object.keys(CURRICULUM_TRANSLATIONS).sort()).toEqual([...TRANSLATED].sort());
  });

  describe.each(DEFAULT_CURRICULA.map((c) => [c.key, c] as const))('%s', (_key, c) => {
    const english = curriculumText(c);

    it.each(TRANSLATED)('has the English structure in %s (same objectives, topics, units, questions, options, satisfaction items)', (locale) => {
      const t: CurriculumText = CURRICULUM_TRANSLATIONS[locale][c.key];
      expect(t).toBeDefined();
      expect(shape(t)).toEqual(shape(english));
    });

    it.each(TRANSLATED)('has no empty text in %s and no sentence left in English', (locale) => {
      const t = CURRICULUM_TRANSLATIONS[locale][c.key];
      const en = new Map(strings(english));
      const empty = strings(t).filter(([, s]) => s.trim() === '').map(([p]) => p);
      expect(empty).toEqual([]);
      // A text of three words or more identical to the English was not translated.
      const copied = strings(t)
        .filter(([p, s]) => s === en.get(p) && s.split(/\s+/).length >= 3)
        .map(([p]) => p);
      expect(copied).toEqual([]);
    });
  });

  it('the English texts are all present and non-empty', () => {
    for (const c of DEFAULT_CURRICULA) expect(strings(curriculumText(c)).filter(([, s]) => s.trim() === '')).toEqual([]);
  });
});

describe('adopting a default curriculum', () => {
  const mentor = DEFAULT_CURRICULA.find((c) => c.key === 'mentor-core')!;
  let content: CourseContent;
  beforeAll(() => {
    content = instantiate(mentor);
  });

  it('stores every text in all five languages', () => {
    const texts = localizedTexts(content);
    expect(texts.length).toBeGreaterThan(100);
    const missing = texts.flatMap(([path, t]) => TRAINING_LOCALES.filter((l) => typeof t[l] !== 'string' || !(t[l]).trim()).map((l) => `${path}: ${l}`));
    expect(missing).toEqual([]);
  });

  it('keeps each translation at its place: the right answer is the same option in every language', () => {
    const q = content.modules[0].units[0].check!.questions[0];
    const right = q.options.find((o) => o.id === q.correctOptionId)!;
    expect(right.text).toEqual({
      en: 'Psychosocial support and job familiarisation',
      da: 'Psykosocial støtte og oplæring i jobbet',
      pt: 'Apoio psicossocial e familiarização com a função',
      ro: 'Sprijin psihosocial și familiarizare cu postul',
      el: 'Ψυχοκοινωνική υποστήριξη και εξοικείωση με την εργασία',
    });
    expect(localize(content.title, 'el')).toBe('Εκπαίδευση μεντόρων συναδέλφων');
    expect(localize(content.satisfaction[3].text, 'ro')).toBe('Aș recomanda acest curs unui coleg.');
    expect(localize(content.assessment[3].options[0].text, 'da')).toBe('Mentor og mentee i fællesskab');
  });

  it('gives each adoption fresh identifiers', () => {
    const again = instantiate(mentor);
    expect(again.modules[0].id).not.toBe(content.modules[0].id);
    expect(again.satisfaction[0].id).not.toBe(content.satisfaction[0].id);
  });
});
