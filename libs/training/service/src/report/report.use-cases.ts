import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { coordinatorInstitutions, notFound, releasedByClosedDays, type RequestContext } from '@m4pris/platform-core';
import {
  localize,
  MIN_CELL_SIZE,
  type CourseFeedbackReportDto,
  type CourseFeedbackReportRequest,
  type MentorsTrainedDto,
  type MentorsTrainedRequest,
  type ScoreAggregateDto,
  type TrainingReportDto,
  type TrainingReportRequest,
  type TrainingReportRowDto,
  GetTrainingReport,
  GetCourseFeedbackReport,
  GetMentorsTrained,
} from '@m4pris/training-contracts';
import { CourseSchema } from '../course/course.entity.js';
import { FeedbackResponseSchema, type FeedbackResponse } from '../enrolment/enrolment.entity.js';
import { CohortParticipantSchema, CohortPolicySchema } from '../projection/projection.entity.js';
import { MANAGERS, memberScope, percent, requireManager, tenantFor, tenantWhere, today } from '../shared/access.js';
import { Handles } from '@m4pris/platform-messaging';

interface Cell {
  course_id: string;
  group_id: string | null;
  enrolled: string;
  completed: string;
  withdrawn: string;
  registered: string;
  attended: string;
}

function row(c: Cell): TrainingReportRowDto {
  const enrolled = Number(c.enrolled);
  const completed = Number(c.completed);
  const registered = Number(c.registered);
  const attended = Number(c.attended);
  return {
    courseId: c.course_id,
    groupId: c.group_id,
    enrolled,
    completed,
    withdrawn: Number(c.withdrawn),
    completionRate: percent(completed, enrolled),
    registered,
    attended,
    attendanceRate: percent(attended, registered),
    suppressed: false,
  };
}

const SUPPRESSED = { enrolled: null, completed: null, withdrawn: null, completionRate: null, registered: null, attended: null, attendanceRate: null, suppressed: true };

/**
 * Cells of fewer than MIN_CELL_SIZE learners are suppressed; when a course has exactly one such cell
 * among others, the next smallest is suppressed too, so it cannot be recovered from the course total.
 */
export function suppress(rows: TrainingReportRowDto[], grouped: boolean): TrainingReportRowDto[] {
  const out = rows.map((r) => ((r.enrolled ?? 0) < MIN_CELL_SIZE ? { ...r, ...SUPPRESSED } : r));
  if (!grouped) return out;
  for (const courseId of new Set(out.map((r) => r.courseId))) {
    const cells = out.filter((r) => r.courseId === courseId);
    if (cells.filter((r) => r.suppressed).length === 1 && cells.length > 1) {
      const next = rows.filter((r) => r.courseId === courseId && (r.enrolled ?? 0) >= MIN_CELL_SIZE).sort((a, b) => (a.enrolled ?? 0) - (b.enrolled ?? 0))[0];
      if (next) Object.assign(out.find((r) => r.courseId === courseId && r.groupId === next.groupId)!, SUPPRESSED);
    }
  }
  return out;
}

@Injectable()
export class TrainingReportUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(GetTrainingReport)
  async execute(input: TrainingReportRequest, ctx: RequestContext): Promise<TrainingReportDto> {
    const tenantId = tenantFor(ctx, input.tenantId, MANAGERS);
    const s = `"${this.em.config.get('schema')}"`;
    const group = input.groupBy === 'cohort' ? 'e.cohort_id' : input.groupBy === 'institution' ? 'sp.institution_id' : 'null::uuid';
    const params: unknown[] = [tenantId];
    if (input.courseId) params.push(input.courseId);
    const cells = await this.em.getConnection().execute<Cell[]>(
      `select e.course_id, ${group} as group_id,
              count(*) enrolled,
              count(*) filter (where e.status = 'completed') completed,
              count(*) filter (where e.status = 'withdrawn') withdrawn,
              coalesce(sum(b.registered), 0) registered,
              coalesce(sum(b.attended), 0) attended
         from ${s}.enrolment e
         left join (select enrolment_id, count(*) registered, count(*) filter (where attendance = 'present') attended
                      from ${s}.booking where status = 'booked' and attendance is not null group by enrolment_id) b on b.enrolment_id = e.id
         left join ${s}.staff_projection sp on sp.staff_id = e.staff_id
        where e.tenant_id = ? ${input.courseId ? 'and e.course_id = ?' : ''}
        group by e.course_id, group_id
        order by e.course_id, group_id nulls last`,
      params,
      'all',
      this.em.getTransactionContext(),
    );
    return { groupBy: input.groupBy, minCellSize: MIN_CELL_SIZE, rows: suppress(cells.map(row), input.groupBy !== 'course') };
  }
}

