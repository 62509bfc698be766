import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, Table, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useFormatDate, useT } from '../../i18n/LocaleProvider';
import type { MessageId } from '../../i18n/locales';
import type { ApplicationDecision, ApplicationState, MentoringFunction } from '../../gql/graphql';
import { SelectableTable } from '../SelectableTable';
import { ConsolePage, ErrorNote, Loading, useSelectedCohort, Tag } from '../common';
import { ELIGIBILITY_LABEL, ROLE_LABEL } from '../cohorts/CohortsPage';
import { CohortApplications, DecideApplication } from './applications.graphql';

export const FUNCTION_LABEL: Record<MentoringFunction, MessageId> = { JOB_FAMILIARISATION: 'function.JOB_FAMILIARISATION', PSYCHOSOCIAL: 'function.PSYCHOSOCIAL' };

const STATE_LABEL: Record<ApplicationState, MessageId> = {
  SUBMITTED: 'application.state.SUBMITTED',
  ACCEPTED: 'application.state.ACCEPTED',
  WAITLISTED: 'application.state.WAITLISTED',
  DECLINED: 'application.state.DECLINED',
  WITHDRAWN: 'application.state.WITHDRAWN',
};
const STATE_COLOR: Record<ApplicationState, string> = { SUBMITTED: 'blue.9', ACCEPTED: 'teal.9', WAITLISTED: 'violet.9', DECLINED: 'red.9', WITHDRAWN: 'gray.8' };
const DECIDABLE: ApplicationState[] = ['SUBMITTED', 'WAITLISTED'];

