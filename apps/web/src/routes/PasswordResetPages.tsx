import { useState, type FormEvent, type ReactNode } from 'react';
import { Alert, Anchor, Button, Card, Container, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../gql';
import { apolloClient } from '../apollo';
import { useT } from '../i18n/LocaleProvider';
import { LanguageSwitch } from './LanguageSwitch';

// Loaded lazily (with the GraphQL client): the sign-in route stays small.

const RequestPasswordReset = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

const ResetPassword = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);

/** The `reason` of the first GraphQL error (e.g. identity.PASSWORD_GUESSABLE), or null for anything else. */
function reasonOf(err: unknown): string | null {
  if (!CombinedGraphQLErrors.is(err)) return null;
  const ext = err.errors[0]?.extensions as { reason?: string; code?: string } | undefined;
  return ext?.reason ?? ext?.code ?? null;
}

function Frame({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <Container size={420} py="xl" component="main">
      <Group justify="space-between" mb="lg">
        <Text fw={700} size="xl" c="indigo.8">
          {t('app.name')}
        </Text>
        <LanguageSwitch compact />
      </Group>
      <Card withBorder padding="lg">
        {children}
      </Card>
    </Container>
  );
}

/**
 * "Forgot your password?": the same message whatever the address (the platform says the same for
 * one with and without an account), so the page tells nobody who has an account.
 */
export function ForgotPasswordPage() {
  const t = useT();
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const email = String(new FormData(e.currentTarget).get('email')).trim();
    setBusy(true);
    setError(null);
    try {
      await apolloClient().mutate({ mutation: RequestPasswordReset, variables: { email } });
      setSent(true);
    } catch (err) {
      setError(reasonOf(err) === 'RATE_LIMITED' || reasonOf(err) === 'identity.RATE_LIMITED' ? t('auth.forgot.tooMany') : t('signIn.unavailable'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Frame>
      <form onSubmit={(e) => void submit(e)}>
        <Stack>
          <Title order={1} size="h2">
            {t('auth.forgot.title')}
          </Title>
          {sent ? (
            <Alert color="indigo" role="status">
              {t('auth.forgot.sent')}
            </Alert>
          ) : (
            <>
              <Text size="sm">{t('auth.forgot.help')}</Text>
              {error && (
                <Alert color="red" role="alert">
                  {error}
                </Alert>
              )}
              <TextInput name="email" type="email" label={t('signIn.email')} required autoComplete="username" />
              <Button type="submit" loading={busy} fullWidth size="md">
                {t('auth.forgot.submit')}
              </Button>
            </>
          )}
          <Anchor component={Link} to="/sign-in" size="sm">
            {t('auth.backToSignIn')}
          </Anchor>
        </Stack>
      </form>
    </Frame>
  );
}

/** The token of the link in the mail: `/reset-password#token=…` (a fragment: never sent to a server). */
function tokenFromFragment(): string {
  return new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token') ?? '';
}

/** The link of the reset mail: a new password, twice; then to sign-in. */
export function ResetPasswordPage() {
  const t = useT();
  const navigate = useNavigate();
  const [token] = useState(tokenFromFragment);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const newPassword = String(form.get('password'));
    if (newPassword !== String(form.get('confirm'))) {
      setError(t('invitation.mismatch'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await apolloClient().mutate({ mutation: ResetPassword, variables: { token, newPassword } });
      await navigate('/sign-in', { replace: true, state: { passwordReset: true } });
    } catch (err) {
      const reason = reasonOf(err);
      if (reason === 'identity.PASSWORD_GUESSABLE' || reason === 'identity.WEAK_PASSWORD') setError(t('auth.reset.weak'));
      else if (reason === 'identity.RESET_TOKEN_INVALID' || reason === 'BAD_USER_INPUT') setError(t('auth.reset.invalid'));
      else setError(t('signIn.unavailable'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Frame>
      <form onSubmit={(e) => void submit(e)}>
        <Stack>
          <Title order={1} size="h2">
            {t('auth.reset.title')}
          </Title>
          {!token ? (
            <Alert color="red" role="alert">
              {t('auth.reset.invalid')}
            </Alert>
          ) : (
            <>
              {error && (
                <Alert color="red" role="alert">
                  {error}
                </Alert>
              )}
              <PasswordInput name="password" label={t('auth.reset.password')} description={t('auth.reset.help')} required autoComplete="new-password" />
              <PasswordInput name="confirm" label={t('invitation.confirm')} required autoComplete="new-password" />
              <Button type="submit" loading={busy} fullWidth size="md">
                {t('auth.reset.submit')}
              </Button>
            </>
          )}
          <Anchor component={Link} to="/forgot-password" size="sm">
            {t('auth.reset.again')}
          </Anchor>
        </Stack>
      </form>
    </Frame>
  );
}

