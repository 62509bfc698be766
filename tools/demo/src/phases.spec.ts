import { Phases } from './phases.js';

describe('Phases', () => {
  it('merges the tenants of one phase into one span and keeps the longest tenant', async () => {
    let now = 1_000;
    const phases = new Phases({ started: 1_000 }, () => now);
    await phases.time('identity', async () => {
      now += 2_000;
    });
    // two tenants side by side: one 2.0–6.0 s, the other 2.0–4.5 s
    let finishA!: () => void;
    let finishB!: () => void;
    const a = phases.tenant('training', () => new Promise<void>((r) => (finishA = r)));
    const b = phases.tenant('training', () => new Promise<void>((r) => (finishB = r)));
    now += 2_500;
    finishB();
    await b;
    now += 1_500;
    finishA();
    await a;
    expect(phases.summary()).toEqual([
      { phase: 'identity', from: 0, to: 2, longest: 2, runs: 1 },
      { phase: 'training', from: 2, to: 6, longest: 4, runs: 2 },
    ]);
    expect(phases.table()).toMatch(/training\s+2\.0–6\.0\s+4\.0 s \(×2\)/);
  });

  it('times a phase that fails too', async () => {
    let now = 0;
    const phases = new Phases({ started: 0 }, () => now);
    await expect(
      phases.time('broken', async () => {
        now += 1_500;
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(phases.summary()).toEqual([{ phase: 'broken', from: 0, to: 1.5, longest: 1.5, runs: 1 }]);
  });
});
