import { IsIn, IsInt, IsOptional, IsString, IsTimeZone, Matches, Max, Min } from 'class-validator';
import { Env } from '@m4pris/platform-config';

/** The notifications service's own variables (validated at start, documented in .env.example). */
export class NotificationsSettings {
  @Env('SMTP server that sends e-mail (smtp:// or smtps://, credentials in the URL). Unset: every mail is written as an .eml file under DATA_DIR/mail/.', {
    example: 'smtp://user:pass@mail.example.org:587',
  })
  @IsOptional() @IsString() @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @Env('Sender of every e-mail (display name and address).')
  @IsString()
  MAIL_FROM: string = 'M4Pris <no-reply@m4pris.local>';

  @Env('Address of the web app; every message links into it.')
  @IsString() @Matches(/^https?:\/\/\S+$/, { message: 'PUBLIC_URL must be an http(s):// URL' })
  PUBLIC_URL: string = 'http://localhost:3000';

  @Env('Directory for local data; without SMTP_URL, mail is written to its mail/ folder.')
  @IsString()
  DATA_DIR: string = '.data';

  @Env('How often the mail dispatcher asks the job queue (pg-boss) for mail due, in milliseconds.')
  @IsInt() @Min(50) @Max(60_000)
  MAIL_POLL_MS: number = 1000;

  @Env('Attempts before a mail is marked failed (retried with exponential backoff).')
  @IsInt() @Min(1) @Max(20)
  MAIL_MAX_ATTEMPTS: number = 6;

  @Env('Seconds before the first retry of a refused mail; each further retry waits twice as long, at most an hour.')
  @IsInt() @Min(1) @Max(3600)
  MAIL_RETRY_SECONDS: number = 30;

  @Env('Seconds a dispatcher may hold a mail it is sending (set on each job as it is queued); a mail held by a process that died is retried after this.')
  @IsInt() @Min(1) @Max(3600)
  MAIL_LEASE_SECONDS: number = 300;

  @Env('Start the mail dispatcher in this process (false: only the inbox and the rendering run here).')
  @IsIn(['true', 'false'])
  MAIL_DISPATCH: string = 'true';

  @Env('Days without a logged meeting after which a duo is reminded to meet (once per silence).')
  @IsInt() @Min(1) @Max(365)
  MEETING_CADENCE_DAYS: number = 14;

  @Env('Days before a duo\'s planned end on which both are told that it ends soon.')
  @IsInt() @Min(1) @Max(180)
  DUO_ENDING_NOTICE_DAYS: number = 14;

  @Env('Days after a meeting reminder (the duo still silent) on which the coordinators of the duo\'s programme get a content-free alert.')
  @IsInt() @Min(1) @Max(365)
  COORDINATOR_ALERT_DAYS: number = 14;

  @Env('Days before a survey\'s due date on which the invited participant is reminded (if not yet answered); a second reminder comes on the last day.')
  @IsInt() @Min(1) @Max(60)
  SURVEY_REMINDER_DAYS: number = 3;

  @Env('When the dispatching process looks for reminders due (cron, UTC; pg-boss runs it once per tick across replicas).')
  @IsString()
  REMINDER_CRON: string = '*/15 * * * *';

  @Env('Sending window of a tenant that has set none: HH:MM-HH:MM (local time in MAIL_DEFAULT_TIME_ZONE; e-mail due outside it waits for its opening), or "always" (no window, e.g. tests).')
  @IsString() @Matches(/^(always|([01]\d|2[0-3]):[0-5]\d-(([01]\d|2[0-3]):[0-5]\d|24:00))$/, { message: 'MAIL_DEFAULT_WINDOW must be HH:MM-HH:MM or always' })
  MAIL_DEFAULT_WINDOW: string = '08:00-20:00';

  @Env('Time zone of the default sending window (IANA name), until a tenant admin sets their own.')
  @IsTimeZone()
  MAIL_DEFAULT_TIME_ZONE: string = 'UTC';
}
