import { Card, Stack, Text } from '@mantine/core';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { useT } from '../i18n/LocaleProvider';
import { AccountLanguageSwitch } from '../auth/AccountLanguage';
import { SignOutEverywhere } from '../auth/SignOutEverywhere';
import { useSession } from '../auth/SessionProvider';
import { sendWaiting } from '../offline/send';
import { ErrorNote, Page } from './common';
import { NotificationPreferencesCard } from './NotificationPreferences';

const SettingsMe = graphql(`
  query SettingsMe {
    me {
      accountId
      email
      locale
    }
  }
`);

export default function SettingsPage() {
  const t = useT();
  const { data, error } = useQuery(SettingsMe);
  const client = useApolloClient();
  const { sharedTerminal } = useSession();
  return (
    <Page title={t('settings.title')}>
      <ErrorNote error={error} />
      <Card withBorder>
        <Stack>
          {data && <Text>{t('settings.account', { email: data.me.email })}</Text>}
          <AccountLanguageSwitch />
          <Text size="sm" c="dimmed">
            {t('settings.languageHelp')}
          </Text>
        </Stack>
      </Card>
      <NotificationPreferencesCard />
      <SignOutEverywhere before={() => sendWaiting(client, sharedTerminal)} />
    </Page>
  );
}