function scoreAggregate(scores: number[]): ScoreAggregateDto {
  if (scores.length < MIN_CELL_SIZE) return { respondents: null, meanScore: null, suppressed: true };
  return { respondents: scores.length, meanScore: Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10, suppressed: false };
}

@Injectable()
export class CourseFeedbackReportUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(GetCourseFeedbackReport)
  async execute(input: CourseFeedbackReportRequest, ctx: RequestContext): Promise<CourseFeedbackReportDto> {
    const course = await this.em.findOne(CourseSchema, { id: input.courseId, ...tenantWhere(memberScope(ctx)) });
    if (!course) throw notFound('Course', 'courseId');
    requireManager(ctx, course.tenantId);
    const responses = await this.em.find(FeedbackResponseSchema, { courseId: course.id });
    // Frozen releases (docs/disclosure-control.md): each figure counts only answers of closed days,
    // and grows only by at least MIN_CELL_SIZE answers at a time, so reading before and after one
    // learner answers never isolates her answers.
    const release = <T extends { day: string }>(xs: T[]) => releasedByClosedDays(xs, (x) => x.day, today(), MIN_CELL_SIZE);
    const dayOf = (r: FeedbackResponse) => (typeof r.submittedOn === 'string' ? r.submittedOn : new Date(r.submittedOn).toISOString()).slice(0, 10);
    const scores = (kind: 'pre' | 'post') => release(responses.filter((r) => r.kind === kind && r.score !== null).map((r) => ({ day: dayOf(r), v: r.score! }))).map((x) => x.v);
    const ratings = responses.filter((r) => r.kind === 'satisfaction' && r.ratings);
    return {
      courseId: course.id,
      minCellSize: MIN_CELL_SIZE,
      pre: scoreAggregate(scores('pre')),
      post: scoreAggregate(scores('post')),
      satisfaction: course.content.satisfaction.map((q) => {
        const values = release(ratings.filter((r) => typeof r.ratings![q.id] === 'number').map((r) => ({ day: dayOf(r), v: r.ratings![q.id]! }))).map((x) => x.v);
        const suppressed = values.length < MIN_CELL_SIZE;
        return {
          questionId: q.id,
          text: localize(q.text, ctx.locale),
          respondents: suppressed ? null : values.length,
          mean: suppressed ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100,
          suppressed,
        };
      }),
    };
  }
}

/**
 * Mentors trained vs mentors needed for a cohort. "Needed" is the caller's figure when given;
 * otherwise ceil(mentees accepted / mentees per mentor), from programmes' application.accepted /
 * withdrawn events and the cohort's policy snapshot (cohort.changed; 2 per mentor until one is seen).
 */
@Injectable()
export class MentorsTrainedUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(GetMentorsTrained)
  async execute(input: MentorsTrainedRequest, ctx: RequestContext): Promise<MentorsTrainedDto> {
    const tenantId = tenantFor(ctx, input.tenantId, MANAGERS);
    // Issue 13: a coordinator scoped to institutions or a programme cannot be shown to own a cohort
    // here (training does not hold a cohort's institutions), so cohort figures are not its: NOT_FOUND.
    if (coordinatorInstitutions(ctx)) throw notFound('Cohort', 'cohortId');
    const mentees = await this.em.count(CohortParticipantSchema, { tenantId, cohortId: input.cohortId, role: 'mentee', withdrawn: false });
    const policy = await this.em.findOne(CohortPolicySchema, { cohortId: input.cohortId, tenantId });
    const capacity = policy?.mentorCapacity ?? 2;
    const needed = input.needed ?? Math.ceil(mentees / capacity);
    const s = `"${this.em.config.get('schema')}"`;
    const [r] = await this.em.getConnection().execute<{ n: string }[]>(
      `select count(distinct e.staff_id) n
         from ${s}.enrolment e join ${s}.course c on c.id = e.course_id
        where e.tenant_id = ? and e.status = 'completed' and c.audience = 'mentor'
          and (e.cohort_id = ? or e.staff_id in (select staff_id from ${s}.cohort_participant where tenant_id = ? and cohort_id = ? and role = 'mentor' and not withdrawn))`,
      [tenantId, input.cohortId, tenantId, input.cohortId],
      'all',
      this.em.getTransactionContext(),
    );
    const trained = Number(r?.n ?? 0);
    return { cohortId: input.cohortId, menteesAccepted: mentees, mentorCapacity: capacity, needed, neededSource: input.needed !== undefined ? 'input' : 'programmes', trained, shortfall: Math.max(0, needed - trained) };
  }
}
