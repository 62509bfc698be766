import { describe, expect, it } from 'vitest';
import { componentRows, healthRows } from './health';

// The gateway's answer in standalone mode (libs/platform/runtime/src/gateway.ts), one module down.
const answer = {
  status: 'degraded',
  mode: 'standalone',
  bus: { transport: 'in-memory', status: 'up' },
  modules: {
    training: { status: 'up', outboxBacklog: 0, latencyMs: 3 },
    identity: { status: 'up', outboxBacklog: 2, latencyMs: 5 },
    matching: { status: 'down', reason: 'MODULE_UNAVAILABLE' },
    evaluation: { status: 'sideways' },
  },
  components: { 'db:training': { status: 'up' }, nats: { status: 'down', details: { reason: 'timeout' } }, 'db:identity': { status: 'up' } },
};

describe('the health report', () => {
  it('lists each module in the registry’s order with its state, answer time and outbox backlog', () => {
    expect(healthRows(answer)).toEqual([
      { name: 'identity', up: true, status: 'up', latencyMs: 5, outboxBacklog: 2, reason: null },
      { name: 'matching', up: false, status: 'down', latencyMs: null, outboxBacklog: null, reason: 'MODULE_UNAVAILABLE' },
      { name: 'training', up: true, status: 'up', latencyMs: 3, outboxBacklog: 0, reason: null },
      { name: 'evaluation', up: false, status: 'unknown', latencyMs: null, outboxBacklog: null, reason: null },
    ]);
  });

  it('lists the bus first, then each module’s database in the modules’ order, then the rest', () => {
    expect(componentRows(answer)).toEqual([
      { name: 'bus', status: 'up' },
      { name: 'db:identity', status: 'up' },
      { name: 'db:training', status: 'up' },
      { name: 'nats', status: 'down' },
    ]);
  });

  it('an answer without modules has no rows', () => {
    expect(healthRows({ status: 'ok' })).toEqual([]);
    expect(componentRows({ status: 'ok' })).toEqual([]);
  });
});
