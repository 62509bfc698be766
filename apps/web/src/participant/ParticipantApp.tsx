import { lazy, Suspense } from 'react';
import { AppShell, Badge, Burger, Button, Center, Group, Loader, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { ApolloProvider, useQuery } from '@apollo/client/react';
import { apolloClient } from '../apollo';
import { useT } from '../i18n/LocaleProvider';
import { signOutAndForget, useSession } from '../auth/SessionProvider';
import type { MessageId } from '../i18n/locales';
import { QueueSync } from '../offline/QueueSync';
import { sendWaiting } from '../offline/send';
import { UnreadCount } from './inbox.graphql';
import { ConsoleSwitch } from '../console/ConsoleSwitch';

const DuoPage = lazy(() => import('./DuoPage'));
const CohortsPage = lazy(() => import('./CohortsPage'));
const TrainingPage = lazy(() => import('./TrainingPage'));
const SurveysPage = lazy(() => import('./SurveysPage'));
const SettingsPage = lazy(() => import('./SettingsPage'));
const InboxPage = lazy(() => import('./InboxPage'));
const MyDataPage = lazy(() => import('./MyDataPage'));
const TasksPage = lazy(() => import('./TasksPage'));

const NAV: { to: string; label: MessageId }[] = [
  { to: '/tasks', label: 'nav.tasks' },
  { to: '/duo', label: 'nav.duo' },
  { to: '/cohorts', label: 'nav.cohorts' },
  { to: '/training', label: 'nav.training' },
  { to: '/surveys', label: 'nav.surveys' },
  { to: '/inbox', label: 'nav.inbox' },
  { to: '/my-data', label: 'nav.myData' },
  { to: '/settings', label: 'nav.settings' },
];

/** The inbox entry with the number of unread notifications (checked every minute). */
function InboxBadge() {
  const t = useT();
  const { data } = useQuery(UnreadCount, { pollInterval: 60_000 });
  const n = data?.unreadCount ?? 0;
  if (n === 0) return null;
  return (
    <Badge size="sm" color="red" circle aria-label={t('nav.unread', { count: n })} data-testid="unread-badge">
      {n}
    </Badge>
  );
}

/** The participant's app: phone first (a burger menu below the `sm` breakpoint). */
export default function ParticipantApp() {
  const { sharedTerminal } = useSession();

  return (
    <ApolloProvider client={apolloClient()}>
    <ParticipantShell sharedTerminal={sharedTerminal} />
    </ApolloProvider>
  );
}

function ParticipantShell({ sharedTerminal }: { sharedTerminal: boolean }) {
  const t = useT();
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} />
            <Text fw={700} c="indigo.8">
              {t('app.name')}
            </Text>
            {sharedTerminal && (
              <Badge color="orange" variant="light">
                {t('shell.sharedBadge')}
              </Badge>
            )}
          </Group>
          <Group gap="xs" wrap="nowrap">
          <ConsoleSwitch />
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => {
              // Sign-out deletes the offline queue with everything else: send what is waiting first.
              void sendWaiting(apolloClient(), sharedTerminal).then(signOutAndForget).then(() => navigate('/sign-in', { replace: true }));
            }}
          >
            {t('nav.signOut')}
          </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.menu')}>
        <Stack gap={2}>
          {NAV.map((n) => (
            <NavLink
              key={n.to}
              component={Link}
              to={n.to}
              label={t(n.label)}
              active={pathname.startsWith(n.to)}
              onClick={close}
              rightSection={n.to === '/inbox' ? <InboxBadge /> : undefined}
            />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <QueueSync />
        <Suspense
          fallback={
            <Center h="40vh">
              <Loader />
            </Center>
          }
        >
          <Routes>
            <Route index element={<Navigate to="/duo" replace />} />
            <Route path="tasks" element={<TasksPage />} />
            <Route path="duo" element={<DuoPage />} />
            <Route path="cohorts" element={<CohortsPage />} />
            <Route path="training" element={<TrainingPage />} />
            <Route path="surveys/*" element={<SurveysPage />} />
            <Route path="inbox" element={<InboxPage />} />
            <Route path="my-data" element={<MyDataPage />} />
            <Route path="settings" element={<SettingsPage />} />
            <Route path="*" element={<Navigate to="/duo" replace />} />
          </Routes>
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
