/** `GET /health` of the gateway (same origin; the CSP allows `connect-src 'self'`). */
export interface HealthAnswer {
  status: string;
  mode?: string;
  bus?: { transport?: string; status?: string };
  modules?: Record<string, { status?: string; reason?: string; latencyMs?: number; outboxBacklog?: number } | undefined>;
  components?: Record<string, { status?: string; details?: Record<string, unknown> } | undefined>;
}

export interface HealthRow {
  name: string;
  up: boolean;
  status: 'up' | 'down' | 'disabled' | 'unknown';
  latencyMs: number | null;
  outboxBacklog: number | null;
  reason: string | null;
}

/** The modules in the registry's order (identity first); others after them by name. */
const MODULE_ORDER = ['identity', 'programmes', 'matching', 'training', 'evaluation', 'notifications'];
const rank = (name: string) => (MODULE_ORDER.includes(name) ? MODULE_ORDER.indexOf(name) : MODULE_ORDER.length);

function statusOf(s: string | undefined): HealthRow['status'] {
  return s === 'up' || s === 'down' || s === 'disabled' ? s : 'unknown';
}

/** The modules reported, by name, each with what the gateway knows of it (anything unexpected counts as not up). */
export function healthRows(answer: HealthAnswer): HealthRow[] {
  return Object.entries(answer.modules ?? {})
    .map(([name, m]) => {
      const status = statusOf(m?.status);
      return {
        name,
        up: status === 'up',
        status,
        latencyMs: typeof m?.latencyMs === 'number' ? m.latencyMs : null,
        outboxBacklog: typeof m?.outboxBacklog === 'number' ? m.outboxBacklog : null,
        reason: typeof m?.reason === 'string' ? m.reason : null,
      } satisfies HealthRow;
    })
    .sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}

/** Other components the process registered (the bus connection, the service itself), by name. */
export function componentRows(answer: HealthAnswer): { name: string; status: HealthRow['status'] }[] {
  const rows = Object.entries(answer.components ?? {})
    .map(([name, c]) => ({ name, status: statusOf(c?.status) }))
    // `db:identity`: a module's database, in the modules' order.
    .sort((a, b) => rank(a.name.replace(/^db:/, '')) - rank(b.name.replace(/^db:/, '')) || a.name.localeCompare(b.name));
  if (answer.bus?.status) rows.unshift({ name: 'bus', status: statusOf(answer.bus.status) });
  return rows;
}

/** Reads `/health`: a degraded instance answers 503 or 200 with the same JSON, both are shown. */
export async function fetchHealth(signal?: AbortSignal): Promise<HealthAnswer> {
  const res = await fetch('/health', { headers: { accept: 'application/json' }, credentials: 'same-origin', cache: 'no-store', signal });
  const type = res.headers.get('content-type') ?? '';
  if (!type.includes('json')) throw new Error(`HTTP ${res.status}`);
  return (await res.json()) as HealthAnswer;
}
