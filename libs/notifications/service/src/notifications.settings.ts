import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
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

  @Env('How often the mail dispatcher looks for mail due, in milliseconds.')
  @IsInt() @Min(50) @Max(60_000)
  MAIL_POLL_MS: number = 1000;

  @Env('Attempts before a mail is marked failed (retried with exponential backoff).')
  @IsInt() @Min(1) @Max(20)
  MAIL_MAX_ATTEMPTS: number = 6;

  @Env('Start the mail dispatcher in this process (false: only the inbox and the rendering run here).')
  @IsIn(['true', 'false'])
  MAIL_DISPATCH: string = 'true';
}
