import { EmptyRequest } from './validation.js';
import { defineRequest, type RequestDef } from './messages.js';
import type { NamedRefDto } from './people.js';

/**
 * "What do I do next": each module that gives a person work answers `<module>.v1.tasks.mine` with
 * the caller's open tasks; the gateway gathers them into `me.tasks` (one request per module).
 */
export const TASK_KINDS = [
  /** A side of a duo has not acknowledged the saved agreement. */
  'agreement_to_acknowledge',
  /** The fit check is open for the caller (after the first meeting), due on `dueOn`. */
  'fit_check',
  /** No meeting logged within the duo's cadence; `dueOn` is when the next one was due. */
  'meeting_overdue',
  /** The duo is near (or past) its planned end and the caller's closing reflection is missing. */
  'closure_reflection',
  /** A survey invitation is open (or started and not finished), due on `dueOn`. */
  'survey',
  /** A course the caller is enrolled on and has not completed. */
  'training_unit',
  /** A training session the caller holds a seat in, still ahead (`dueOn` its day). */
  'training_session',
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export interface TaskDto {
  kind: TaskKind;
  /** YYYY-MM-DD, or null when the task has no date. */
  dueOn: string | null;
  /** The path in the project's web app where the task is done (e.g. `/duo?relationship=<id>`). */
  link: string;
  /** What the task is about, named for the caller (the partner in a duo, a course, a programme). */
  subject: NamedRefDto | null;
}

/** The modules that serve `tasks.mine`, asked in parallel; one that is not deployed has none. */
export const TASK_MODULES = ['programmes', 'training', 'evaluation'] as const;
export type TaskModule = (typeof TASK_MODULES)[number];

export class MyTasksRequest extends EmptyRequest {}

export function myTasksRequest(module: TaskModule): RequestDef<MyTasksRequest, TaskDto[]> {
  return defineRequest<MyTasksRequest, TaskDto[]>(`${module}.v1.tasks.mine`, MyTasksRequest);
}

/** Soonest first, undated last, then by kind (a stable order for a list a person works down). */
export function byDue(a: TaskDto, b: TaskDto): number {
  if (a.dueOn !== b.dueOn) return a.dueOn === null ? 1 : b.dueOn === null ? -1 : a.dueOn < b.dueOn ? -1 : 1;
  return TASK_KINDS.indexOf(a.kind) - TASK_KINDS.indexOf(b.kind);
}
