import type { CompetencyCluster, LocalizedText } from '@m4pris/training-contracts';

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
  correctOptionId: string;
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
