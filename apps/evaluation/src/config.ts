import { DatabaseSettings, NatsSettings, OpsSettings, RuntimeSettings, TracingSettings } from '@m4pris/platform-config';
import { EvaluationSettings } from '@m4pris/evaluation-service';

/** The evaluation service's configuration: every variable it reads, validated at start. */
export const evaluationConfig = {
  runtime: RuntimeSettings,
  nats: NatsSettings,
  database: DatabaseSettings,
  ops: OpsSettings,
  tracing: TracingSettings,
  evaluation: EvaluationSettings,
};
