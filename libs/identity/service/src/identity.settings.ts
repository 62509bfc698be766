import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { Env } from '@m4pris/platform-config';

/** The identity service's own variables. */
export class IdentitySettings {
  @Env('Lifetime of access tokens, in seconds (at most 15 minutes).')
  @IsInt() @Min(30) @Max(900)
  ACCESS_TOKEN_TTL_SECONDS: number = 900;

  @Env('Session states (what the per-request session check answers) kept in memory per process, each until its account, tenant or roles change (0: read on every request).')
  @IsInt() @Min(0) @Max(1_000_000)
  SESSION_CACHE_ENTRIES: number = 10_000;

  @Env('Lifetime of refresh tokens, in days.')
  @IsInt() @Min(1) @Max(90)
  REFRESH_TOKEN_TTL_DAYS: number = 14;

  @Env('How long an invitation stays valid, in days.')
  @IsInt() @Min(1) @Max(30)
  INVITATION_TTL_DAYS: number = 7;

  @Env('Failed sign-ins from one client address (any accounts) in the window before that address is refused for a while. Only failures count: a shared address is not limited by its successful sign-ins.')
  @IsInt() @Min(1) @Max(10_000)
  LOGIN_ADDRESS_MAX_FAILURES: number = 30;

  @Env('Failed sign-ins from one address against one account before that address has to wait a growing delay for that account.')
  @IsInt() @Min(1) @Max(100)
  LOGIN_PAIR_FREE_FAILURES: number = 3;

  @Env('First delay (seconds) after those free failures; it doubles with each further failure.')
  @IsInt() @Min(1) @Max(3600)
  LOGIN_DELAY_BASE_SECONDS: number = 2;

  @Env('Longest delay (seconds) one address waits before its next sign-in for an account it failed against.')
  @IsInt() @Min(1) @Max(86_400)
  LOGIN_DELAY_MAX_SECONDS: number = 900;

  @Env('Failed sign-ins against one account (from any address) before its failed answers are held back a growing time (never a refusal).')
  @IsInt() @Min(1) @Max(1000)
  LOGIN_ACCOUNT_FREE_FAILURES: number = 5;

  @Env('Longest time a failed sign-in answer is held back for an account under attack, in milliseconds (keep it under REQUEST_TIMEOUT_MS).')
  @IsInt() @Min(0) @Max(4000)
  LOGIN_ACCOUNT_DELAY_MAX_MS: number = 1000;

  @Env('Window over which failed sign-ins are counted, in seconds.')
  @IsInt() @Min(10) @Max(86_400)
  LOGIN_WINDOW_SECONDS: number = 900;

  @Env('Key that encrypts the token-signing private key at rest in the identity database: 32 random bytes, base64 (`openssl rand -base64 32`). Required by the identity service; standalone and start:distributed create one in DATA_DIR when unset. Keep it outside the database (a Kubernetes Secret, an environment file) and in your backups of secrets, not of data.', { example: '', secret: true })
  @IsOptional() @Matches(/^[A-Za-z0-9+/_-]{43}=?$/, { message: 'SIGNING_KEY_ENCRYPTION_KEY must be 32 bytes in base64 (openssl rand -base64 32)' })
  SIGNING_KEY_ENCRYPTION_KEY?: string;

  @Env('The previous SIGNING_KEY_ENCRYPTION_KEY while rotating it: the stored key is decrypted with it once and re-encrypted with the current one (docs/operations.md, "Rotating keys").', { example: '', secret: true })
  @IsOptional() @Matches(/^[A-Za-z0-9+/_-]{43}=?$/, { message: 'SIGNING_KEY_ENCRYPTION_KEY_PREVIOUS must be 32 bytes in base64' })
  SIGNING_KEY_ENCRYPTION_KEY_PREVIOUS?: string;
}
