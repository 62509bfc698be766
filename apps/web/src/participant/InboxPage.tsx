import { useState } from 'react';
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useFormatDate, useT } from '../i18n/LocaleProvider';
import { ErrorNote, Loading, Page } from './common';
import { MarkNotificationsRead, MyNotifications, UnreadCount } from './inbox.graphql';

const PAGE = 20;

/** My notifications: newest first, a page at a time; opening or marking one reads it. */
export default function InboxPage() {
  const t = useT();
  const date = useFormatDate();
  const [page, setPage] = useState(1);
  const { data, loading, error } = useQuery(MyNotifications, { variables: { page: { limit: PAGE, offset: (page - 1) * PAGE } }, fetchPolicy: 'cache-and-network' });
  const [mark, marking] = useMutation(MarkNotificationsRead, { refetchQueries: [MyNotifications, UnreadCount] });
  const items = data?.myNotifications.items ?? [];
  const unread = items.filter((n) => !n.readAt).map((n) => n.id);
  const pages = data ? Math.max(1, Math.ceil(data.myNotifications.total / PAGE)) : 1;
  return (
    <Page title={t('inbox.title')}>
      <ErrorNote error={error ?? marking.error} />
      {loading && !data && <Loading />}
      {data && items.length === 0 && <Text>{t('inbox.none')}</Text>}
      {unread.length > 0 && (
        <Group>
          <Button variant="light" loading={marking.loading} onClick={() => void mark({ variables: { ids: unread } })}>
            {t('inbox.markAllRead')}
          </Button>
        </Group>
      )}
      {items.map((n) => (
        <Card key={n.id} withBorder component="article" aria-labelledby={`n-${n.id}`} data-testid="notification">
          <Stack gap={4}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Title order={2} size="h4" id={`n-${n.id}`}>
                {n.title}
              </Title>
              {!n.readAt && <Badge color="indigo">{t('inbox.unread')}</Badge>}
            </Group>
            <Text size="xs" c="dimmed">
              {date(n.createdAt)}
            </Text>
            <Text size="sm">{n.body}</Text>
            <Group gap="xs">
              {n.link && n.link.startsWith('/') && (
                <Button component={Link} to={n.link} size="compact-sm" variant="subtle" onClick={() => !n.readAt && void mark({ variables: { ids: [n.id] } })}>
                  {t('inbox.open')}
                </Button>
              )}
              {!n.readAt && (
                <Button size="compact-sm" variant="default" onClick={() => void mark({ variables: { ids: [n.id] } })}>
                  {t('inbox.markRead')}
                </Button>
              )}
            </Group>
          </Stack>
        </Card>
      ))}
      {pages > 1 && (
        <Group justify="space-between">
          <Button variant="default" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t('inbox.previousPage')}
          </Button>
          <Text size="sm">{t('inbox.page', { page, pages })}</Text>
          <Button variant="default" disabled={page >= pages} onClick={() => setPage(page + 1)}>
            {t('inbox.nextPage')}
          </Button>
        </Group>
      )}
      {loading && data && <Loading />}
    </Page>
  );
}