/** Review applications: motivation and needs/strengths by function; accept, waitlist, decline with a reason, one or many. */
export default function ApplicationsPage() {
  const t = useT();
  const date = useFormatDate();
  const { cohort, picker } = useSelectedCohort();
  const [state, setState] = useState<ApplicationState | null>(null);
  const { data, loading, error, refetch } = useQuery(CohortApplications, {
    variables: { cohortId: cohort?.id ?? '', filter: state ? { state } : null, page: { limit: 200 } },
    skip: !cohort,
  });
  const [decide] = useMutation(DecideApplication);
  const [selected, setSelected] = useState<string[]>([]);
  const [declining, setDeclining] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Error | null>(null);
  const items = data?.applications.items ?? [];

  async function apply(ids: string[], decision: ApplicationDecision, reason?: string) {
    setBusy(true);
    setFailure(null);
    try {
      // One decision per application (the API decides one at a time); stop at the first refusal.
      for (const id of ids) await decide({ variables: { input: { applicationId: id, decision, reason: reason ?? null } } });
      setSelected([]);
      await refetch();
    } catch (e) {
      setFailure(e as Error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <ConsolePage title={t('console.applications.title')}>
      <Group align="end">
        {picker}
        <Select
          label={t('console.applications.filter')}
          data={[{ value: '', label: t('console.applications.all') }, ...Object.entries(STATE_LABEL).map(([value, label]) => ({ value, label: t(label) }))]}
          value={state ?? ''}
          onChange={(v) => setState((v || null) as ApplicationState | null)}
          allowDeselect={false}
          w={220}
        />
      </Group>
      <ErrorNote error={error ?? failure} />
      {loading && <Loading />}
      {data && items.length === 0 && <Text>{t('console.applications.none')}</Text>}
      {items.length > 0 && (
        <SelectableTable
          rows={items}
          rowKey={(a) => a.id}
          selectable={(a) => DECIDABLE.includes(a.state)}
          rowLabel={(a) => t('console.applications.select', { name: a.applicant.displayName })}
          selected={selected}
          onSelectedChange={setSelected}
          minWidth={900}
          rowTestId="application-row"
          bulkLabel={t('console.applications.bulk')}
          bulk={
            <>
              <Text size="sm">{t('console.applications.selected', { count: selected.length })}</Text>
              <Button size="compact-sm" disabled={selected.length === 0} loading={busy} onClick={() => void apply(selected, 'ACCEPT')}>
                {t('console.applications.acceptSelected')}
              </Button>
              <Button size="compact-sm" color="red.9" variant="outline" disabled={selected.length === 0} loading={busy} onClick={() => setDeclining(selected)}>
                {t('console.applications.declineSelected')}
              </Button>
            </>
          }
          head={
            <>
              <Table.Th>{t('console.table.name')}</Table.Th>
              <Table.Th>{t('console.applications.role')}</Table.Th>
              <Table.Th>{t('console.applications.functions')}</Table.Th>
              <Table.Th>{t('console.applications.motivation')}</Table.Th>
              <Table.Th>{t('console.applications.state')}</Table.Th>
              <Table.Th>{t('console.cohorts.actions')}</Table.Th>
            </>
          }
          cells={(a) => {
            const open = DECIDABLE.includes(a.state);
            const name = a.applicant.displayName;
            return (
              <>
                <Table.Td>
                  <Text fw={600}>{name}</Text>
                  <Text size="xs">{a.applicant.institution?.name}</Text>
                  <Text size="xs">{t('console.applications.submitted', { date: date(a.submittedAt) })}</Text>
                </Table.Td>
                <Table.Td>
                  <Text>{t(ROLE_LABEL[a.role])}</Text>
                  <Group gap={4}>
                    {a.eligibility.map((r) => (
                      <Tag key={r} size="xs" color="teal.9">
                        {t(ELIGIBILITY_LABEL[r])}
                      </Tag>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" fw={600}>
                    {t(a.role === 'MENTEE' ? 'console.applications.needs' : 'console.applications.strengths')}
                  </Text>
                  <Group gap={4}>
                    {a.functions.map((f) => (
                      <Tag key={f} size="sm">
                        {t(FUNCTION_LABEL[f])}
                      </Tag>
                    ))}
                  </Group>
                  {a.strengthsOrNeeds && <Text size="sm">{a.strengthsOrNeeds}</Text>}
                </Table.Td>
                <Table.Td maw={320}>
                  <Text size="sm">{a.motivation}</Text>
                </Table.Td>
                <Table.Td>
                  <Tag color={STATE_COLOR[a.state]}>
                    {t(STATE_LABEL[a.state])}
                  </Tag>
                  {a.decisionReason && <Text size="xs">{a.decisionReason}</Text>}
                </Table.Td>
                <Table.Td>
                  {open && (
                    <Group gap={4}>
                      <Button size="compact-xs" loading={busy} onClick={() => void apply([a.id], 'ACCEPT')} aria-label={t('console.applications.acceptOne', { name })}>
                        {t('console.applications.accept')}
                      </Button>
                      {a.state !== 'WAITLISTED' && (
                        <Button size="compact-xs" variant="default" loading={busy} onClick={() => void apply([a.id], 'WAITLIST')} aria-label={t('console.applications.waitlistOne', { name })}>
                          {t('console.applications.waitlist')}
                        </Button>
                      )}
                      <Button size="compact-xs" variant="outline" color="red.9" loading={busy} onClick={() => setDeclining([a.id])} aria-label={t('console.applications.declineOne', { name })}>
                        {t('console.applications.decline')}
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              </>
            );
          }}
        />
      )}
      <DeclineModal
        ids={declining}
        onClose={() => setDeclining(null)}
        onDecline={(reason) => {
          const ids = declining ?? [];
          setDeclining(null);
          void apply(ids, 'DECLINE', reason);
        }}
      />
    </ConsolePage>
  );
}

function DeclineModal({ ids, onClose, onDecline }: { ids: string[] | null; onClose: () => void; onDecline: (reason: string) => void }) {
  const t = useT();
  const [reason, setReason] = useState('');
  return (
    <Modal opened={ids !== null} onClose={onClose} title={t('console.applications.declineTitle', { count: ids?.length ?? 0 })}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onDecline(reason.trim());
          setReason('');
        }}
      >
        <Stack gap="sm">
          <Textarea label={t('console.applications.reason')} description={t('console.applications.reasonHelp')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required autosize minRows={2} data-autofocus />
          <Group>
            <Button type="submit" color="red.9" disabled={!reason.trim()}>
              {t('console.applications.decline')}
            </Button>
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
