import type { CompetencyCluster, LocalizedText, QuestionKind } from '@m4pris/training-contracts';

/**
 * The stored shape of a course (one JSON document per version). Unlike the DTOs it holds the
 * correct answer of each question: it never leaves the service.
 */
export interface OptionContent {
  id: string;
  text: LocalizedText;
}
export interface QuestionContent {
  id: string;
  text: LocalizedText;
  options: OptionContent[];
  /** The first right option (the only one of a single-choice question). */
  correctOptionId: string;
  /** Single choice when absent (the shipped curricula). */
  kind?: QuestionKind;
  /** Every right option of a multiple-choice question (absent: just `correctOptionId`). */
  correctOptionIds?: string[];
}
export interface CheckContent {
  /** Percent of questions answered right to pass. */
  passMark: number;
  questions: QuestionContent[];
}
export interface UnitContent {
  id: string;
  title: LocalizedText;
  summary: LocalizedText;
  minutes: number;
  required: boolean;
  check: CheckContent | null;
}
export interface TopicContent {
  title: LocalizedText;
  objectives: LocalizedText[];
}
export interface ModuleContent {
  id: string;
  cluster: CompetencyCluster;
  title: LocalizedText;
  description: LocalizedText;
  objectives: LocalizedText[];
  topics: TopicContent[];
  units: UnitContent[];
}
export interface RulesContent {
  minSessionsAttended: number;
  attendanceThreshold: number;
  checksPassed: boolean;
}
export interface SatisfactionContent {
  id: string;
  text: LocalizedText;
}
export interface CourseContent {
  /** The language every text exists in and falls back to: English when absent (the shipped curricula). */
  baseLocale?: string;
  title: LocalizedText;
  description: LocalizedText;
  objectives: LocalizedText[];
  rules: RulesContent;
  modules: ModuleContent[];
  assessment: QuestionContent[];
  satisfaction: SatisfactionContent[];
}

export function allUnits(content: CourseContent): UnitContent[] {
  return content.modules.flatMap((m) => m.units);
}

export function findUnit(content: CourseContent, unitId: string): UnitContent | undefined {
  return allUnits(content).find((u) => u.id === unitId);
}

export function baseLocaleOf(content: CourseContent): string {
  return content.baseLocale ?? 'en';
}

export function questionKind(q: QuestionContent): QuestionKind {
  return q.kind ?? 'single';
}

/** The right options of a question: several for a multiple-choice one, otherwise the one. */
export function rightOptions(q: QuestionContent): string[] {
  return q.correctOptionIds && q.correctOptionIds.length > 0 ? q.correctOptionIds : [q.correctOptionId];
}
