import { IsInt, Max, Min } from 'class-validator';
import { Env } from '@m4pris/platform-config';

/** The matching service's own variables (validated at start, documented in .env.example). */
export class MatchingSettings {
  @Env('How long a match-run request waits for the solver before answering with a run still RUNNING (its progress is then polled), in ms.')
  @IsInt() @Min(0) @Max(120_000)
  MATCHING_RUN_WAIT_MS: number = 20_000;
}
