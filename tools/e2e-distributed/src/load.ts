/**
 * A steady load of identity staff writes through the gateway, for the fault suite: one write every
 * `intervalMs` (a create, or an update of a staff member whose previous write has answered), each
 * classified as acknowledged (data returned), refused with a typed code, or anything else (no code,
 * INTERNAL_SERVER_ERROR, no answer within `timeoutMs`, a broken connection).
 *
 * Every write carries a unique `hiredOn` date, so it can be found again in the outbox, in the event
 * stream and in every projection; updates of one staff member never overlap, so their order is the
 * order they were sent.
 */

/** GraphQL codes a request may be refused with while a dependency is down (anything else is `other`). */
export const TYPED_REFUSALS = new Set(['MODULE_UNAVAILABLE', 'RATE_LIMITED']);

export type Outcome = 'acked' | 'refused' | 'other';

export interface WriteRecord {
  n: number;
  kind: 'create' | 'update';
  /** Which fault run it belongs to, and the phase of that run when it was sent. */
  fault: string;
  phase: string;
  email: string;
  /** Known when the create was acknowledged (and for every update). */
  staffId?: string;
  /** Unique per write. */
  hiredOn: string;
  institutionId: string;
  startedAt: number;
  ms: number;
  outcome: Outcome;
  /** `extensions.code` of a refusal, or what went wrong for `other`. */
  code?: string;
}

export interface StaffLoadOptions {
  graphqlUrl: string;
  token: string;
  tenantId: string;
  institutionIds: string[];
  domain: string;
  intervalMs: number;
  /** A request not answered by then counts as a hang (`other`). */
  timeoutMs: number;
  maxInFlight: number;
}

const CREATE = `mutation($input: CreateStaffInput!) { createStaff(input: $input) { id hiredOn institutionId } }`;
const UPDATE = `mutation($input: UpdateStaffInput!) { updateStaff(input: $input) { id hiredOn institutionId } }`;

/** 2000-01-01 plus `n` days, YYYY-MM-DD. */
export function hiredOnOf(n: number): string {
  return new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
}

export class StaffLoad {
  readonly records: WriteRecord[] = [];
  /** Ticks that found `maxInFlight` writes still waiting (no write sent). */
  skipped = 0;
  fault = '';
  phase = 'before';
  private n: number;
  private timer?: NodeJS.Timeout;
  private readonly inFlight = new Set<Promise<void>>();
  /** email → staff id (acknowledged creates) and whether a write for it is waiting. */
  private readonly staff = new Map<string, { id?: string; busy: boolean }>();

  constructor(
    private readonly o: StaffLoadOptions,
    /** First write number (so hiredOn stays unique across loads). */
    first = 0,
    known: WriteRecord[] = [],
  ) {
    this.n = first;
    for (const r of known) {
      const s = this.staff.get(r.email) ?? { busy: false };
      if (r.staffId && r.outcome === 'acked') s.id = r.staffId;
      this.staff.set(r.email, s);
    }
  }

  get next(): number {
    return this.n;
  }

  start(): void {
    this.timer = setInterval(() => this.tick(), this.o.intervalMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all([...this.inFlight]);
  }

  private tick(): void {
    if (this.inFlight.size >= this.o.maxInFlight) {
      this.skipped++;
      return;
    }
    const n = this.n++;
    const idle = [...this.staff.entries()].filter(([, s]) => s.id && !s.busy);
    const update = n % 2 === 1 && idle.length > 0;
    const institutionId = this.o.institutionIds[n % this.o.institutionIds.length];
    const hiredOn = hiredOnOf(n);
    let email: string;
    let query: string;
    let input: Record<string, unknown>;
    if (update) {
      const [e, s] = idle[Math.floor(n / 2) % idle.length];
      email = e;
      query = UPDATE;
      input = { id: s.id, hiredOn, institutionId };
    } else {
      email = `staff-${n}@${this.o.domain}`;
      query = CREATE;
      input = {
        tenantId: this.o.tenantId,
        institutionId,
        email,
        firstName: 'Load',
        lastName: `Writer ${n}`,
        position: 'Prison officer',
        supervisesOthers: false,
        hiredOn,
        joinedInstitutionOn: '2025-09-01',
        languages: ['da'],
      };
    }
    const s = this.staff.get(email) ?? { busy: false };
    s.busy = true;
    this.staff.set(email, s);
    const record: WriteRecord = {
      n,
      kind: update ? 'update' : 'create',
      fault: this.fault,
      phase: this.phase,
      email,
      staffId: s.id,
      hiredOn,
      institutionId,
      startedAt: Date.now(),
      ms: 0,
      outcome: 'other',
    };
    this.records.push(record);
    const p = this.send(query, input, record).finally(() => {
      s.busy = false;
      this.inFlight.delete(p);
    });
    this.inFlight.add(p);
  }

  private async send(query: string, input: Record<string, unknown>, r: WriteRecord): Promise<void> {
    try {
      const res = await fetch(this.o.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.o.token}` },
        body: JSON.stringify({ query, variables: { input } }),
        signal: AbortSignal.timeout(this.o.timeoutMs),
      });
      const text = await res.text();
      let body: { data?: Record<string, { id: string; hiredOn: string }> | null; errors?: { extensions?: { code?: string } }[] };
      try {
        body = JSON.parse(text) as typeof body;
      } catch {
        r.code = `HTTP ${res.status}: not JSON`;
        return;
      }
      const data = body.data?.createStaff ?? body.data?.updateStaff;
      if (!body.errors?.length && data && data.hiredOn === r.hiredOn) {
        r.outcome = 'acked';
        r.staffId = data.id;
        if (r.kind === 'create') this.staff.get(r.email)!.id = data.id;
        return;
      }
      const code = body.errors?.[0]?.extensions?.code;
      r.code = code ?? `HTTP ${res.status}: no code`;
      if (code && TYPED_REFUSALS.has(code)) r.outcome = 'refused';
    } catch (e) {
      r.code = (e as Error).name === 'TimeoutError' ? `no answer within ${this.o.timeoutMs} ms` : `${(e as Error).name}: ${(e as Error).message}`;
    } finally {
      r.ms = Date.now() - r.startedAt;
    }
  }
}

/** The p-th percentile (0..100) of `xs`, nearest rank; undefined for none. */
export function percentile(xs: number[], p: number): number | undefined {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
