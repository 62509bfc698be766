import { natsUnavailableReason } from './nats.js';

/**
 * `describe` for suites that need NATS: runs when NATS can be had; otherwise, outside CI, the suite
 * is reported as not run with a clear line, and under CI=true it fails.
 */
export function describeWithNats(name: string, fn: () => void): void {
  const reason = natsUnavailableReason();
  if (!reason) {
    describe(name, fn);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('needs NATS (CI=true: missing NATS is a failure)', () => {
        throw new Error(`NATS is required under CI=true: ${reason}`);
      });
    });
    return;
  }
  process.stderr.write(`\n[m4pris] NOT RUN: "${name}" — ${reason}\n`);
  describe(name, () => {
    it.todo(`not run: ${reason}`);
  });
}
