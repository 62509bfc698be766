import { lazy, Suspense, type ReactNode } from 'react';
import { Alert, AppShell, Burger, Button, Center, Group, Loader, Modal, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { ApolloProvider } from '@apollo/client/react';
import { apolloClient } from '../apollo';
import { useT } from '../i18n/LocaleProvider';
import type { MessageId } from '../i18n/locales';
import { signOutAndForget } from '../auth/SessionProvider';
import { AccountLanguageSwitch } from '../auth/AccountLanguage';
import { SignOutEverywhere } from '../auth/SignOutEverywhere';
import { consoleHome, type Areas } from './roles';
import { useAreas } from './useAreas';
import { ConsoleContext, ErrorNote } from './common';

const CohortsPage = lazy(() => import('./cohorts/CohortsPage'));
const ApplicationsPage = lazy(() => import('./applications/ApplicationsPage'));
const MatchingPage = lazy(() => import('./matching/MatchingPage'));
const DuosPage = lazy(() => import('./duos/DuosPage'));
const DashboardPage = lazy(() => import('./dashboard/DashboardPage'));
const CoursesPage = lazy(() => import('./courses/CoursesPage'));
const TrainingPage = lazy(() => import('./training/TrainingPage'));
const SessionRegisterPage = lazy(() => import('./training/SessionRegisterPage'));
const ConcernsPage = lazy(() => import('./concerns/ConcernsPage'));
const ResearchPage = lazy(() => import('./research/ResearchPage'));
const AdminStaffPage = lazy(() => import('./admin/StaffPage'));
const AdminImportPage = lazy(() => import('./admin/ImportPage'));
const AdminInvitationsPage = lazy(() => import('./admin/InvitationsPage'));
const AdminRolesPage = lazy(() => import('./admin/RolesPage'));
const AdminAuditPage = lazy(() => import('./admin/AuditPage'));
const AdminRotaPage = lazy(() => import('./admin/RotaPage'));
const AdminPolicyPage = lazy(() => import('./admin/PolicyPage'));
const AdminInstitutionsPage = lazy(() => import('./admin/InstitutionsPage'));
const AdminConsentPage = lazy(() => import('./admin/ConsentPage'));
const AdminNotificationsPage = lazy(() => import('./admin/NotificationsPage'));
const PlatformTenantsPage = lazy(() => import('./platform/TenantsPage'));
const PlatformHealthPage = lazy(() => import('./platform/HealthPage'));
const PlatformMailPage = lazy(() => import('./platform/MailPage'));

const COORDINATOR_NAV: { to: string; label: MessageId }[] = [
  { to: '/console/cohorts', label: 'console.nav.cohorts' },
  { to: '/console/applications', label: 'console.nav.applications' },
  { to: '/console/matching', label: 'console.nav.matching' },
  { to: '/console/duos', label: 'console.nav.duos' },
  { to: '/console/dashboard', label: 'console.nav.dashboard' },
  { to: '/console/courses', label: 'console.nav.courses' },
  { to: '/console/training', label: 'console.nav.training' },
];

const ADMIN_NAV: { to: string; label: MessageId }[] = [
  { to: '/console/admin/staff', label: 'admin.nav.staff' },
  { to: '/console/admin/import', label: 'admin.nav.import' },
  { to: '/console/admin/invitations', label: 'admin.nav.invitations' },
  { to: '/console/admin/roles', label: 'admin.nav.roles' },
  { to: '/console/admin/audit', label: 'admin.nav.audit' },
  { to: '/console/admin/institutions', label: 'setup.nav.institutions' },
  { to: '/console/admin/rota', label: 'admin.nav.rota' },
  { to: '/console/admin/policy', label: 'admin.nav.policy' },
  { to: '/console/admin/consent', label: 'setup.nav.consent' },
  { to: '/console/admin/notifications', label: 'setup.nav.notifications' },
];

const PLATFORM_NAV: { to: string; label: MessageId }[] = [
  { to: '/console/platform/tenants', label: 'platform.nav.tenants' },
  { to: '/console/platform/health', label: 'platform.nav.health' },
  { to: '/console/platform/mail', label: 'platform.nav.mail' },
];

function Busy() {
  const t = useT();
  return (
    <Center h="40vh">
      <Loader role="status" aria-label={t('common.loading')} />
    </Center>
  );
}

/** The coordinator's console and the support contact's inbox, at `/console/*`. */
export default function ConsoleApp() {
  return (
    <ApolloProvider client={apolloClient()}>
      <ConsoleShell />
    </ApolloProvider>
  );
}

function ConsoleShell() {
  const t = useT();
  const [opened, { toggle, close }] = useDisclosure();
  const [everywhere, { open: openEverywhere, close: closeEverywhere }] = useDisclosure();
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const { error, me, areas } = useAreas();
  if (error) return <ErrorNote error={error} />;
  if (!me || !areas) return <Busy />;
  const home = consoleHome(areas);
  const nav = [...(areas.coordinator ? COORDINATOR_NAV : []), ...(areas.admin ? ADMIN_NAV : []), ...(areas.support ? [{ to: '/console/concerns', label: 'console.nav.concerns' as MessageId }] : []), ...(areas.researcher ? [{ to: '/console/research', label: 'console.nav.research' as MessageId }] : []), ...(areas.platform ? PLATFORM_NAV : [])];
  const coordinatorOnly = (page: ReactNode) => (areas.coordinator ? page : <NotForYourRole areas={areas} />);
  const adminOnly = (page: ReactNode) => (areas.admin ? page : <NotForYourRole areas={areas} />);
  const researcherOnly = (page: ReactNode) => (areas.researcher ? page : <NotForYourRole areas={areas} />);
  const platformOnly = (page: ReactNode) => (areas.platform ? page : <NotForYourRole areas={areas} />);
  return (
    <ConsoleContext.Provider value={{ areas, roles: me.roles }}>
      <AppShell header={{ height: 56 }} navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} />
              <Text fw={700} c="indigo.8">
                {t('app.name')}
              </Text>
              <Text size="sm" visibleFrom="xs">
                {t('console.title')}
              </Text>
            </Group>
            <Group gap="xs" wrap="nowrap">
              {areas.participant && (
                <Button component={Link} to="/duo" variant="outline" size="compact-sm">
                  {t('console.switchToParticipant')}
                </Button>
              )}
              <AccountLanguageSwitch compact />
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
          {/* A session left open on another terminal ends from the console too (the participant's Settings has the same card). */}
          <Modal opened={everywhere} onClose={closeEverywhere} title={t('signOutEverywhere.title')} closeButtonProps={{ 'aria-label': t('console.close') }}>
            <SignOutEverywhere bare />
          </Modal>
        </AppShell.Header>
        <AppShell.Navbar p="xs" aria-label={t('console.title')}>
          <Stack gap={2}>
            {nav.map((n) => (
              <NavLink key={n.to} variant="filled" component={Link} to={n.to + (n.to === '/console/cohorts' || n.to === '/console/concerns' ||  n.to === '/console/research' || n.to.startsWith('/console/admin/') || n.to.startsWith('/console/platform/') ? '' : keepCohort(search))} label={t(n.label)} active={pathname.startsWith(n.to)} onClick={close} />
            ))}
            {/* At the end of the menu (the header has no room on a phone), asked once in a dialog. */}
            <NavLink component="button" label={t('signOutEverywhere.button')} onClick={() => { close(); openEverywhere(); }} />
          </Stack>
        </AppShell.Navbar>
        <AppShell.Main>
          <Suspense fallback={<Busy />}>
            <Routes>
              <Route index element={home ? <Navigate to={home} replace /> : <NotForYourRole areas={areas} />} />
              <Route path="cohorts" element={coordinatorOnly(<CohortsPage />)} />
              <Route path="applications" element={coordinatorOnly(<ApplicationsPage />)} />
              <Route path="matching" element={coordinatorOnly(<MatchingPage />)} />
              <Route path="duos" element={coordinatorOnly(<DuosPage />)} />
              <Route path="dashboard" element={coordinatorOnly(<DashboardPage />)} />
              <Route path="courses" element={coordinatorOnly(<CoursesPage />)} />
              <Route path="training" element={coordinatorOnly(<TrainingPage />)} />
              <Route path="training/sessions/:id" element={coordinatorOnly(<SessionRegisterPage />)} />
              <Route path="concerns" element={<ConcernsPage />} />
              <Route path="research" element={researcherOnly(<ResearchPage />)} />
              <Route path="admin/staff" element={adminOnly(<AdminStaffPage />)} />
              <Route path="admin/import" element={adminOnly(<AdminImportPage />)} />
              <Route path="admin/invitations" element={adminOnly(<AdminInvitationsPage />)} />
              <Route path="admin/roles" element={adminOnly(<AdminRolesPage />)} />
              <Route path="admin/audit" element={adminOnly(<AdminAuditPage />)} />
              <Route path="admin/rota" element={adminOnly(<AdminRotaPage />)} />
              <Route path="admin/policy" element={adminOnly(<AdminPolicyPage />)} />
              <Route path="admin/institutions" element={adminOnly(<AdminInstitutionsPage />)} />
              <Route path="admin/consent" element={adminOnly(<AdminConsentPage />)} />
              <Route path="admin/notifications" element={adminOnly(<AdminNotificationsPage />)} />
              <Route path="platform/tenants" element={platformOnly(<PlatformTenantsPage />)} />
              <Route path="platform/health" element={platformOnly(<PlatformHealthPage />)} />
              <Route path="platform/mail" element={platformOnly(<PlatformMailPage />)} />
              <Route path="*" element={<NotFound />} />
            </Routes>
          </Suspense>
        </AppShell.Main>
      </AppShell>
    </ConsoleContext.Provider>
  );
}

/** The chosen cohort follows the coordinator from page to page. */
function keepCohort(search: string): string {
  const cohort = new URLSearchParams(search).get('cohort');
  return cohort ? `?cohort=${encodeURIComponent(cohort)}` : '';
}

/** Said plainly, not as an error: this area is for another role. */
export function NotForYourRole({ areas }: { areas: Areas }) {
  const t = useT();
  return (
    <Stack component="section" maw={640} gap="md">
      <Title order={1} size="h2">
        {t('console.notForRole.title')}
      </Title>
      <Alert color="blue">{t('console.notForRole.body')}</Alert>
      {areas.participant && (
        <Button component={Link} to="/duo" w="fit-content">
          {t('console.switchToParticipant')}
        </Button>
      )}
    </Stack>
  );
}

function NotFound() {
  const t = useT();
  return (
    <Stack component="section" maw={640} gap="md">
      <Title order={1} size="h2">
        {t('console.notFound.title')}
      </Title>
      <Text>{t('console.notFound.body')}</Text>
      <Button component={Link} to="/console" w="fit-content" variant="outline">
        {t('console.notFound.back')}
      </Button>
    </Stack>
  );
}
