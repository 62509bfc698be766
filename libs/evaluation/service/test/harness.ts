import { startServiceHarness, type ServiceHarness } from '@m4pris/testing';
import { Clock, evaluationService } from '../src/index.js';

/** A clock the tests move by hand (waves open, reminders fall due, invitations expire). */
export class TestClock extends Clock {
  day = '2026-01-05';
  override today(): string {
    return this.day;
  }
  override now(): Date {
    return new Date(`${this.day}T12:00:00Z`);
  }
}

export interface EvaluationHarness extends ServiceHarness {
  clock: TestClock;
}

export async function startEvaluation(): Promise<EvaluationHarness> {
  const clock = new TestClock();
  const h = await startServiceHarness(evaluationService, { configure: (b) => b.overrideProvider(Clock).useValue(clock) });
  return { ...h, clock };
}

export { as, failure } from '@m4pris/testing';
