import { localize, TRAINING_LOCALES, type CourseDto, type QuestionDto } from '@m4pris/training-contracts';
import { iso } from '../shared/access.js';
import type { Course } from './course.entity.js';
import { baseLocaleOf, questionKind, type QuestionContent } from './course-content.js';

/** A question as learners see it: the correct option is left out on purpose. */
export function toQuestionDto(q: QuestionContent, locale: string, base = 'en'): QuestionDto {
  return { id: q.id, kind: questionKind(q), text: localize(q.text, locale, base), options: q.options.map((o) => ({ id: o.id, text: localize(o.text, locale, base) })) };
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
    description: L(c.description),
    objectives: c.objectives.map(L),
    rules: { requiredUnits: true, ...c.rules },
    modules: c.modules.map((m) => ({
      id: m.id,
      cluster: m.cluster,
      title: L(m.title),
      description: L(m.description),
      objectives: m.objectives.map(L),
      topics: m.topics.map((t) => ({ title: L(t.title), objectives: t.objectives.map(L) })),
      units: m.units.map((u) => ({
        id: u.id,
        title: L(u.title),
        summary: L(u.summary),
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
