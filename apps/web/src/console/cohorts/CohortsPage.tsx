import { useState } from 'react';
import { Button, Card, Group, Pagination, SegmentedControl, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useFormatDate, useT } from '../../i18n/LocaleProvider';
import type { MessageId } from '../../i18n/locales';
import type { CohortState, EligibilityReason, ParticipantRole } from '../../gql/graphql';
import { ConsoleCohorts } from '../console.graphql';
import { ConsolePage, ErrorNote, Loading, useScopedCohorts, Tag } from '../common';
import { CreateCohort, EligibleStaff, TransitionCohort } from './cohorts.graphql';

export const ELIGIBILITY_LABEL: Record<EligibilityReason, MessageId> = {
  NEW_TO_PROFESSION: 'console.eligibility.NEW_TO_PROFESSION',
  NEW_TO_SETTING: 'console.eligibility.NEW_TO_SETTING',
  INSTITUTION_KIND_CHANGE: 'console.eligibility.INSTITUTION_KIND_CHANGE',
  EXPERIENCED_PEER: 'console.eligibility.EXPERIENCED_PEER',
  SUPERVISOR: 'console.eligibility.SUPERVISOR',
};

const STATE_LABEL: Record<CohortState, MessageId> = {
  DRAFT: 'console.cohortState.DRAFT',
  RECRUITING: 'console.cohortState.RECRUITING',
  MATCHING: 'console.cohortState.MATCHING',
  RUNNING: 'console.cohortState.RUNNING',
  CLOSING: 'console.cohortState.CLOSING',
  CLOSED: 'console.cohortState.CLOSED',
};

/** What the button says: the action, not the target state (going back reads differently). */
function transitionLabel(from: CohortState, to: CohortState): MessageId {
  if (from === 'MATCHING' && to === 'RECRUITING') return 'console.transition.reopenRecruitment';
  const forward: Record<CohortState, MessageId> = {
    DRAFT: 'console.transition.toDraft',
    RECRUITING: 'console.transition.toRecruiting',
    MATCHING: 'console.transition.toMatching',
    RUNNING: 'console.transition.toRunning',
    CLOSING: 'console.transition.toClosing',
    CLOSED: 'console.transition.toClosed',
  };
  return forward[to];
}

export const ROLE_LABEL: Record<ParticipantRole, MessageId> = { MENTEE: 'role.MENTEE', MENTOR: 'role.MENTOR' };

/**
 * Each cohort of the coordinator's programmes, its state and only the transitions that work: the API's
 * `Cohort.allowedTransitions`, computed for the caller by the function `transitionCohort` checks.
 */
