import { useState } from 'react';
import { Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/LocaleProvider';
import type { MessageId } from '../../i18n/locales';
import type { ConcernCategory, ConcernStatus } from '../../gql/graphql';
import { SupportInbox } from '../console.graphql';
import { ConsolePage, ErrorNote, Loading, Tag } from '../common';
import { CloseConcern } from './concerns.graphql';

const CATEGORY: Record<ConcernCategory, MessageId> = {
  WELLBEING: 'concern.category.WELLBEING',
  SAFETY: 'concern.category.SAFETY',
  CONDUCT: 'concern.category.CONDUCT',
  RELATIONSHIP: 'concern.category.RELATIONSHIP',
  OTHER: 'concern.category.OTHER',
};

/**
 * The support contact's inbox: the text of the concerns routed to them (the API returns only
 * those; for anyone else the list is empty), and closing one.
 */
export default function ConcernsPage() {
  const t = useT();
  const intl = useIntl();
  const [status, setStatus] = useState<ConcernStatus>('OPEN');
  const { data, loading, error } = useQuery(SupportInbox, { variables: { status } });
  const [close, closing] = useMutation(CloseConcern, { refetchQueries: [SupportInbox] });
  const concerns = data?.supportConcerns ?? [];
  return (
    <ConsolePage title={t('console.concerns.title')}>
      <Text size="sm">{t('console.concerns.help')}</Text>
      <SegmentedControl
        aria-label={t('console.concerns.show')}
        value={status}
        onChange={(v) => setStatus(v)}
        data={[
          { value: 'OPEN', label: t('console.concerns.open') },
          { value: 'CLOSED', label: t('console.concerns.closed') },
        ]}
        w="fit-content"
      />
      <ErrorNote error={error ?? closing.error} />
      {loading && <Loading />}
      {data && concerns.length === 0 && <Text>{t(status === 'OPEN' ? 'console.concerns.noneOpen' : 'console.concerns.noneClosed')}</Text>}
      {concerns.map((c) => (
        <Card key={c.id} withBorder component="article" aria-labelledby={`concern-${c.id}`} data-testid="concern">
          <Stack gap="xs">
            <Group justify="space-between">
              <Title order={2} size="h4" id={`concern-${c.id}`}>
                {t(CATEGORY[c.category])}
              </Title>
              <Tag color={c.status === 'OPEN' ? 'red.9' : 'gray.8'}>{t(c.status === 'OPEN' ? 'console.concerns.statusOpen' : 'console.concerns.statusClosed')}</Tag>
            </Group>
            <Text size="sm">{t('console.concerns.raised', { date: intl.formatDate(c.raisedAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{c.details}</Text>
            {c.closedAt && <Text size="sm">{t('console.concerns.closedOn', { date: intl.formatDate(c.closedAt, { dateStyle: 'medium' }) })}</Text>}
            {c.status === 'OPEN' && (
              <Button w="fit-content" loading={closing.loading} onClick={() => void close({ variables: { id: c.id } })}>
                {t('console.concerns.close')}
              </Button>
            )}
          </Stack>
        </Card>
      ))}
    </ConsolePage>
  );
}
