export type HealthStatus = 'up' | 'down' | 'disabled';

export interface ComponentHealth {
  status: HealthStatus;
  details?: Record<string, unknown>;
}

export type HealthCheck = () => Promise<ComponentHealth> | ComponentHealth;

/** Components (modules, bus, database) register a check; GET /health reports them all. */
export class HealthRegistry {
  private readonly checks = new Map<string, HealthCheck>();

  register(name: string, check: HealthCheck): void {
    this.checks.set(name, check);
  }

  async report(timeoutMs = 2000): Promise<{ status: 'ok' | 'degraded'; components: Record<string, ComponentHealth> }> {
    const components: Record<string, ComponentHealth> = {};
    await Promise.all(
      [...this.checks.entries()].map(async ([name, check]) => {
        try {
          components[name] = await Promise.race([
            Promise.resolve(check()),
            new Promise<ComponentHealth>((resolve) => setTimeout(() => resolve({ status: 'down', details: { reason: 'timeout' } }), timeoutMs).unref()),
          ]);
        } catch (e) {
          components[name] = { status: 'down', details: { reason: (e as Error).message } };
        }
      }),
    );
    const status = Object.values(components).every((c) => c.status !== 'down') ? 'ok' : 'degraded';
    return { status, components };
  }
}
