import { useEffect, useState } from 'react';
import { Alert, Button, Card, Group, Progress, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/LocaleProvider';
import type { ConsoleMatchRunQuery, ProposalStatus } from '../../gql/graphql';
import type { MessageId } from '../../i18n/locales';
import { SelectableTable } from '../SelectableTable';
import { ConsolePage, ErrorNote, Loading, useSelectedCohort, Tag } from '../common';
import { ROLE_LABEL } from '../cohorts/CohortsPage';
import { ApproveProposals, ForbidPair, MatchRunDetail, MatchRuns, PinPair, RejectProposal, RunMatch } from './matching.graphql';
import { bars, CRITERION_LABEL, RULE_LABEL, scoreBand } from './explain';

type Run = ConsoleMatchRunQuery['matchRun'];
type Proposal = Run['proposals'][number];

const PROPOSAL_STATUS: Record<ProposalStatus, MessageId> = {
  PROPOSED: 'console.proposal.PROPOSED',
  APPROVED: 'console.proposal.APPROVED',
  REJECTED: 'console.proposal.REJECTED',
  SUPERSEDED: 'console.proposal.SUPERSEDED',
};
const BAND_COLOR = { high: 'teal.9', medium: 'blue.9', low: 'red.9' } as const;

/** Run matching, review proposals (names, score, breakdown, flags, reason), decide; the unmatched with their reasons. */
export default function MatchingPage() {
  const t = useT();
  const { cohort, picker } = useSelectedCohort();
  const runs = useQuery(MatchRuns, { variables: { cohortId: cohort?.id ?? '' }, skip: !cohort });
  // The run just started (for this cohort), else the cohort's latest run.
  const [started, setStarted] = useState<{ cohortId: string; runId: string; answer: Started } | null>(null);
  const latest = runs.data?.matchRuns[0]?.id ?? null;
  const current = (started && started.cohortId === cohort?.id ? started.runId : null) ?? latest;
  const [run, running] = useMutation(RunMatch);
  const canRun = cohort && ['RECRUITING', 'MATCHING', 'RUNNING'].includes(cohort.state);
  return (
    <ConsolePage title={t('console.matching.title')}>
      {picker}
      {cohort && !canRun && <Alert color="gray">{t('console.matching.notNow')}</Alert>}
      {canRun && (
        <Group>
          <Button
            loading={running.loading}
            onClick={() =>
              void run({ variables: { input: { cohortId: cohort.id } } }).then((r) => {
                if (r.data) setStarted({ cohortId: cohort.id, runId: r.data.runMatch.id, answer: r.data.runMatch });
                void runs.refetch();
              })
            }
          >
            {current ? t('console.matching.rerun') : t('console.matching.run')}
          </Button>
          <Text size="sm">{t('console.matching.runHelp')}</Text>
        </Group>
      )}
      <ErrorNote error={runs.error ?? running.error} />
      {runs.loading && <Loading />}
      {runs.data && !current && <Text>{t('console.matching.noRun')}</Text>}
      {current && cohort && <RunView runId={current} cohortId={cohort.id} answer={started?.runId === current ? started.answer : undefined} />}
    </ConsolePage>
  );
}

/** How `runMatch` answered: a large cohort's run is still RUNNING, with its progress. */
type Started = { status: string; progress: number; mentees: number; mentors: number };

/**
 * A run (its progress while RUNNING; then the proposals). Until the run's first read comes back, a
 * run just started shows what `runMatch` answered, so that a RUNNING answer shows its progress at once.
 */
function RunView({ runId, cohortId, answer }: { runId: string; cohortId: string; answer?: Started }) {
  const t = useT();
  const intl = useIntl();
  const { data, error, startPolling, stopPolling, refetch } = useQuery(MatchRunDetail, { variables: { id: runId } });
  const status = data?.matchRun.status;
  // A large cohort answers RUNNING with its progress: poll the run until it is done.
  useEffect(() => {
    if (status === 'RUNNING') startPolling(700);
    else stopPolling();
    return () => stopPolling();
  }, [status, startPolling, stopPolling]);
  const [approve, approving] = useMutation(ApproveProposals);
  const [reject, rejecting] = useMutation(RejectProposal);
  const [pin, pinning] = useMutation(PinPair);
  const [forbid, forbidding] = useMutation(ForbidPair);
  const [selected, setSelected] = useState<string[]>([]);
  const [note, setNote] = useState<MessageId | null>(null);
  const progressOf = (r: Started) => (
    <Card withBorder>
      <Stack gap="xs">
        <Text fw={600} id="match-progress">
          {t('console.matching.running', { mentees: r.mentees, mentors: r.mentors })}
        </Text>
        <Progress value={Math.round(r.progress * 100)} size="xl" striped animated aria-labelledby="match-progress" aria-valuetext={intl.formatNumber(r.progress, { style: 'percent' })} data-testid="match-progress" />
        <Text size="sm">{intl.formatNumber(r.progress, { style: 'percent' })}</Text>
      </Stack>
    </Card>
  );
  if (!data) return error ? <ErrorNote error={error} /> : answer?.status === 'RUNNING' ? progressOf(answer) : <Loading />;
  const r = data.matchRun;
  if (r.status === 'RUNNING') return progressOf(r);
  if (r.status === 'FAILED') return <Alert color="red.9">{t('console.matching.failed')}</Alert>;
  const open = r.proposals.filter((p) => p.status === 'PROPOSED');
  const busy = approving.loading || rejecting.loading || pinning.loading || forbidding.loading;
  const pair = (p: Proposal) => ({ cohortId, mentorStaffId: p.mentorStaffId, menteeStaffId: p.menteeStaffId });
  const after = (message: MessageId) => () => {
    setNote(message);
    setSelected([]);
    void refetch();
  };
  return (
    <Stack gap="md">
      <Text size="sm">
        {t('console.matching.summary', { proposals: r.proposals.length, mentees: r.mentees, mentors: r.mentors, mean: intl.formatNumber(r.meanScore, { maximumFractionDigits: 0 }) })}
      </Text>
      {note && (
        <Alert color="green" role="status" withCloseButton onClose={() => setNote(null)} closeButtonLabel={t('console.close')}>
          {t(note)}
        </Alert>
      )}
      <ErrorNote error={approving.error ?? rejecting.error ?? pinning.error ?? forbidding.error} />
      {r.proposals.length > 0 && (
        <SelectableTable
          rows={r.proposals}
          rowKey={(p) => p.id}
          selectable={(p) => p.status === 'PROPOSED'}
          rowLabel={(p) => t('console.matching.selectPair', { mentor: p.mentor?.displayName ?? '—', mentee: p.mentee?.displayName ?? '—' })}
          selected={selected}
          onSelectedChange={setSelected}
          minWidth={980}
          rowTestId="proposal-row"
          bulk={
            open.length > 0 ? (
              <>
              <Button loading={busy} onClick={() => void approve({ variables: { input: { runId: r.id } } }).then(after('console.matching.approvedNote'))}>
                {t('console.matching.approveAll', { count: open.length })}
              </Button>
              <Button variant="outline" disabled={selected.length === 0} loading={busy} onClick={() => void approve({ variables: { input: { runId: r.id, proposalIds: selected } } }).then(after('console.matching.approvedNote'))}>
                {t('console.matching.approveSelected', { count: selected.length })}
              </Button>
              </>
            ) : undefined
          }
          head={
            <>
              <Table.Th>{t('role.MENTOR')}</Table.Th>
              <Table.Th>{t('role.MENTEE')}</Table.Th>
              <Table.Th>{t('console.matching.score')}</Table.Th>
              <Table.Th>{t('console.matching.breakdown')}</Table.Th>
              <Table.Th>{t('console.matching.reason')}</Table.Th>
              <Table.Th>{t('console.cohorts.actions')}</Table.Th>
            </>
          }
          cells={(p) => {
            const mentor = p.mentor?.displayName ?? '—';
            const mentee = p.mentee?.displayName ?? '—';
            return (
              <>
              <Table.Td>
                <Text fw={600}>{mentor}</Text>
              </Table.Td>
              <Table.Td>
                <Text fw={600}>{mentee}</Text>
              </Table.Td>
              <Table.Td>
                <Tag size="lg" color={BAND_COLOR[scoreBand(p.score)]}>
                  {intl.formatNumber(p.score, { maximumFractionDigits: 0 })}
                </Tag>
                <Stack gap={2} mt={4}>
                  <Tag size="xs" color={p.status === 'APPROVED' ? 'teal.9' : p.status === 'PROPOSED' ? 'blue.9' : 'gray.8'}>
                    {t(PROPOSAL_STATUS[p.status])}
                  </Tag>
                  {p.pinned && (
                    <Tag size="xs" color="indigo.8">
                      {t('console.matching.pinned')}
                    </Tag>
                  )}
                  {p.flags.map((f) => (
                    <Tag key={f} size="xs" color="red.9" data-testid="proposal-flag">
                      {t(RULE_LABEL[f])}
                    </Tag>
                  ))}
                </Stack>
              </Table.Td>
              <Table.Td miw={240}>
                <Stack gap={4}>
                  {bars(p.breakdown).map((b) => (
                    <div key={b.criterion}>
                      <Group justify="space-between" gap={4}>
                        <Text size="xs">{t(CRITERION_LABEL[b.criterion])}</Text>
                        <Text size="xs">{t('console.matching.points', { points: b.points })}</Text>
                      </Group>
                      <Progress value={b.percent} size="sm" aria-label={`${t(CRITERION_LABEL[b.criterion])}: ${intl.formatNumber(b.percent / 100, { style: 'percent' })}`} />
                      {b.detail && (
                        <Text size="xs" c="dimmed" data-testid="criterion-detail">
                          {b.detail}
                        </Text>
                      )}
                    </div>
                  ))}
                </Stack>
              </Table.Td>
              <Table.Td maw={300}>
                <Text size="sm" data-testid="proposal-reason">
                  {p.reason}
                </Text>
              </Table.Td>
              <Table.Td>
                {p.status === 'PROPOSED' && (
                  <Group gap={4}>
                    <Tooltip label={t('console.matching.pinHelp')}>
                      <Button size="compact-xs" variant="outline" loading={busy} disabled={p.pinned} onClick={() => void pin({ variables: { input: pair(p) } }).then(after('console.matching.pinnedNote'))}>
                        {t('console.matching.pin')}
                      </Button>
                    </Tooltip>
                    <Tooltip label={t('console.matching.rejectHelp')}>
                      <Button size="compact-xs" variant="outline" color="red.9" loading={busy} onClick={() => void reject({ variables: { id: p.id } }).then(after('console.matching.rejectedNote'))}>
                        {t('console.matching.reject')}
                      </Button>
                    </Tooltip>
                    <Tooltip label={t('console.matching.forbidHelp')}>
                      <Button size="compact-xs" variant="outline" color="red.9" loading={busy} onClick={() => void forbid({ variables: { input: pair(p) } }).then(after('console.matching.forbiddenNote'))}>
                        {t('console.matching.forbid')}
                      </Button>
                    </Tooltip>
                  </Group>
                )}
              </Table.Td>
              </>
            );
          }}
        />
      )}
      <Card withBorder component="section" aria-labelledby="unmatched">
        <Stack gap="xs">
          <Title order={2} size="h3" id="unmatched">
            {t('console.matching.unmatched', { count: r.unmatched.length })}
          </Title>
          {r.unmatched.length === 0 && <Text size="sm">{t('console.matching.allMatched')}</Text>}
          {r.unmatched.map((u) => (
            <Group key={`${u.role}-${u.staffId}`} gap="xs" data-testid="unmatched-row">
              <Text fw={600}>{u.person?.displayName ?? '—'}</Text>
              <Tag>{t(ROLE_LABEL[u.role])}</Tag>
              {/* The API's sentence, in the reader's language (counts only, nobody's identity). */}
              <Text size="sm" data-testid="unmatched-reason">
                {u.explanation}
              </Text>
            </Group>
          ))}
        </Stack>
      </Card>
    </Stack>
  );
}
