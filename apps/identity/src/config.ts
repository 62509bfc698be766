import { AdminSettings, DatabaseSettings, NatsSettings, OpsSettings, RuntimeSettings, TracingSettings } from '@m4pris/platform-config';
import { IdentitySettings } from '@m4pris/identity-service';

/** The identity service's configuration: every variable it reads, validated at start. */
export const identityConfig = {
  runtime: RuntimeSettings,
  nats: NatsSettings,
  database: DatabaseSettings,
  ops: OpsSettings,
  tracing: TracingSettings,
  identity: IdentitySettings,
  admin: AdminSettings,
};
