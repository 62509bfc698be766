import { DatabaseSettings, NatsSettings, OpsSettings, RuntimeSettings, TracingSettings } from '@m4pris/platform-config';
import { MatchingSettings } from '@m4pris/matching-service';

/** The matching service's configuration: every variable it reads, validated at start. */
export const matchingConfig = {
  runtime: RuntimeSettings,
  nats: NatsSettings,
  database: DatabaseSettings,
  ops: OpsSettings,
  tracing: TracingSettings,
  matching: MatchingSettings,
};
