import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, Group, Select, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/LocaleProvider';
import { isLocale, LOCALES, LOCALE_NAMES } from '../../i18n/locales';
import { ConsolePage, ErrorNote, Loading, Tag } from '../common';
import { RefusalNote } from '../RefusalNote';
import { SetupConsentTexts, SetupPublishConsentText } from './setup.graphql';
import { consentTable, nextVersion, refusalOf } from './setup';

const PARTICIPATION = 'programme.participation';
const languageName = (l: string) => (isLocale(l) ? LOCALE_NAMES[l] : l);

/**
 * Consent texts per language: the published versions, and publishing the next version of a
 * purpose in one language. Texts never change; a new version does not ask anyone again (identity
 * keeps each consent with the version agreed to), it is what applicants agree to from then on.
 */
export default function ConsentPage() {
  const t = useT();
  const intl = useIntl();
  const { data, loading, error } = useQuery(SetupConsentTexts, { fetchPolicy: 'cache-and-network' });
  const texts = data?.consentTexts ?? [];
  const rows = consentTable(texts, LOCALES);
  return (
    <ConsolePage title={t('setup.consent.title')}>
      <Text size="sm">{t('setup.consent.help')}</Text>
      <Alert color="blue" title={t('setup.consent.againTitle')}>
        <Stack gap={6}>
          <Text size="sm">{t('setup.consent.again')}</Text>
          <Text size="sm">{t('setup.consent.policy')}</Text>
          <Text size="sm">{t('setup.consent.perLanguage')}</Text>
        </Stack>
      </Alert>
      <ErrorNote error={error} />
      {data && <Publish texts={texts} />}
      <Title order={2} size="h3">
        {t('setup.consent.listTitle')}
      </Title>
      {loading && !data && <Loading />}
      {data && rows.length === 0 && <Text>{t('setup.consent.none')}</Text>}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped>
            <Table.Caption>{t('setup.consent.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('setup.consent.purpose')}</Table.Th>
                <Table.Th>{t('setup.consent.language')}</Table.Th>
                <Table.Th>{t('setup.consent.version')}</Table.Th>
                <Table.Th>{t('setup.consent.published')}</Table.Th>
                <Table.Th>{t('setup.consent.text')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id} data-testid="consent-row" data-purpose={r.purpose} data-locale={r.locale} data-version={r.version}>
                  <Table.Td>
                    <code>{r.purpose}</code>
                  </Table.Td>
                  <Table.Td lang={r.locale}>{languageName(r.locale)}</Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text span size="sm">
                        {t('setup.consent.versionN', { version: r.version })}
                      </Text>
                      {r.current && (
                        <Tag color="teal.9" size="sm">
                          {t('setup.consent.current')}
                        </Tag>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{intl.formatDate(r.publishedAt, { dateStyle: 'medium', timeStyle: 'short' })}</Table.Td>
                  <Table.Td lang={r.locale} maw={420}>
                    <Text size="sm" lineClamp={3}>
                      {r.text}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </ConsolePage>
  );
}

function Publish({ texts }: { texts: { purpose: string; locale: string; version: number }[] }) {
  const t = useT();
  const [purpose, setPurpose] = useState(PARTICIPATION);
  const [locale, setLocale] = useState<string>('en');
  const [text, setText] = useState('');
  const [published, setPublished] = useState<{ version: number; locale: string } | null>(null);
  const [publish, { loading, error, reset }] = useMutation(SetupPublishConsentText, { refetchQueries: [SetupConsentTexts], awaitRefetchQueries: true });
  const refusal = refusalOf(error);
  const version = nextVersion(texts, purpose.trim(), locale);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setPublished(null);
    const body = text.trim();
    void publish({ variables: { input: { purpose: purpose.trim(), locale, ...(body ? { text: body } : {}) } } }).then(
      (r) => {
        if (!r.data) return;
        setPublished({ version: r.data.publishConsentText.version, locale: r.data.publishConsentText.locale });
        setText('');
      },
      () => undefined,
    );
  };
  return (
    <Card withBorder component="section" aria-labelledby="publish-consent">
      <form onSubmit={submit} onChange={() => error && reset()}>
        <Stack gap="sm">
          <Title order={2} size="h4" id="publish-consent">
            {t('setup.consent.publishTitle')}
          </Title>
          <Group align="start" wrap="wrap">
            <TextInput
              label={t('setup.consent.purpose')}
              description={t('setup.consent.purposeHelp')}
              required
              value={purpose}
              onChange={(e) => setPurpose(e.currentTarget.value)}
              error={refusal?.fields.purpose}
              w={320}
            />
            <Select
              label={t('setup.consent.language')}
              required
              data={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
              value={locale}
              onChange={(v) => {
                if (error) reset();
                if (v) setLocale(v);
              }}
              allowDeselect={false}
              error={refusal?.fields.locale}
              w={200}
            />
          </Group>
          <Textarea
            label={t('setup.consent.text')}
            description={t('setup.consent.textHelp')}
            lang={locale}
            autosize
            minRows={4}
            maxRows={14}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={refusal?.fields.text}
          />
          <RefusalNote refusal={refusal} shown={['purpose', 'locale', 'text']} />
          {published && (
            <Text role="status" c="teal.9" data-testid="consent-published">
              {t('setup.consent.publishedNote', { version: published.version, language: languageName(published.locale) })}
            </Text>
          )}
          <Group>
            <Button type="submit" loading={loading}>
              {t('setup.consent.publish', { version, language: languageName(locale) })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
