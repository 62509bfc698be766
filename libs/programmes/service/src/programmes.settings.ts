import { IsInt, Max, Min } from 'class-validator';
import { Env } from '@m4pris/platform-config';

/** The programmes service's own variables. */
export class ProgrammesSettings {
  @Env('A duo whose planned end is this many days away (or past) is listed as needing attention.')
  @IsInt() @Min(0) @Max(90)
  ATTENTION_ENDING_SOON_DAYS: number = 14;

  @Env('Days after a duo starts by which both sides should have acknowledged their agreement.')
  @IsInt() @Min(1) @Max(90)
  AGREEMENT_DUE_DAYS: number = 14;

  @Env('Coordinator dashboards kept in memory per process, each until anything it counts changes (0: computed on every request).')
  @IsInt() @Min(0) @Max(100_000)
  DASHBOARD_CACHE_ENTRIES: number = 1000;
}
