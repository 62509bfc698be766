import { growingDelay } from './login-limiter.js';

describe('growingDelay (OWASP: slow down failures, do not lock out)', () => {
  it('is free for the first failures, then doubles from the base up to the cap', () => {
    expect([0, 1, 2].map((n) => growingDelay(n, 3, 2, 900))).toEqual([0, 0, 0]);
    expect([3, 4, 5, 6, 7].map((n) => growingDelay(n, 3, 2, 900))).toEqual([2, 4, 8, 16, 32]);
    expect(growingDelay(12, 3, 2, 900)).toBe(900);
    expect(growingDelay(10_000, 3, 2, 900)).toBe(900);
  });
});
