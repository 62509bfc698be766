import { IsInt, Max, Min } from 'class-validator';
import { Env } from '@m4pris/platform-config';

/**
 * The evaluation service's own variables (validated at start, documented in .env.example).
 * Minimum cell sizes are not settings: DOMAIN.md fixes them (k ≥ 5; ≥ 10 for free text and
 * reliable-change proportions).
 */
export class EvaluationSettings {
  @Env('Responses per page of a research export when the caller names no limit (at most 2000).')
  @IsInt() @Min(1) @Max(2000)
  EVALUATION_EXPORT_PAGE_SIZE: number = 500;

  @Env('Minutes between two sweeps that announce survey waves opening after they were issued (midpoint, follow-up): survey.opened, once per invitation across replicas; also run at start-up.')
  @IsInt() @Min(1) @Max(1440)
  EVALUATION_OPENING_SWEEP_MINUTES: number = 60;
}
