import { Card, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { graphql } from '../gql';
import type { MessageCategory } from '../gql/graphql';
import { useT } from '../i18n/LocaleProvider';
import { ErrorNote } from './common';

/** What the card shows: the query and the mutation's answer read the same fields. */
export const NotificationPreferencesFields = graphql(`
  fragment NotificationPreferencesFields on NotificationPreferences {
    digest
    categories {
      category
      enabled
      switchable
    }
    window {
      start
      end
      timeZone
    }
  }
`);

const MyNotificationPreferences = graphql(`
  query MyNotificationPreferences {
    myNotificationPreferences {
      ...NotificationPreferencesFields
    }
  }
`);

const UpdateMyNotificationPreferences = graphql(`
  mutation UpdateMyNotificationPreferences($input: UpdateMyNotificationPreferencesInput!) {
    updateMyNotificationPreferences(input: $input) {
      ...NotificationPreferencesFields
    }
  }
`);

/** Whether the error only says that this account has no preferences (not a staff member). */
const forbidden = (error: unknown) => CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'FORBIDDEN');

/**
 * The person's e-mail preferences: each category on or off (account and security messages always
 * on), one e-mail a day instead of single mails, and the organisation's sending window (read-only).
 * The inbox always has every message. Shown to staff members only (the people messages go to).
 */
export function NotificationPreferencesCard() {
  const t = useT();
  const { data, error } = useQuery(MyNotificationPreferences);
  const [update, updating] = useMutation(UpdateMyNotificationPreferences, {
    update(cache, { data: result }) {
      if (result) cache.writeQuery({ query: MyNotificationPreferences, data: { myNotificationPreferences: result.updateMyNotificationPreferences } });
    },
  });
  if (error && forbidden(error)) return null;
  const prefs = data?.myNotificationPreferences;
  const muted = (prefs?.categories ?? []).filter((c) => !c.enabled).map((c) => c.category);
  const save = (input: { mutedCategories?: MessageCategory[]; digest?: boolean }) => void update({ variables: { input } }).catch(() => undefined);
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h3">
          {t('notifications.title')}
        </Title>
        <ErrorNote error={error ?? updating.error} />
        {prefs && (
          <>
            <Text size="sm">{t('notifications.help')}</Text>
            {prefs.categories.map((c) => (
              <Switch
                key={c.category}
                label={t(`notifications.category.${c.category}`)}
                checked={c.enabled}
                disabled={!c.switchable || updating.loading}
                onChange={(e) => save({ mutedCategories: e.currentTarget.checked ? muted.filter((m) => m !== c.category) : [...muted, c.category] })}
              />
            ))}
            <Switch label={t('notifications.digest')} checked={prefs.digest} disabled={updating.loading} onChange={(e) => save({ digest: e.currentTarget.checked })} />
            <Text size="sm" c="dimmed">
              {t('notifications.window', { start: prefs.window.start, end: prefs.window.end, timeZone: prefs.window.timeZone })}
            </Text>
          </>
        )}
      </Stack>
    </Card>
  );
}
