import '@mantine/core/styles.css';
import { lazy, Suspense, type ReactNode } from 'react';
import { MantineProvider, Center, Loader, createTheme } from '@mantine/core';
import { createBrowserRouter, Navigate, RouterProvider, useLocation } from 'react-router';
import { LocaleProvider } from './i18n/LocaleProvider';
import { SessionProvider, useSession } from './auth/SessionProvider';
import { SignInPage } from './routes/SignInPage';
import { InvitationPage } from './routes/InvitationPage';

// Everything behind sign-in (the GraphQL client included) loads lazily: the sign-in route stays small.
const Participant = lazy(() => import('./participant/ParticipantApp'));
const Explorer = lazy(() => import('./explorer/ExplorerPage'));

const theme = createTheme({ primaryColor: 'indigo', defaultRadius: 'md', fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' });

function Loading() {
  return (
    <Center h="60vh">
      <Loader aria-label="…" />
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
    path: '/explorer',
    element: (
      <Suspense fallback={<Loading />}>
        <Explorer />
      </Suspense>
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
    <MantineProvider theme={theme}>
      <LocaleProvider>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </LocaleProvider>
    </MantineProvider>
  );
}
