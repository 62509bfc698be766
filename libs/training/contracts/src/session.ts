import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUrl, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { EmptyRequest } from './common.js';
import { AfterField, defineRequest, PageRequest, SUPPORTED_LOCALES, type Page, type PersonDto } from '@m4pris/platform-core';

export const BOOKING_STATUSES = ['booked', 'waitlisted', 'cancelled'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
export const ATTENDANCE = ['present', 'absent'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

export interface SessionDto {
  id: string;
  tenantId: string;
  courseId: string;
  moduleId: string | null;
  title: string;
  startsAt: string;
  endsAt: string;
  place: string | null;
  onlineUrl: string | null;
  trainerStaffId: string;
  capacity: number;
  language: string;
  allowWaitlist: boolean;
  booked: number;
  waitlisted: number;
  seatsLeft: number;
  /** The register has been kept (attendance recorded at least once). */
  registerKept: boolean;
  /** When the session was cancelled (ISO 8601); null while it takes place. A cancelled session cannot be booked or changed. */
  cancelledAt: string | null;
  /** Why it was cancelled, as the coordinator wrote it (shown in the app, never mailed). */
  cancelReason: string | null;
}

export interface BookingDto {
  id: string;
  sessionId: string;
  staffId: string;
  status: BookingStatus;
  /** 1-based place on the waiting list (waitlisted only). */
  waitlistPosition: number | null;
  attendance: Attendance | null;
}

export interface RegisterDto {
  session: SessionDto;
  entries: BookingDto[];
}

export class ScheduleSessionRequest {
  @IsUUID() courseId: string;
  @IsOptional() @IsUUID() moduleId?: string | null;
  @IsString() @MinLength(1) @MaxLength(200) title: string;
  @IsISO8601({ strict: true }, { message: 'startsAt must be an ISO 8601 date-time' }) startsAt: string;
  /** After startsAt. */
  @IsISO8601({ strict: true }, { message: 'endsAt must be an ISO 8601 date-time' }) @AfterField('startsAt') endsAt: string;
  @IsOptional() @IsString() @MinLength(1) @MaxLength(300) place?: string | null;
  @IsOptional() @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'onlineUrl must be an https URL' }) @MaxLength(500) onlineUrl?: string | null;
  @IsUUID() trainerStaffId: string;
  @IsInt() @Min(1) @Max(500) capacity: number;
  @IsIn(SUPPORTED_LOCALES) language: string;
  @IsOptional() @IsBoolean() allowWaitlist?: boolean;
}

export class UpdateSessionRequest {
  @IsUUID() id: string;
  @IsOptional() @IsInt() @Min(1) @Max(500) capacity?: number;
  @IsOptional() @IsBoolean() allowWaitlist?: boolean;
  @IsOptional() @IsString() @MinLength(1) @MaxLength(300) place?: string | null;
  @IsOptional() @IsUUID() trainerStaffId?: string;
  /** New times (both or either); not for a session that has started. The booked and waiting learners are told. */
  @IsOptional() @IsISO8601({ strict: true }, { message: 'startsAt must be an ISO 8601 date-time' }) startsAt?: string;
  @IsOptional() @IsISO8601({ strict: true }, { message: 'endsAt must be an ISO 8601 date-time' }) endsAt?: string;
}

/** Cancels a session that has not started: every seat and waiting-list place is released and its learner told. */
export class CancelSessionRequest {
  @IsUUID() id: string;
  @IsString() @MinLength(1, { message: 'reason must not be empty' }) @MaxLength(500) reason: string;
}

export const SESSION_PERIODS = ['upcoming', 'past'] as const;
export type SessionPeriod = (typeof SESSION_PERIODS)[number];

/**
 * The sessions of every course of a tenant, paged: those still to come (not over yet) first,
 * soonest first, then those over, most recent first. `period` keeps one of the two.
 */
export class ListTenantSessionsRequest extends PageRequest {
  @IsOptional() @IsUUID() tenantId?: string;
  @IsOptional() @IsIn(SESSION_PERIODS) period?: SessionPeriod;
}

export class ListSessionsRequest {
  @IsUUID() courseId: string;
}

export class SessionIdRequest {
  @IsUUID() sessionId: string;
}

/** The trainers of a page of sessions (the gateway asks once per query level). */
export class SessionTrainersRequest {
  @IsArray() @ArrayMaxSize(500) @IsUUID('all', { each: true }) sessionIds: string[];
}

export interface SessionTrainerDto {
  sessionId: string;
  /** The trainer by name (display name only) for people of the tenant; null for a researcher, or when the session is not the caller's to see. */
  trainer: PersonDto | null;
}

/** Book a seat: for yourself (no staffId) or, as a coordinator, for a learner. */
export class BookSessionRequest {
  @IsUUID() sessionId: string;
  @IsOptional() @IsUUID() staffId?: string;
}

export class AttendanceEntryInput {
  @IsUUID() staffId: string;
  @IsBoolean() present: boolean;
}

export class RecordAttendanceRequest {
  @IsUUID() sessionId: string;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => AttendanceEntryInput) entries: AttendanceEntryInput[];
}

export const ScheduleSession = defineRequest<ScheduleSessionRequest, SessionDto>('training.v1.session.schedule', ScheduleSessionRequest);
/** Changing capacity promotes waiting learners into freed seats. */
export const UpdateSession = defineRequest<UpdateSessionRequest, SessionDto>('training.v1.session.update', UpdateSessionRequest);
export const ListSessions = defineRequest<ListSessionsRequest, SessionDto[]>('training.v1.session.list', ListSessionsRequest);
/** Every course's sessions of the tenant in one paged list (upcoming first). Any member of the tenant. */
export const ListTenantSessions = defineRequest<ListTenantSessionsRequest, Page<SessionDto>>('training.v1.session.listTenant', ListTenantSessionsRequest);
/** Releases every booking and waiting-list place (each learner is told); the session stays, marked cancelled. */
export const CancelSession = defineRequest<CancelSessionRequest, SessionDto>('training.v1.session.cancel', CancelSessionRequest);
/** A seat, or a waiting-list place when the session is full (SESSION_FULL when it has no waiting list). */
export const BookSession = defineRequest<BookSessionRequest, BookingDto>('training.v1.session.book', BookSessionRequest);
/** Frees the seat; the first learner on the waiting list takes it. */
export const CancelBooking = defineRequest<BookSessionRequest, BookingDto>('training.v1.session.cancelBooking', BookSessionRequest);
/** The attendance register: the session's trainer, coordinators and tenant admins. */
export const GetSessionRegister = defineRequest<SessionIdRequest, RegisterDto>('training.v1.session.register', SessionIdRequest);
export const RecordAttendance = defineRequest<RecordAttendanceRequest, RegisterDto>('training.v1.session.recordAttendance', RecordAttendanceRequest);
export const MySessionBookings = defineRequest<EmptyRequest, BookingDto[]>('training.v1.session.myBookings', EmptyRequest);
/**
 * Who runs each session, as the caller may know them: staff of the tenant (learners included),
 * coordinators and tenant admins see the trainer's display name; researchers and the platform
 * admin get null (no names). Sessions of another tenant are left out.
 */
export const SessionTrainers = defineRequest<SessionTrainersRequest, SessionTrainerDto[]>('training.v1.session.trainers', SessionTrainersRequest);
