import { randomUUID } from 'node:crypto';
import { ShiftPatternDefined, StaffProfileChanged, TenantCreated, type StaffProfileEvent } from '@m4pris/identity-contracts';
import { ApplicationAccepted, CohortChanged, defaultPolicy, type ApplicationEvent, type ProgrammePolicy } from '@m4pris/programmes-contracts';
import { CourseCompleted } from '@m4pris/training-contracts';
import type { MatchingHarness } from './harness.js';

/** Builds a tenant's world by publishing the events identity, programmes and training would publish. */
export class World {
  readonly tenantId = randomUUID();
  readonly programmeId = randomUUID();
  readonly cohortId = randomUUID();
  readonly dayShift = randomUUID();
  readonly nightShift = randomUUID();
  readonly applications = new Map<string, string>();

  constructor(private readonly h: MatchingHarness) {}

  async setUp(opts: { modules?: string[]; policy?: Partial<ProgrammePolicy> } = {}): Promise<void> {
    await this.h.publish(TenantCreated, { tenantId: this.tenantId, code: `t-${this.tenantId.slice(0, 8)}`, country: 'DK', enabledModules: opts.modules ?? ['identity', 'programmes', 'matching', 'training'] });
    await this.h.publish(ShiftPatternDefined, { shiftPatternId: this.dayShift, tenantId: this.tenantId, name: '4 on 4 off days', cycleDays: 8, shifts: [0, 1, 2, 3].map((day) => ({ day, start: '07:00', hours: 12 })) });
    await this.h.publish(ShiftPatternDefined, { shiftPatternId: this.nightShift, tenantId: this.tenantId, name: '4 on 4 off nights', cycleDays: 8, shifts: [0, 1, 2, 3].map((day) => ({ day, start: '19:00', hours: 12 })) });
    await this.cohort(opts.policy ?? {}, 1);
  }

  async cohort(policy: Partial<ProgrammePolicy>, version: number, state: 'recruiting' | 'matching' | 'running' = 'matching'): Promise<void> {
    await this.h.publish(CohortChanged, {
      tenantId: this.tenantId,
      programmeId: this.programmeId,
      cohortId: this.cohortId,
      state,
      policyVersion: version,
      policy: Object.assign(defaultPolicy(), { mentorCapacity: 1, minMentorExperienceMonths: 36, ...policy }),
      institutionIds: [],
      startsOn: '2026-09-01',
      endsOn: '2027-03-01',
    });
  }

  async staff(over: Partial<StaffProfileEvent> & { institutionId: string }): Promise<string> {
    const staffId = over.staffId ?? randomUUID();
    await this.h.publish(StaffProfileChanged, {
      tenantId: this.tenantId,
      institutionKind: 'adult',
      region: 'Hovedstaden',
      unitId: null,
      position: 'Prison officer',
      supervisesOthers: false,
      hiredOn: '2012-03-01',
      joinedInstitutionOn: '2015-03-01',
      previousInstitutionKind: null,
      shiftPatternId: this.dayShift,
      shiftOffsetDays: 0,
      languages: ['da'],
      lineManagerId: null,
      leftServiceOn: null,
      ...over,
      staffId,
    });
    return staffId;
  }

  async apply(staffId: string, role: 'mentor' | 'mentee', over: Partial<ApplicationEvent> = {}, occurredAt?: Date): Promise<string> {
    const applicationId = over.applicationId ?? randomUUID();
    this.applications.set(`${role}:${staffId}`, applicationId);
    await this.h.publish(ApplicationAccepted, {
      tenantId: this.tenantId,
      programmeId: this.programmeId,
      cohortId: this.cohortId,
      applicationId,
      staffId,
      role,
      functions: role === 'mentee' ? ['job_familiarisation'] : ['psychosocial', 'job_familiarisation'],
      languages: ['da'],
      prefersSameUnit: false,
      preferredStaffIds: [],
      conflictStaffIds: [],
      ...over,
    }, { occurredAt });
    return applicationId;
  }

  async trained(staffId: string): Promise<void> {
    await this.h.publish(CourseCompleted, { tenantId: this.tenantId, staffId, courseId: randomUUID(), audience: 'mentor', courseVersion: 1, completedOn: '2026-06-01', certificateId: null });
  }
}
