import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useFormatDate, useT } from '../../i18n/LocaleProvider';
import type { MessageId } from '../../i18n/locales';
import type { AttentionReason, RelationshipState } from '../../gql/graphql';
import { ConsolePage, ErrorNote, Loading, useSelectedCohort, Tag } from '../common';
import { CohortDuos, Rematch } from './duos.graphql';

export const DUO_STATE: Record<RelationshipState, MessageId> = {
  ACTIVE: 'duo.state.ACTIVE',
  PAUSED: 'duo.state.PAUSED',
  ENDED_EARLY: 'duo.state.ENDED_EARLY',
  CLOSED: 'duo.state.CLOSED',
};
export const ATTENTION_LABEL: Record<AttentionReason, MessageId> = {
  NO_RECENT_MEETING: 'console.attention.NO_RECENT_MEETING',
  FIT_CHECK_MISSED: 'console.attention.FIT_CHECK_MISSED',
  OPEN_CONCERN: 'console.attention.OPEN_CONCERN',
  ENDING_SOON: 'console.attention.ENDING_SOON',
  AGREEMENT_PENDING: 'console.attention.AGREEMENT_PENDING',
};

/** Duos with their health (metadata and counts only) and the attention list with its reasons. */
export default function DuosPage() {
  const t = useT();
  const date = useFormatDate();
  const { cohort, picker } = useSelectedCohort();
  const { data, loading, error } = useQuery(CohortDuos, { variables: { cohortId: cohort?.id ?? '', page: { limit: 200 } }, skip: !cohort });
  const [rematch, rematching] = useMutation(Rematch);
  const navigate = useNavigate();
  const duos = data?.relationships.items ?? [];
  const attention = data?.duosNeedingAttention ?? [];
  const yes = t('console.yes');
  const no = t('console.no');
  return (
    <ConsolePage title={t('console.duos.title')}>
      {picker}
      <ErrorNote error={error ?? rematching.error} />
      {loading && <Loading />}
      {data && (
        <Card withBorder component="section" aria-labelledby="attention">
          <Stack gap="xs">
            <Title order={2} size="h3" id="attention">
              {t('console.duos.attention', { count: attention.length })}
            </Title>
            {attention.length === 0 && <Text size="sm">{t('console.duos.noAttention')}</Text>}
            {attention.map((a) => (
              <Group key={a.relationshipId} gap="xs" data-testid="attention-row">
                <Text fw={600}>{t('console.duos.pair', { mentor: a.relationship.mentor.displayName, mentee: a.relationship.mentee.displayName })}</Text>
                {a.reasons.map((r) => (
                  <Tag key={r} color="red.9">
                    {t(ATTENTION_LABEL[r])}
                  </Tag>
                ))}
                <Text size="sm">{t('console.duos.daysSinceContact', { count: a.daysSinceContact })}</Text>
              </Group>
            ))}
          </Stack>
        </Card>
      )}
      {data && duos.length === 0 && <Text>{t('console.duos.none')}</Text>}
      {duos.length > 0 && (
        <>
          <Text size="sm">{t('console.duos.privacy')}</Text>
          <Table.ScrollContainer minWidth={900}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('role.MENTOR')}</Table.Th>
                  <Table.Th>{t('role.MENTEE')}</Table.Th>
                  <Table.Th>{t('console.duos.state')}</Table.Th>
                  <Table.Th>{t('console.duos.meetings')}</Table.Th>
                  <Table.Th>{t('console.duos.lastMeeting')}</Table.Th>
                  <Table.Th>{t('console.duos.agreement')}</Table.Th>
                  <Table.Th>{t('console.duos.fitCheck')}</Table.Th>
                  <Table.Th>{t('console.duos.openConcerns')}</Table.Th>
                  <Table.Th>{t('console.cohorts.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {duos.map((d) => (
                  <Table.Tr key={d.id} data-testid="duo-row">
                    <Table.Td>{d.mentor.displayName}</Table.Td>
                    <Table.Td>{d.mentee.displayName}</Table.Td>
                    <Table.Td>
                      <Tag>{t(DUO_STATE[d.state])}</Tag>
                    </Table.Td>
                    <Table.Td>{d.meetingCount}</Table.Td>
                    <Table.Td>{d.lastMeetingOn ? date(d.lastMeetingOn) : t('console.duos.never')}</Table.Td>
                    <Table.Td>{d.agreementAcknowledged ? yes : no}</Table.Td>
                    <Table.Td>{d.fitCheckDone ? yes : no}</Table.Td>
                    <Table.Td>{d.openConcerns ?? 0}</Table.Td>
                    <Table.Td>
                      {d.state === 'ENDED_EARLY' && (
                        <Button size="compact-xs" variant="outline" loading={rematching.loading} onClick={() => void rematch({ variables: { id: d.id } }).then(() => navigate(`/console/matching?cohort=${cohort?.id ?? ''}`))}>
                          {t('console.duos.rematch')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </ConsolePage>
  );
}
