import { DatabaseSettings, NatsSettings, OpsSettings, RuntimeSettings, TracingSettings } from '@m4pris/platform-config';
import { ProgrammesSettings } from '@m4pris/programmes-service';

/** The programmes service's configuration: every variable it reads, validated at start. */
export const programmesConfig = {
  runtime: RuntimeSettings,
  nats: NatsSettings,
  database: DatabaseSettings,
  ops: OpsSettings,
  tracing: TracingSettings,
  programmes: ProgrammesSettings,
};
