import { lazy, Suspense } from 'react';
import { AppShell, Badge, Burger, Button, Center, Group, Loader, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { ApolloProvider } from '@apollo/client/react';
import { apolloClient } from '../apollo';
import { useT } from '../i18n/LocaleProvider';
import { signOutAndForget, useSession } from '../auth/SessionProvider';
import type { MessageId } from '../i18n/locales';
import { ConsoleSwitch } from '../console/ConsoleSwitch';

const DuoPage = lazy(() => import('./DuoPage'));
const CohortsPage = lazy(() => import('./CohortsPage'));
const TrainingPage = lazy(() => import('./TrainingPage'));
const SurveysPage = lazy(() => import('./SurveysPage'));
const SettingsPage = lazy(() => import('./SettingsPage'));

const NAV: { to: string; label: MessageId }[] = [
  { to: '/duo', label: 'nav.duo' },
  { to: '/cohorts', label: 'nav.cohorts' },
  { to: '/training', label: 'nav.training' },
  { to: '/surveys', label: 'nav.surveys' },
  { to: '/settings', label: 'nav.settings' },
];

/** The participant's app: phone first (a burger menu below the `sm` breakpoint). */
export default function ParticipantApp() {
  const t = useT();
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const { sharedTerminal } = useSession();

  return (
    <ApolloProvider client={apolloClient()}>
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
              void signOutAndForget().then(() => navigate('/sign-in', { replace: true }));
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
            <NavLink key={n.to} component={Link} to={n.to} label={t(n.label)} active={pathname.startsWith(n.to)} onClick={close} />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense
          fallback={
            <Center h="40vh">
              <Loader />
            </Center>
          }
        >
          <Routes>
            <Route index element={<Navigate to="/duo" replace />} />
            <Route path="duo" element={<DuoPage />} />
            <Route path="cohorts" element={<CohortsPage />} />
            <Route path="training" element={<TrainingPage />} />
            <Route path="surveys/*" element={<SurveysPage />} />
            <Route path="settings" element={<SettingsPage />} />
            <Route path="*" element={<Navigate to="/duo" replace />} />
          </Routes>
        </Suspense>
      </AppShell.Main>
    </AppShell>
    </ApolloProvider>
  );
}
