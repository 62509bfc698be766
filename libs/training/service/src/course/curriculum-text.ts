import type { DefaultCurriculumKey } from '@m4pris/training-contracts';

/**
 * Every human text of a default curriculum, in one language, in the curriculum's own order: one
 * translation file per language (`default-curricula.<locale>.ts`) mirrors the English structure so a
 * reviewer reads one language at a time beside the English in `default-curricula.ts`.
 * `default-curricula.spec.ts` fails when a language lacks a text, has an empty one or differs in
 * shape (number of objectives, topics, units, questions, options, satisfaction items).
 */
export interface QuestionText {
  text: string;
  options: string[];
}
export interface UnitText {
  title: string;
  summary: string;
  /** Present exactly when the English unit has a knowledge check. */
  questions?: QuestionText[];
}
export interface TopicText {
  title: string;
  objectives: string[];
}
export interface ModuleText {
  title: string;
  description: string;
  objectives: string[];
  topics: TopicText[];
  units: UnitText[];
}
export interface CurriculumText {
  title: string;
  description: string;
  objectives: string[];
  modules: ModuleText[];
  assessment: QuestionText[];
  satisfaction: string[];
}
export type CurriculumTranslation = Record<DefaultCurriculumKey, CurriculumText>;
