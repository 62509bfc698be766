// The offline queue on an in-memory IndexedDB (fake-indexeddb, unit tests only: the browser
// journeys use Chromium's real IndexedDB).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newIdempotencyKey, OfflineQueue, type QueueEntry, type QueueEvent, type QueuedOperation, type Sender } from './queue';

class NetworkDown extends Error {}
class Refused extends Error {}

const meeting = (key: string, minutes = 30): QueuedOperation => ({
  kind: 'logMeeting',
  input: { relationshipId: 'r1', heldOn: '2026-12-01', durationMinutes: minutes, duringShift: false, functions: ['PSYCHOSOCIAL'], idempotencyKey: key },
});

/** A server that records what reached it; `fail` decides per entry. */
function server(fail: (e: QueueEntry) => Error | null = () => null) {
  const received: QueueEntry[] = [];
  const sender: Sender = {
    send: async (e) => {
      const err = fail(e);
      if (err) throw err;
      received.push(e);
    },
    answered: (e) => e instanceof Refused,
  };
  return { received, sender };
}

let n = 0;
let q: OfflineQueue;
let events: QueueEvent[];

beforeEach(() => {
  q = new OfflineQueue(`test-queue-${++n}`);
  events = [];
  q.on((e) => events.push(e));
});
afterEach(() => q.close());

describe('OfflineQueue', () => {
  it('keeps operations under their idempotency key, oldest first, across a reopened connection', async () => {
    await q.add(meeting('k2'), 2000);
    await q.add(meeting('k1'), 1000);
    q.close();
    expect((await q.list()).map((e) => [e.key, e.input.idempotencyKey, e.queuedAt])).toEqual([
      ['k1', 'k1', 1000],
      ['k2', 'k2', 2000],
    ]);
  });

  it('sends each entry with its key and removes it only after the server answered', async () => {
    await q.add(meeting('a'), 1);
    await q.add(meeting('b', 45), 2);
    const { received, sender } = server();
    expect(await q.flush(sender)).toBe(0);
    expect(received.map((e) => [e.input.idempotencyKey, e.kind === 'logMeeting' && e.input.durationMinutes])).toEqual([
      ['a', 30],
      ['b', 45],
    ]);
    expect(await q.list()).toEqual([]);
    expect(events.filter((e) => e.type === 'sent').map((e) => e.key)).toEqual(['a', 'b']);
  });

  it('on a network failure keeps the entry and everything after it for the next flush', async () => {
    await q.add(meeting('a'), 1);
    await q.add(meeting('b'), 2);
    const down = server(() => new NetworkDown('offline'));
    expect(await q.flush(down.sender)).toBe(2);
    expect(down.received).toEqual([]);
    expect((await q.list()).map((e) => e.key)).toEqual(['a', 'b']);
    const up = server();
    expect(await q.flush(up.sender)).toBe(0);
    expect(up.received.map((e) => e.key)).toEqual(['a', 'b']);
  });

  it('an entry the server refused is dropped and reported, and the rest is still sent', async () => {
    await q.add(meeting('bad'), 1);
    await q.add(meeting('good'), 2);
    const { received, sender } = server((e) => (e.key === 'bad' ? new Refused('heldOn must be between the start of the relationship and today.') : null));
    expect(await q.flush(sender)).toBe(0);
    expect(received.map((e) => e.key)).toEqual(['good']);
    expect(events).toContainEqual({ type: 'failed', key: 'bad', message: 'heldOn must be between the start of the relationship and today.' });
  });

  it('flushes that overlap (app start and the online event) send each entry once', async () => {
    await q.add(meeting('once'), 1);
    const { received, sender } = server();
    await Promise.all([q.flush(sender), q.flush(sender), q.flush(sender)]);
    expect(received.map((e) => e.key)).toEqual(['once']);
  });

  it('adding the same key twice keeps one entry (a double tap is one meeting)', async () => {
    await q.add(meeting('same'), 1);
    await q.add(meeting('same'), 2);
    expect((await q.list()).length).toBe(1);
  });
});

describe('newIdempotencyKey', () => {
  it('makes version-4 UUIDs, also without crypto.randomUUID', () => {
    const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(newIdempotencyKey()).toMatch(v4);
    const original = Object.getOwnPropertyDescriptor(crypto, 'randomUUID');
    try {
      Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
      const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
      expect(keys.size).toBe(50);
      for (const k of keys) expect(k).toMatch(v4);
    } finally {
      if (original) Object.defineProperty(crypto, 'randomUUID', original);
      else delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
  });
});
