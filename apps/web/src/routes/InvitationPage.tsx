import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, Checkbox, Container, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useNavigate, useSearchParams } from 'react-router';
import { useT } from '../i18n/LocaleProvider';
import { acceptInvitation, AuthError } from '../auth/session';

/**
 * The link in the invitation e-mail: /invitation#token=… (a fragment, never sent to a server; `?token=`
 * is read too) — set a password, then signed in.
 */
export function InvitationPage() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [shared, setShared] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const password = String(form.get('password'));
    if (password !== String(form.get('confirm'))) {
      setError(t('invitation.mismatch'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await acceptInvitation(String(form.get('token')), password, shared);
      await navigate('/', { replace: true });
    } catch (err) {
      setError(t('invitation.failed', { message: err instanceof AuthError ? err.message : String(err) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Container size={420} py="xl" component="main">
      <Card withBorder padding="lg">
        <form onSubmit={(e) => void submit(e)}>
          <Stack>
            <Title order={1} size="h2">
              {t('invitation.title')}
            </Title>
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <TextInput name="token" label={t('invitation.token')} defaultValue={new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token') ?? params.get('token') ?? ''} required autoComplete="off" />
            <PasswordInput name="password" label={t('invitation.password')} required autoComplete="new-password" minLength={8} />
            <PasswordInput name="confirm" label={t('invitation.confirm')} required autoComplete="new-password" />
            <Checkbox checked={shared} onChange={(e) => setShared(e.currentTarget.checked)} label={t('signIn.shared')} />
            <Button type="submit" loading={busy} fullWidth size="md">
              {t('invitation.submit')}
            </Button>
          </Stack>
        </form>
      </Card>
    </Container>
  );
}
