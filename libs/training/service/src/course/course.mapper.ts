import { localize, TRAINING_LOCALES, type CourseDto, type LocalizedText, type QuestionDto, type TextTranslationDto } from '@m4pris/training-contracts';
import { iso } from '../shared/access.js';
import type { Course } from './course.entity.js';
import { baseLocaleOf, questionKind, type QuestionContent } from './course-content.js';

/**
 * Every language a text is written in, exactly as stored (the base language first, then the
 * platform's order): a language absent here has no translation, even where the text reads the
 * same as the base text.
 */
export function translationsOf(text: LocalizedText, base = 'en'): TextTranslationDto[] {
  const t = text as Record<string, string | undefined>;
  return [base, ...TRAINING_LOCALES.filter((l) => l !== base)].flatMap((locale) => {
    const written = t[locale];
    return written && written.length > 0 ? [{ locale, text: written }] : [];
  });
}

/** A question as learners see it: the correct option is left out on purpose. */
export function toQuestionDto(q: QuestionContent, locale: string, base = 'en'): QuestionDto {
  return {
    id: q.id,
    kind: questionKind(q),
    text: localize(q.text, locale, base),
    textTranslations: translationsOf(q.text, base),
    options: q.options.map((o) => ({ id: o.id, text: localize(o.text, locale, base) })),
    optionTranslations: q.options.flatMap((o) => translationsOf(o.text, base).map((t) => ({ optionId: o.id, ...t }))),
  };
}

export function courseLocale(locale: string): string {
  return (TRAINING_LOCALES as readonly string[]).includes(locale) ? locale : 'en';
}

export function toCourseDto(course: Course, requestedLocale: string): CourseDto {
  const c = course.content;
  const locale = courseLocale(requestedLocale);
  const base = baseLocaleOf(c);
  const L = (t: Parameters<typeof localize>[0]) => localize(t, locale, base);
  return {
    id: course.id,
    tenantId: course.tenantId,
    key: course.key ?? null,
    code: course.code ?? null,
    baseLocale: base,
    audience: course.audience,
    version: course.version,
    locale: (c.title as Record<string, string | undefined>)[locale] ? locale : base,
    translatedLocales: TRAINING_LOCALES.filter((l) => !!(c.title as Record<string, string | undefined>)[l]),
    title: L(c.title),
    titleTranslations: translationsOf(c.title, base),
    description: L(c.description),
    descriptionTranslations: translationsOf(c.description, base),
    objectives: c.objectives.map(L),
    rules: { requiredUnits: true, ...c.rules },
    modules: c.modules.map((m) => ({
      id: m.id,
      cluster: m.cluster,
      title: L(m.title),
      titleTranslations: translationsOf(m.title, base),
      description: L(m.description),
      descriptionTranslations: translationsOf(m.description, base),
      objectives: m.objectives.map(L),
      topics: m.topics.map((t) => ({ title: L(t.title), objectives: t.objectives.map(L) })),
      units: m.units.map((u) => ({
        id: u.id,
        title: L(u.title),
        titleTranslations: translationsOf(u.title, base),
        summary: L(u.summary),
        summaryTranslations: translationsOf(u.summary, base),
        minutes: u.minutes,
        required: u.required,
        knowledgeCheck: u.check ? { passMark: u.check.passMark, questions: u.check.questions.map((q) => toQuestionDto(q, locale, base)) } : null,
      })),
    })),
    assessment: c.assessment.map((q) => toQuestionDto(q, locale, base)),
    satisfaction: c.satisfaction.map((s) => ({ id: s.id, text: L(s.text) })),
    createdAt: iso(course.createdAt),
    updatedAt: iso(course.updatedAt),
  };
}
