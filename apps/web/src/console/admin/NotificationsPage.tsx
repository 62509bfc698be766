import { useMemo, useState, type FormEvent } from 'react';
import { Button, Card, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useT } from '../../i18n/LocaleProvider';
import type { SetupNotificationSettingsQuery } from '../../gql/graphql';
import { ConsolePage, ErrorNote, Loading } from '../common';
import { RefusalNote } from '../RefusalNote';
import { SetupNotificationSettings, SetupUpdateNotificationSettings } from './setup.graphql';
import { refusalOf } from './setup';

type Settings = SetupNotificationSettingsQuery['notificationSettings'];
const FIELDS = ['windowStart', 'windowEnd', 'timeZone', 'senderName', 'subjectPrefix'];

/** The organisation's e-mail: the sending window and its time zone, the sender name, the subject prefix. */
export default function NotificationsPage() {
  const t = useT();
  const { data, loading, error } = useQuery(SetupNotificationSettings, { fetchPolicy: 'network-only' });
  return (
    <ConsolePage title={t('setup.mail.title')}>
      <Text size="sm">{t('setup.mail.help')}</Text>
      <ErrorNote error={error} />
      {loading && !data && <Loading />}
      {data && <SettingsForm settings={data.notificationSettings} />}
    </ConsolePage>
  );
}

function SettingsForm({ settings }: { settings: Settings }) {
  const t = useT();
  const [start, setStart] = useState(settings.window.start);
  const [end, setEnd] = useState(settings.window.end);
  const [timeZone, setTimeZone] = useState(settings.window.timeZone);
  const [senderName, setSenderName] = useState(settings.senderName ?? '');
  const [subjectPrefix, setSubjectPrefix] = useState(settings.subjectPrefix ?? '');
  const [saved, setSaved] = useState(false);
  const [update, { loading, error, reset }] = useMutation(SetupUpdateNotificationSettings);
  const refusal = refusalOf(error);
  const zones = useMemo(() => {
    const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    return all.includes(settings.window.timeZone) ? all : [settings.window.timeZone, ...all];
  }, [settings.window.timeZone]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    void update({ variables: { input: { windowStart: start.trim(), windowEnd: end.trim(), timeZone, senderName: senderName.trim(), subjectPrefix: subjectPrefix.trim() } } }).then(
      (r) => r.data && setSaved(true),
      () => undefined,
    );
  };
  const touched = () => {
    setSaved(false);
    if (error) reset();
  };
  return (
    <Card withBorder component="section" aria-labelledby="mail-settings">
      <form onSubmit={submit} onChange={touched}>
        <Stack gap="sm">
          <Title order={2} size="h4" id="mail-settings">
            {t('setup.mail.windowTitle')}
          </Title>
          <Text size="sm">{t('setup.mail.windowHelp')}</Text>
          <Group align="start" wrap="wrap">
            <TextInput label={t('setup.mail.start')} description={t('setup.mail.timeHelp')} required value={start} onChange={(e) => setStart(e.currentTarget.value)} error={refusal?.fields.windowStart} w={200} />
            <TextInput label={t('setup.mail.end')} description={t('setup.mail.endHelp')} required value={end} onChange={(e) => setEnd(e.currentTarget.value)} error={refusal?.fields.windowEnd} w={220} />
            <Select
              label={t('setup.mail.timeZone')}
              required
              searchable
              data={zones}
              value={timeZone}
              onChange={(v) => {
                touched();
                if (v) setTimeZone(v);
              }}
              allowDeselect={false}
              error={refusal?.fields.timeZone}
              w={260}
            />
          </Group>
          <Title order={2} size="h4">
            {t('setup.mail.senderTitle')}
          </Title>
          <Group align="start" wrap="wrap">
            <TextInput label={t('setup.mail.senderName')} description={t('setup.mail.senderNameHelp')} value={senderName} onChange={(e) => setSenderName(e.currentTarget.value)} error={refusal?.fields.senderName} w={320} />
            <TextInput label={t('setup.mail.subjectPrefix')} description={t('setup.mail.subjectPrefixHelp')} value={subjectPrefix} onChange={(e) => setSubjectPrefix(e.currentTarget.value)} error={refusal?.fields.subjectPrefix} w={260} />
          </Group>
          <RefusalNote refusal={refusal} shown={FIELDS} />
          {saved && (
            <Text role="status" c="teal.9" data-testid="mail-saved">
              {t('setup.mail.saved')}
            </Text>
          )}
          <Group>
            <Button type="submit" loading={loading}>
              {t('setup.mail.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
