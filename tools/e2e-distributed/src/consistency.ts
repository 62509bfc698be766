import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import pg from 'pg';
import type { WriteRecord } from './load.js';

/**
 * What the fault suite checks after a fault, read straight from PostgreSQL (every service's schema)
 * and JetStream: the staff writes of the load against identity's outbox, each consumer's
 * `processed_event` and its staff projection.
 */
export const PROFILE_SUBJECT = 'identity.v1.staff.profileChanged';

/** The consumers of `identity.v1.staff.profileChanged` and the projection each keeps (one row per staff member). */
export const PROJECTIONS = [
  { consumer: 'programmes', table: 'programmes.staff_profile', hiredOn: true },
  { consumer: 'matching', table: 'matching.staff_profile', hiredOn: true },
  { consumer: 'training', table: 'training.staff_projection', hiredOn: false },
  { consumer: 'evaluation', table: 'evaluation.staff_fact', hiredOn: true },
] as const;

interface StaffState {
  hiredOn?: string;
  institutionId: string;
}

export interface Snapshot {
  /** identity's outbox rows of PROFILE_SUBJECT for the tenant. */
  events: { id: string; staffId: string; hiredOn: string; institutionId: string }[];
  /** Unpublished outbox rows, per service schema. */
  unpublished: Record<string, number>;
  /** event id → consumer → rows in that consumer's processed_event. */
  processed: Map<string, Record<string, number>>;
  /** identity.staff of the tenant. */
  identity: Map<string, StaffState & { email: string }>;
  /** consumer → staff id → projection row(s) of the tenant (`rows` counts them). */
  projections: Record<string, Map<string, StaffState & { rows: number }>>;
}

export async function snapshot(databaseUrl: string, tenantId: string, schemas: string[]): Promise<Snapshot> {
  const c = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  await c.connect();
  try {
    const events = (
      await c.query<{ id: string; staff_id: string; hired_on: string; institution_id: string }>(
        `select id, payload->>'staffId' as staff_id, payload->>'hiredOn' as hired_on, payload->>'institutionId' as institution_id
           from identity.outbox_event where subject = $1 and tenant_id = $2 order by occurred_at, id`,
        [PROFILE_SUBJECT, tenantId],
      )
    ).rows.map((r) => ({ id: r.id, staffId: r.staff_id, hiredOn: r.hired_on, institutionId: r.institution_id }));
    const unpublished: Record<string, number> = {};
    for (const s of schemas) {
      unpublished[s] = (await c.query<{ n: number }>(`select count(*)::int as n from "${s}".outbox_event where published_at is null`)).rows[0].n;
    }
    const ids = events.map((e) => e.id);
    const processed = new Map<string, Record<string, number>>(ids.map((id) => [id, {}]));
    for (const { consumer } of PROJECTIONS) {
      const rows = await c.query<{ event_id: string; n: number }>(
        `select event_id, count(*)::int as n from "${consumer}".processed_event where consumer = $1 and event_id = any($2::uuid[]) group by event_id`,
        [consumer, ids],
      );
      for (const r of rows.rows) processed.get(r.event_id)![consumer] = r.n;
    }
    const identity = new Map<string, StaffState & { email: string }>();
    for (const r of (
      await c.query<{ id: string; email: string; hired_on: string; institution_id: string }>(
        `select id, email, hired_on::text as hired_on, institution_id from identity.staff where tenant_id = $1`,
        [tenantId],
      )
    ).rows) {
      identity.set(r.id, { email: r.email, hiredOn: r.hired_on, institutionId: r.institution_id });
    }
    const projections: Record<string, Map<string, StaffState & { rows: number }>> = {};
    for (const p of PROJECTIONS) {
      const m = new Map<string, StaffState & { rows: number }>();
      const rows = await c.query<{ staff_id: string; hired_on?: string; institution_id: string }>(
        `select staff_id, ${p.hiredOn ? 'hired_on::text as hired_on, ' : ''}institution_id from ${p.table} where tenant_id = $1`,
        [tenantId],
      );
      for (const r of rows.rows) {
        const prev = m.get(r.staff_id);
        m.set(r.staff_id, { hiredOn: r.hired_on, institutionId: r.institution_id, rows: (prev?.rows ?? 0) + 1 });
      }
      projections[p.consumer] = m;
    }
    return { events, unpublished, processed, identity, projections };
  } finally {
    await c.end().catch(() => undefined);
  }
}

