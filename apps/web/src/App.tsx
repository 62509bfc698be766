import '@mantine/core/styles.css';
import { lazy, Suspense, type ReactNode } from 'react';
import { MantineProvider, Center, Loader, createTheme, type CSSVariablesResolver } from '@mantine/core';
import { createBrowserRouter, Navigate, RouterProvider, useLocation } from 'react-router';
import { LocaleProvider } from './i18n/LocaleProvider';
import { SessionProvider, useSession } from './auth/SessionProvider';
import { SignInPage } from './routes/SignInPage';
import { InvitationPage } from './routes/InvitationPage';

// Everything behind sign-in (the GraphQL client included) loads lazily: the sign-in route stays small.
const Participant = lazy(() => import('./participant/ParticipantApp'));
const Console = lazy(() => import('./console/ConsoleApp'));
const Explorer = lazy(() => import('./explorer/ExplorerPage'));
const ForgotPassword = lazy(() => import('./routes/PasswordResetPages').then((m) => ({ default: m.ForgotPasswordPage })));
const ResetPassword = lazy(() => import('./routes/PasswordResetPages').then((m) => ({ default: m.ResetPasswordPage })));

// Shade 8 of indigo, a darker "dimmed" grey and a darker red for a field's error (its message and the
// field's text; Mantine's red.6 is 3.6:1 on white) keep text contrast at WCAG AA (axe: color-contrast).
const theme = createTheme({ primaryColor: 'indigo', primaryShade: { light: 8, dark: 6 }, defaultRadius: 'md', fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' });
const cssVariables: CSSVariablesResolver = () => ({ variables: {}, light: { '--mantine-color-dimmed': '#495057', '--mantine-color-error': '#c92a2a' }, dark: {} });

function Loading() {
  return (
    <Center h="60vh">
      <Loader role="status" aria-label="…" />
    </Center>
  );
}

function RequireSession({ children }: { children: ReactNode }) {
  const { signedIn, ready } = useSession();
  const location = useLocation();
  if (!ready) return <Loading />;
  if (!signedIn) return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/invitation', element: <InvitationPage /> },
  {
    path: '/forgot-password',
    element: (
      <Suspense fallback={<Loading />}>
        <ForgotPassword />
      </Suspense>
    ),
  },
  {
    path: '/reset-password',
    element: (
      <Suspense fallback={<Loading />}>
        <ResetPassword />
      </Suspense>
    ),
  },
  {
    path: '/explorer',
    element: (
      <Suspense fallback={<Loading />}>
        <Explorer />
      </Suspense>
    ),
  },
  {
    path: '/console/*',
    element: (
      <RequireSession>
        <Console />
      </RequireSession>
    ),
  },
  {
    path: '/*',
    element: (
      <RequireSession>
        <Participant />
      </RequireSession>
    ),
  },
]);

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariables}>
      <LocaleProvider>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </LocaleProvider>
    </MantineProvider>
  );
}
