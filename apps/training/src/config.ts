import { DatabaseSettings, NatsSettings, OpsSettings, RuntimeSettings, TracingSettings } from '@m4pris/platform-config';
import { TrainingSettings } from '@m4pris/training-service';

/** The training service's configuration: every variable it reads, validated at start. */
export const trainingConfig = {
  runtime: RuntimeSettings,
  nats: NatsSettings,
  database: DatabaseSettings,
  ops: OpsSettings,
  tracing: TracingSettings,
  training: TrainingSettings,
};