/** How many messages of `events.<subject>` the stream holds per envelope id. */
export async function streamCounts(natsUrl: string, stream: string, subject: string): Promise<Map<string, number>> {
  const nc = await connect({ servers: natsUrl, reconnect: false, timeout: 3000 });
  try {
    const jsm = await jetstreamManager(nc);
    const info = await jsm.streams.info(stream);
    const counts = new Map<string, number>();
    if (info.state.messages === 0) return counts;
    for (let seq = info.state.first_seq; seq <= info.state.last_seq; seq++) {
      const m = await jsm.streams.getMessage(stream, { seq }).catch(() => null);
      if (!m || m.subject !== `events.${subject}`) continue;
      const id = m.json<{ id: string }>().id;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  } finally {
    await nc.close();
  }
}

/** A durable consumer's state in JetStream (pending acks, redeliveries). */
export async function consumerInfo(natsUrl: string, stream: string, durable: string): Promise<{ num_ack_pending: number; num_redelivered: number }> {
  const nc = await connect({ servers: natsUrl, reconnect: false, timeout: 3000 });
  try {
    const jsm = await jetstreamManager(nc);
    const info = await jsm.consumers.info(stream, durable);
    return { num_ack_pending: info.num_ack_pending, num_redelivered: info.num_redelivered };
  } finally {
    await nc.close();
  }
}

export interface Findings {
  events: number;
  /** Acknowledged writes: how many, and those whose event is missing from the outbox (lost). */
  acked: number;
  lostAcked: string[];
  /** Writes with more than one outbox event, and outbox events that match no write sent. */
  duplicateEvents: string[];
  unknownEvents: string[];
  /** Refused (or failed) writes that committed anyway (their answer was lost; by hiredOn), and how many were rolled back. */
  inDoubtCommitted: string[];
  rolledBack: number;
  /** A rolled-back write's value seen in identity or a projection. */
  rolledBackVisible: string[];
  /** identity's state differs from the last committed write of that staff member. */
  identityMismatch: string[];
  unpublished: number;
  /** (event, consumer) pairs with no processed_event row, or more than one. */
  processedMissing: string[];
  processedDuplicate: string[];
  /** Projection rows that differ from identity, are missing, are doubled or belong to no staff member. */
  projectionMismatch: string[];
  /** Events not in JetStream, or in it more than once (only when stream counts were given). */
  streamMissing: string[];
  streamDuplicate: string[];
}

/** Compares the writes sent with what the database (and the stream) hold. Asserts nothing. */
export function analyse(records: WriteRecord[], s: Snapshot, stream?: Map<string, number>): Findings {
  const byHiredOn = new Map<string, Snapshot['events']>();
  for (const e of s.events) byHiredOn.set(e.hiredOn, [...(byHiredOn.get(e.hiredOn) ?? []), e]);
  const sent = new Map(records.map((r) => [r.hiredOn, r]));
  const f: Findings = {
    events: s.events.length,
    acked: 0,
    lostAcked: [],
    duplicateEvents: [],
    unknownEvents: [],
    inDoubtCommitted: [],
    rolledBack: 0,
    rolledBackVisible: [],
    identityMismatch: [],
    unpublished: Object.values(s.unpublished).reduce((a, b) => a + b, 0),
    processedMissing: [],
    processedDuplicate: [],
    projectionMismatch: [],
    streamMissing: [],
    streamDuplicate: [],
  };
  const rolledBack = new Set<string>();
  /** email → the last committed write (by send order; writes of one staff member never overlap). */
  const lastCommitted = new Map<string, WriteRecord>();
  for (const r of records) {
    const evs = byHiredOn.get(r.hiredOn) ?? [];
    if (r.outcome === 'acked') {
      f.acked++;
      if (evs.length === 0) f.lostAcked.push(`${r.kind} #${r.n} (${r.fault}/${r.phase})`);
    } else if (evs.length > 0) f.inDoubtCommitted.push(r.hiredOn);
    else {
      f.rolledBack++;
      rolledBack.add(r.hiredOn);
    }
    if (evs.length > 1) f.duplicateEvents.push(`${r.kind} #${r.n}: ${evs.length} events`);
    if (evs.length > 0) {
      const prev = lastCommitted.get(r.email);
      if (!prev || prev.n < r.n) lastCommitted.set(r.email, r);
    }
  }
  for (const e of s.events) if (!sent.has(e.hiredOn)) f.unknownEvents.push(`${e.id} (hiredOn ${e.hiredOn})`);

  const byEmail = new Map([...s.identity.entries()].map(([id, st]) => [st.email, { id, ...st }]));
  for (const [email, r] of lastCommitted) {
    const st = byEmail.get(email);
    if (!st) f.identityMismatch.push(`${email}: committed (#${r.n}) but not in identity.staff`);
    else if (st.hiredOn !== r.hiredOn || st.institutionId !== r.institutionId) {
      f.identityMismatch.push(`${email}: identity has ${st.hiredOn}/${st.institutionId}, last committed write #${r.n} sent ${r.hiredOn}/${r.institutionId}`);
    }
  }
  for (const [id, st] of s.identity) {
    if (!lastCommitted.has(st.email)) f.identityMismatch.push(`${st.email} (${id}): in identity.staff, but no write of the load committed it`);
    if (st.hiredOn && rolledBack.has(st.hiredOn)) f.rolledBackVisible.push(`identity.staff ${id} has the value of a rolled-back write (${st.hiredOn})`);
  }

  for (const e of s.events) {
    for (const { consumer } of PROJECTIONS) {
      const n = s.processed.get(e.id)?.[consumer] ?? 0;
      if (n === 0) f.processedMissing.push(`${consumer}: ${e.id}`);
      if (n > 1) f.processedDuplicate.push(`${consumer}: ${e.id} ×${n}`);
    }
    if (stream) {
      const n = stream.get(e.id) ?? 0;
      if (n === 0) f.streamMissing.push(e.id);
      if (n > 1) f.streamDuplicate.push(`${e.id} ×${n}`);
    }
  }

  for (const p of PROJECTIONS) {
    const rows = s.projections[p.consumer];
    for (const [id, st] of s.identity) {
      const row = rows.get(id);
      if (!row) f.projectionMismatch.push(`${p.table}: no row for ${id}`);
      else if (row.rows !== 1) f.projectionMismatch.push(`${p.table}: ${row.rows} rows for ${id}`);
      else if (row.institutionId !== st.institutionId || (p.hiredOn && row.hiredOn !== st.hiredOn)) {
        f.projectionMismatch.push(`${p.table} ${id}: ${row.hiredOn ?? '-'}/${row.institutionId}, identity ${st.hiredOn}/${st.institutionId}`);
      }
      if (row?.hiredOn && rolledBack.has(row.hiredOn)) f.rolledBackVisible.push(`${p.table} ${id} has the value of a rolled-back write (${row.hiredOn})`);
    }
    for (const id of rows.keys()) if (!s.identity.has(id)) f.projectionMismatch.push(`${p.table}: row for ${id}, who is not in identity.staff`);
  }
  return f;
}

/** Whether everything that eventually converges has: outboxes drained, every event processed, projections caught up. */
export function converged(f: Findings): boolean {
  return f.unpublished === 0 && f.processedMissing.length === 0 && f.projectionMismatch.length === 0;
}