export default function CohortsPage() {
  const t = useT();
  const date = useFormatDate();
  const { cohorts, programmes, loading, error } = useScopedCohorts();
  const [transition, transitioning] = useMutation(TransitionCohort);
  const [recruiting, setRecruiting] = useState<string | null>(null);
  const shown = cohorts.find((c) => c.id === recruiting);
  return (
    <ConsolePage title={t('console.cohorts.title')}>
      <ErrorNote error={error ?? transitioning.error} />
      {loading && <Loading />}
      {!loading && cohorts.length === 0 && <Text>{t('console.cohorts.none')}</Text>}
      {cohorts.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('console.cohorts.programme')}</Table.Th>
                <Table.Th>{t('console.cohorts.cohort')}</Table.Th>
                <Table.Th>{t('console.cohorts.dates')}</Table.Th>
                <Table.Th>{t('console.cohorts.state')}</Table.Th>
                <Table.Th>{t('console.cohorts.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cohorts.map((c) => (
                <Table.Tr key={c.id} data-testid="cohort-row">
                  <Table.Td>{c.programme.name}</Table.Td>
                  <Table.Td>
                    <Text fw={600}>{c.name}</Text>
                  </Table.Td>
                  <Table.Td>{t('console.cohorts.from', { start: date(c.startsOn), end: date(c.endsOn) })}</Table.Td>
                  <Table.Td miw={130}>
                    <Tag>
                      {t(STATE_LABEL[c.state])}
                    </Tag>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      {c.allowedTransitions.map((to) => (
                        <Button key={to} size="compact-sm" loading={transitioning.loading} onClick={() => void transition({ variables: { cohortId: c.id, to } })}>
                          {t(transitionLabel(c.state, to))}
                        </Button>
                      ))}
                      {(c.state === 'DRAFT' || c.state === 'RECRUITING') && (
                        <Button size="compact-sm" variant="outline" onClick={() => setRecruiting(c.id)}>
                          {t('console.cohorts.recruit')}
                        </Button>
                      )}
                      {c.state !== 'DRAFT' && (
                        <Button size="compact-sm" variant="default" component={Link} to={`/console/applications?cohort=${c.id}`}>
                          {t('console.nav.applications')}
                        </Button>
                      )}
                      {(c.state === 'MATCHING' || c.state === 'RUNNING') && (
                        <Button size="compact-sm" variant="default" component={Link} to={`/console/matching?cohort=${c.id}`}>
                          {t('console.nav.matching')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {shown && <Recruitment cohortId={shown.id} name={shown.name} />}
      {programmes.length > 0 && <NewCohort programmes={programmes} />}
    </ConsolePage>
  );
}

const PAGE = 25;

/** Who could take part, by name, and why they are eligible. */
function Recruitment({ cohortId, name }: { cohortId: string; name: string }) {
  const t = useT();
  const [role, setRole] = useState<ParticipantRole>('MENTEE');
  const [page, setPage] = useState(1);
  const { data, loading, error } = useQuery(EligibleStaff, { variables: { cohortId, role, page: { limit: PAGE, offset: (page - 1) * PAGE } } });
  const list = data?.eligibleStaff;
  return (
    <Card withBorder component="section" aria-labelledby="recruitment">
      <Stack gap="sm">
        <Title order={2} size="h3" id="recruitment">
          {t('console.recruit.title', { cohort: name })}
        </Title>
        <Text size="sm">{t('console.recruit.help')}</Text>
        <SegmentedControl
          aria-label={t('console.recruit.role')}
          value={role}
          onChange={(v) => {
            setRole(v);
            setPage(1);
          }}
          data={[
            { value: 'MENTEE', label: t('console.recruit.mentees') },
            { value: 'MENTOR', label: t('console.recruit.mentors') },
          ]}
          w="fit-content"
        />
        <ErrorNote error={error} />
        {loading && <Loading />}
        {list && list.items.length === 0 && <Text>{t('console.recruit.none')}</Text>}
        {list && list.items.length > 0 && (
          <>
            <Text size="sm">{t('console.recruit.total', { count: list.total })}</Text>
            <Table.ScrollContainer minWidth={600}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('console.table.name')}</Table.Th>
                    <Table.Th>{t('console.table.institution')}</Table.Th>
                    <Table.Th>{t('console.recruit.service')}</Table.Th>
                    <Table.Th>{t('console.recruit.why')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.items.map((s) => (
                    <Table.Tr key={s.staffId} data-testid="eligible-row">
                      <Table.Td>{s.person?.displayName ?? '—'}</Table.Td>
                      <Table.Td>{[s.person?.institution?.name, s.person?.unit?.name].filter(Boolean).join(' · ')}</Table.Td>
                      <Table.Td>{t('console.recruit.months', { count: s.monthsOfService })}</Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {s.reasons.map((r) => (
                            <Tag key={r} color="teal.9">
                              {t(ELIGIBILITY_LABEL[r])}
                            </Tag>
                          ))}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {list.total > PAGE && <Pagination total={Math.ceil(list.total / PAGE)} value={page} onChange={setPage} getControlProps={(c) => ({ 'aria-label': String(c) })} />}
          </>
        )}
      </Stack>
    </Card>
  );
}

function NewCohort({ programmes }: { programmes: { id: string; name: string }[] }) {
  const t = useT();
  const [programmeId, setProgrammeId] = useState<string | null>(programmes[0]?.id ?? null);
  const [create, { loading, error }] = useMutation(CreateCohort, { refetchQueries: [ConsoleCohorts] });
  return (
    <Card withBorder component="section" aria-labelledby="new-cohort">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const f = new FormData(form);
          if (!programmeId) return;
          void create({
            variables: { input: { programmeId, name: String(f.get('name')), startsOn: String(f.get('startsOn')), endsOn: String(f.get('endsOn') ?? '') || null } },
          }).then(() => form.reset());
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h3" id="new-cohort">
            {t('console.newCohort.title')}
          </Title>
          <Group align="end" gap="sm">
            <Select label={t('console.cohorts.programme')} data={programmes.map((p) => ({ value: p.id, label: p.name }))} value={programmeId} onChange={setProgrammeId} allowDeselect={false} required />
            <TextInput name="name" label={t('console.newCohort.name')} required />
            <TextInput name="startsOn" type="date" label={t('console.newCohort.startsOn')} required />
            <TextInput name="endsOn" type="date" label={t('console.newCohort.endsOn')} description={t('console.newCohort.endsOnHelp')} />
            <Button type="submit" loading={loading}>
              {t('console.newCohort.create')}
            </Button>
          </Group>
          <ErrorNote error={error} />
        </Stack>
      </form>
    </Card>
  );
}
