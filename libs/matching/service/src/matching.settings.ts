import { IsInt, Max, Min } from 'class-validator';
import { Env } from '@m4pris/platform-config';

/** The matching service's own variables (validated at start, documented in .env.example). */
export class MatchingSettings {
  @Env('Largest page a matching list query returns.')
  @IsInt() @Min(1) @Max(1000)
  MATCHING_MAX_PAGE_SIZE: number = 100;
}
