import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Card, Checkbox, Container, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useT } from '../i18n/LocaleProvider';
import { AuthError, signIn } from '../auth/session';
import { SHARED_IDLE_MINUTES, useSession } from '../auth/SessionProvider';
import { LanguageSwitch } from './LanguageSwitch';

export function SignInPage() {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const { signedIn } = useSession();
  const [shared, setShared] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const passwordReset = (location.state as { passwordReset?: boolean } | null)?.passwordReset === true;
  if (signedIn) return <Navigate to="/" replace />;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await signIn(String(form.get('email')), String(form.get('password')), shared);
      const from = (location.state as { from?: string } | null)?.from;
      await navigate(from && from !== '/sign-in' ? from : '/', { replace: true });
    } catch (err) {
      setError(err instanceof AuthError && err.code === 'UNAUTHENTICATED' ? t('signIn.failed') : t('signIn.unavailable'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Container size={420} py="xl" component="main">
      <Group justify="space-between" mb="lg">
        <Text fw={700} size="xl" c="indigo.8">
          {t('app.name')}
        </Text>
        <LanguageSwitch compact />
      </Group>
      <Card withBorder padding="lg">
        <form onSubmit={(e) => void submit(e)} autoComplete={shared ? 'off' : 'on'}>
          <Stack>
            <Title order={1} size="h2">
              {t('signIn.title')}
            </Title>
            {passwordReset && !error && (
              <Alert color="indigo" role="status">
                {t('auth.reset.done')}
              </Alert>
            )}
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <TextInput name="email" type="email" label={t('signIn.email')} required autoComplete={shared ? 'off' : 'username'} />
            <PasswordInput name="password" label={t('signIn.password')} required autoComplete={shared ? 'off' : 'current-password'} />
            <Checkbox
              checked={shared}
              onChange={(e) => setShared(e.currentTarget.checked)}
              label={t('signIn.shared')}
              description={t('signIn.sharedHelp', { minutes: SHARED_IDLE_MINUTES })}
            />
            <Button type="submit" loading={busy} fullWidth size="md">
              {t('signIn.submit')}
            </Button>
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('auth.forgotLink')}
            </Anchor>
            <Anchor component={Link} to="/invitation" size="sm">
              {t('signIn.haveInvitation')}
            </Anchor>
          </Stack>
        </form>
      </Card>
    </Container>
  );
}
