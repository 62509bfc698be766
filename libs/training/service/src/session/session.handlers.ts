import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@m4pris/platform-core';
import { Handles } from '@m4pris/platform-messaging';
import {
  BookSession,
  CancelBooking,
  CancelSession,
  ListTenantSessions,
  type CancelSessionRequest,
  type ListTenantSessionsRequest,
  GetSessionRegister,
  ListSessions,
  MySessionBookings,
  RecordAttendance,
  ScheduleSession,
  SessionTrainers,
  UpdateSession,
  type BookSessionRequest,
  type EmptyRequest,
  type ListSessionsRequest,
  type RecordAttendanceRequest,
  type ScheduleSessionRequest,
  type SessionIdRequest,
  type SessionTrainersRequest,
  type UpdateSessionRequest,
} from '@m4pris/training-contracts';
import {
  BookSessionUseCase,
  CancelBookingUseCase,
  CancelSessionUseCase,
  GetSessionRegisterUseCase,
  ListTenantSessionsUseCase,
  ListSessionsUseCase,
  MySessionBookingsUseCase,
  RecordAttendanceUseCase,
  ScheduleSessionUseCase,
  SessionTrainersUseCase,
  UpdateSessionUseCase,
} from './session.use-cases.js';

@Injectable()
export class SessionHandlers {
  constructor(
    private readonly schedule: ScheduleSessionUseCase,
    private readonly updateSession: UpdateSessionUseCase,
    private readonly listSessions: ListSessionsUseCase,
    private readonly bookSession: BookSessionUseCase,
    private readonly cancelBooking: CancelBookingUseCase,
    private readonly getRegister: GetSessionRegisterUseCase,
    private readonly recordAttendance: RecordAttendanceUseCase,
    private readonly myBookings: MySessionBookingsUseCase,
    private readonly trainers: SessionTrainersUseCase,
    private readonly cancelSession: CancelSessionUseCase,
    private readonly listTenantSessions: ListTenantSessionsUseCase,
  ) {}

  @Handles(ScheduleSession) create(p: ScheduleSessionRequest, ctx: RequestContext) { return this.schedule.execute(p, ctx); }
  @Handles(UpdateSession) update(p: UpdateSessionRequest, ctx: RequestContext) { return this.updateSession.execute(p, ctx); }
  @Handles(ListSessions) list(p: ListSessionsRequest, ctx: RequestContext) { return this.listSessions.execute(p, ctx); }
  @Handles(BookSession) book(p: BookSessionRequest, ctx: RequestContext) { return this.bookSession.execute(p, ctx); }
  @Handles(CancelBooking) cancel(p: BookSessionRequest, ctx: RequestContext) { return this.cancelBooking.execute(p, ctx); }
  @Handles(GetSessionRegister) register(p: SessionIdRequest, ctx: RequestContext) { return this.getRegister.execute(p, ctx); }
  @Handles(RecordAttendance) attendance(p: RecordAttendanceRequest, ctx: RequestContext) { return this.recordAttendance.execute(p, ctx); }
  @Handles(MySessionBookings) mine(p: EmptyRequest, ctx: RequestContext) { return this.myBookings.execute(p, ctx); }
  @Handles(CancelSession) cancelOne(p: CancelSessionRequest, ctx: RequestContext) { return this.cancelSession.execute(p, ctx); }
  @Handles(ListTenantSessions) listTenant(p: ListTenantSessionsRequest, ctx: RequestContext) { return this.listTenantSessions.execute(p, ctx); }
  @Handles(SessionTrainers) trainersOf(p: SessionTrainersRequest, ctx: RequestContext) { return this.trainers.execute(p, ctx); }
}
