import { useState } from 'react';
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { graphql } from '../gql';
import { useT } from '../i18n/LocaleProvider';
import { signOutAndForget } from './SessionProvider';

const LogoutEverywhere = graphql(`
  mutation LogoutEverywhere {
    logoutEverywhere
  }
`);

/**
 * Sign out everywhere (a lost phone, a terminal left signed in): the API ends every session of the
 * account — no device can refresh, and access tokens already issued are refused at once — then this
 * device forgets what it holds, as a plain sign-out does. Asks once before doing it. `bare` leaves
 * out the card and its heading, for a dialog that carries the title itself (the console's header).
 */
export function SignOutEverywhere({ before, bare = false }: { before?: () => Promise<unknown>; bare?: boolean }) {
  const t = useT();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);

  const run = async () => {
    setBusy(true);
    setFailed(null);
    try {
      // Whatever is waiting to be sent goes first: sign-out deletes the offline queue.
      await before?.().catch(() => undefined);
      await client.mutate({ mutation: LogoutEverywhere });
    } catch (e) {
      setBusy(false);
      setFailed(e instanceof Error ? e.message : String(e));
      return;
    }
    await signOutAndForget();
    await navigate('/sign-in', { replace: true });
  };

  const body = (
    <Stack gap="sm">
      {!bare && (
        <Title order={2} size="h4" id="sign-out-everywhere-title">
          {t('signOutEverywhere.title')}
        </Title>
      )}
      <Text size="sm">{t('signOutEverywhere.help')}</Text>
      {failed && (
        <Alert color="red" role="alert">
          {t('common.error', { message: failed })}
        </Alert>
      )}
      {confirming ? (
        /* The dialog's name comes from its question (Mantine's Alert sets its own aria-labelledby, so the role sits on a wrapper). */
        <div role="alertdialog" aria-labelledby="sign-out-everywhere-confirm">
        <Alert color="orange">
          <Stack gap="sm">
            <Text id="sign-out-everywhere-confirm">{t('signOutEverywhere.confirm')}</Text>
            <Group gap="sm">
              <Button color="red.8" loading={busy} onClick={() => void run()}>
                {t('signOutEverywhere.yes')}
              </Button>
              <Button variant="default" disabled={busy} onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </Alert>
        </div>
      ) : (
        <Group>
          <Button variant="outline" color="red" onClick={() => setConfirming(true)}>
            {t('signOutEverywhere.button')}
          </Button>
        </Group>
      )}
    </Stack>
  );
  if (bare) return body;
  return (
    <Card withBorder component="section" aria-labelledby="sign-out-everywhere-title">
      {body}
    </Card>
  );
}
