import { OpsSettings, HttpSettings, ModulesSettings, NatsSettings, RuntimeSettings, TracingSettings } from '@m4pris/platform-config';

/** The gateway's configuration: every variable it reads, validated at start. */
export const gatewayConfig = {
  runtime: RuntimeSettings,
  nats: NatsSettings,
  modules: ModulesSettings,
  http: HttpSettings,
  ops: OpsSettings,
  tracing: TracingSettings,
};
