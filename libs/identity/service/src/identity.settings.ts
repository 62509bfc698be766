import { IsInt, Max, Min } from 'class-validator';
import { Env } from '@m4pris/platform-config';

/** The identity service's own variables. */
export class IdentitySettings {
  @Env('Lifetime of access tokens, in seconds (at most 15 minutes).')
  @IsInt() @Min(30) @Max(900)
  ACCESS_TOKEN_TTL_SECONDS: number = 900;

  @Env('Lifetime of refresh tokens, in days.')
  @IsInt() @Min(1) @Max(90)
  REFRESH_TOKEN_TTL_DAYS: number = 14;

  @Env('How long an invitation stays valid, in days.')
  @IsInt() @Min(1) @Max(30)
  INVITATION_TTL_DAYS: number = 7;

  @Env('Failed sign-ins per email or client address before sign-in is refused for a while.')
  @IsInt() @Min(1) @Max(1000)
  LOGIN_MAX_FAILURES: number = 10;

  @Env('Window over which failed sign-ins are counted, in seconds.')
  @IsInt() @Min(10) @Max(86_400)
  LOGIN_WINDOW_SECONDS: number = 900;
}
