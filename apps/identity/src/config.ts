import { AdminSettings, DatabaseSettings, NatsSettings, RuntimeSettings } from '@m4pris/platform-config';
import { IdentitySettings } from '@m4pris/identity-service';

/** The identity service's configuration: every variable it reads, validated at start. */
export const identityConfig = {
  runtime: RuntimeSettings,
  nats: NatsSettings,
  database: DatabaseSettings,
  identity: IdentitySettings,
  admin: AdminSettings,
};
