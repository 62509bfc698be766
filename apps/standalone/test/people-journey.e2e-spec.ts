import { describeWithNats, formatJourneyReport, playPeopleJourney, writeSuiteReport, type PeopleJourneyReport } from '@m4pris/testing';
import { startPlatform, type Mode, type TestPlatform } from './platform.js';

/*
 * Issue 22's journey as a frontend plays it (libs/testing/src/people-journey.ts: a client of
 * schema.graphql only, counting its HTTP calls), as every role, with the refusals, over the
 * in-process bus and over NATS. The distributed proof (tools/e2e-distributed) plays the same journey
 * against separate processes.
 */
function journey(mode: Mode) {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startPlatform(mode);
  }, 180_000);
  afterAll(async () => {
    await p?.close();
  });

  it('a programme end to end as every role, one call per screen whatever the rows, names where the role may know them and nowhere else', async () => {
    const report: PeopleJourneyReport = await playPeopleJourney({ url: p.url, mailbox: p.mailbox, platformAdmin: p.admin, modules: p.modules, code: `j-${mode === 'nats' ? 'nats' : 'inproc'}` });
    process.stdout.write(`\npeople journey (${mode}):\n${formatJourneyReport(report)}\n`);
    expect(report.steps.filter((s) => s.kind === 'read').every((s) => s.calls === 1)).toBe(true);
    writeSuiteReport({
      suite: `63-people-journey-${mode}`,
      title: `People journey as every role (${mode})`,
      tried: { steps: report.steps.length, calls: report.totalCalls - report.pollCalls, polls: report.pollCalls },
      held: ['Every screen of the journey is one HTTP call, whatever its rows (eligible staff and the staff directory: the same calls for 2 and 20 rows).', 'The researcher, the line manager and the tenant admin read no participant name and no duo anywhere.'],
      tables: [{ caption: 'HTTP calls per step', headers: ['role', 'step', 'kind', 'calls', 'rows'], rows: report.steps.map((s) => [s.role, s.step, s.kind, s.calls, s.rows ?? '']) }],
    });
  }, 300_000);
}

describe('people journey through the gateway, in-process transport', () => journey('in-process'));
describeWithNats('people journey through the gateway, over NATS', () => journey('nats'));
