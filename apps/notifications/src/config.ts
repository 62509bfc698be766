import { DatabaseSettings, NatsSettings, OpsSettings, RuntimeSettings, TracingSettings } from '@m4pris/platform-config';
import { NotificationsSettings } from '@m4pris/notifications-service';

/** The notifications service's configuration: every variable it reads, validated at start. */
export const notificationsConfig = {
  runtime: RuntimeSettings,
  nats: NatsSettings,
  database: DatabaseSettings,
  ops: OpsSettings,
  tracing: TracingSettings,
  notifications: NotificationsSettings,
};
