import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { PersonDto, RequestContext } from '@m4pris/platform-core';
import { Ctx, GqlLoaders, Loaders, PageInput, Person } from '@m4pris/platform-graphql';
import { Bus } from '@m4pris/platform-messaging';
import { BookSession, CancelBooking, CancelSession, GetSessionRegister, ListSessions, ListTenantSessions, MySessionBookings, RecordAttendance, ScheduleSession, SessionTrainers, UpdateSession, type SessionDto } from '@m4pris/training-contracts';
import { staffName } from './staff-names.js';
import {
  BookTrainingSessionInput,
  CancelTrainingSessionInput,
  RecordAttendanceInput,
  ScheduleTrainingSessionInput,
  SessionBooking,
  SessionRegister,
  TrainingSession,
  TrainingSessionFilter,
  TrainingSessionPage,
  UpdateTrainingSessionInput,
} from './training.types.js';

@Resolver(() => TrainingSession)
export class SessionResolver {
  constructor(@Inject(Bus) private readonly bus: Bus) {}

  @Query(() => [TrainingSession], { description: 'Facilitated sessions of a course.' })
  trainingSessions(@Args('courseId', { type: () => ID }) courseId: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(ListSessions, { courseId }, ctx);
  }

  @Query(() => TrainingSessionPage, {
    description: "Every course's sessions of the tenant, paged: those not over yet first (soonest first), then those over (most recent first); cancelled ones included, marked. Any member of the tenant.",
  })
  tenantTrainingSessions(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => TrainingSessionFilter, nullable: true }) filter?: TrainingSessionFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ) {
    return this.bus.request(ListTenantSessions, { ...filter, ...page }, ctx);
  }

  @Query(() => SessionRegister, { description: "The session's attendance register (its trainer, coordinators, tenant admins)." })
  sessionRegister(@Args('sessionId', { type: () => ID }) sessionId: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(GetSessionRegister, { sessionId }, ctx);
  }

  @Query(() => [SessionBooking], { description: 'Your own seats and waiting-list places.' })
  mySessionBookings(@Ctx() ctx: RequestContext) {
    return this.bus.request(MySessionBookings, {}, ctx);
  }

  @Mutation(() => TrainingSession)
  scheduleTrainingSession(@Args('input') input: ScheduleTrainingSessionInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(ScheduleSession, input, ctx);
  }

  @Mutation(() => TrainingSession, {
    description: 'More capacity promotes learners from the waiting list. New times (not once the session has started) are told to every booked and waiting learner.',
  })
  updateTrainingSession(@Args('input') input: UpdateTrainingSessionInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(UpdateSession, input, ctx);
  }

  @Mutation(() => TrainingSession, {
    description: 'Cancels a session that has not started: every seat and waiting-list place is released and its learner told; the session stays, marked cancelled (it cannot be booked).',
  })
  cancelTrainingSession(@Args('input') input: CancelTrainingSessionInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(CancelSession, input, ctx);
  }

  @Mutation(() => SessionBooking, { description: 'A seat, or a waiting-list place when full (SESSION_FULL without a waiting list).' })
  bookTrainingSession(@Args('input') input: BookTrainingSessionInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(BookSession, input, ctx);
  }

  @Mutation(() => SessionBooking, { description: 'Frees the seat; the first on the waiting list takes it.' })
  cancelTrainingBooking(@Args('input') input: BookTrainingSessionInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(CancelBooking, input, ctx);
  }

  @Mutation(() => SessionRegister, { description: 'Keeps the attendance register; completion is recomputed for the learners listed.' })
  recordAttendance(@Args('input') input: RecordAttendanceInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(RecordAttendance, input, ctx);
  }

  @ResolveField('trainer', () => Person, {
    nullable: true,
    description: "Who runs the session, by name: for the tenant's staff (learners too), coordinators and tenant admins; null for researchers. One training request per query level.",
  })
  trainer(@Parent() s: SessionDto, @GqlLoaders() loaders: Loaders, @Ctx() ctx: RequestContext): Promise<PersonDto | null> {
    return loaders
      .get<PersonDto>('training.trainer', async (ids) => {
        const rows = await this.bus.request(SessionTrainers, { sessionIds: [...ids] }, ctx);
        const bySession = new Map(rows.map((r) => [r.sessionId, r.trainer]));
        return ids.map((id) => bySession.get(id) ?? null);
      })
      .load(s.id);
  }

  @ResolveField('trainerName', () => String, { nullable: true, description: 'For coordinators and tenant admins (batched identity lookup); null for others.' })
  trainerName(@Parent() s: SessionDto, @GqlLoaders() loaders: Loaders, @Ctx() ctx: RequestContext) {
    return staffName(loaders, this.bus, ctx, s.trainerStaffId);
  }
}
