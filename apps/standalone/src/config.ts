import { OpsSettings, AdminSettings, HttpSettings, ModulesSettings, RuntimeSettings, StandaloneSettings, TracingSettings } from '@m4pris/platform-config';

/**
 * Standalone configuration. Each enabled module's own settings section is validated too, once
 * MODULES is known (see main.ts).
 */
export const standaloneConfig = {
  runtime: RuntimeSettings,
  modules: ModulesSettings,
  http: HttpSettings,
  ops: OpsSettings,
  standalone: StandaloneSettings,
  admin: AdminSettings,
  tracing: TracingSettings,
};
