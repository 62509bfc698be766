import { useState } from 'react';
import { Alert, Badge, Button, Card, Checkbox, Group, MultiSelect, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { MentoringFunction, ParticipantRole } from '../gql/graphql';
import { useFormatDate, useLocale, useT } from '../i18n/LocaleProvider';
import { LOCALE_NAMES, LOCALES, type MessageId } from '../i18n/locales';
import { ErrorNote, Loading, Page } from './common';
import { FUNCTIONS } from './DuoPage';

const OpenCohorts = graphql(`
  query OpenCohorts {
    cohorts(filter: { state: RECRUITING }) {
      items {
        id
        name
        startsOn
        endsOn
        programmeId
      }
    }
    myApplications {
      id
      cohortId
      role
      state
      submittedAt
    }
  }
`);

const ParticipationConsent = graphql(`
  query ParticipationConsent {
    consentTexts(purpose: "programme.participation") {
      id
      locale
      text
      version
    }
  }
`);

const Apply = graphql(`
  mutation Apply($input: SubmitApplicationInput!) {
    submitApplication(input: $input) {
      id
      cohortId
      role
      state
      submittedAt
    }
  }
`);

const Withdraw = graphql(`
  mutation Withdraw($id: ID!) {
    withdrawApplication(id: $id) {
      id
      state
    }
  }
`);

export default function CohortsPage() {
  const t = useT();
  const date = useFormatDate();
  const { data, loading, error } = useQuery(OpenCohorts);
  const [withdraw, withdrawing] = useMutation(Withdraw);
  const [applyingTo, setApplyingTo] = useState<string | null>(null);
  const live = (data?.myApplications ?? []).filter((a) => a.state !== 'WITHDRAWN' && a.state !== 'DECLINED');
  return (
    <Page title={t('cohorts.title')}>
      <ErrorNote error={error} />
      {loading && <Loading />}
      {data && data.cohorts.items.length === 0 && <Text>{t('cohorts.none')}</Text>}
      {data?.cohorts.items.map((c) => {
        const mine = live.find((a) => a.cohortId === c.id);
        return (
          <Card key={c.id} withBorder>
            <Stack gap="xs">
              <Title order={2} size="h3">
                {c.name}
              </Title>
              <Text size="sm">{t('cohorts.dates', { start: date(c.startsOn), end: date(c.endsOn) })}</Text>
              {mine ? (
                <Group>
                  <Badge>{t(`application.state.${mine.state}` as MessageId)}</Badge>
                  <Text size="sm">{t(`role.${mine.role}` as MessageId)}</Text>
                  <Button size="compact-sm" variant="subtle" color="red" loading={withdrawing.loading} onClick={() => void withdraw({ variables: { id: mine.id } })}>
                    {t('cohorts.withdraw')}
                  </Button>
                </Group>
              ) : applyingTo === c.id ? (
                <ApplyForm cohortId={c.id} onDone={() => setApplyingTo(null)} />
              ) : (
                <Button onClick={() => setApplyingTo(c.id)}>{t('cohorts.apply')}</Button>
              )}
            </Stack>
          </Card>
        );
      })}
      <ErrorNote error={withdrawing.error} />
    </Page>
  );
}

function ApplyForm({ cohortId, onDone }: { cohortId: string; onDone: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const consent = useQuery(ParticipationConsent);
  const [apply, { loading, error }] = useMutation(Apply, { refetchQueries: [OpenCohorts] });
  const [role, setRole] = useState<ParticipantRole>('MENTEE');
  const [functions, setFunctions] = useState<string[]>(['JOB_FAMILIARISATION']);
  const [languages, setLanguages] = useState<string[]>([locale]);
  const [motivation, setMotivation] = useState('');
  const [agreed, setAgreed] = useState(false);
  const texts = consent.data?.consentTexts ?? [];
  const text = texts.find((c) => c.locale === locale) ?? texts.find((c) => c.locale === 'en') ?? texts[0];
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void apply({ variables: { input: { cohortId, role, functions: functions as MentoringFunction[], languages, motivation, consent: agreed } } }).then(onDone);
      }}
    >
      <Stack gap="sm">
        <SegmentedControl
          aria-label={t('apply.role')}
          value={role}
          onChange={(v) => setRole(v)}
          data={[
            { value: 'MENTEE', label: t('role.MENTEE') },
            { value: 'MENTOR', label: t('role.MENTOR') },
          ]}
        />
        <MultiSelect
          label={role === 'MENTEE' ? t('apply.needs') : t('apply.strengths')}
          data={FUNCTIONS.map((f) => ({ value: f, label: t(`function.${f}` as MessageId) }))}
          value={functions}
          onChange={setFunctions}
          required
        />
        <MultiSelect label={t('apply.languages')} data={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))} value={languages} onChange={setLanguages} required />
        <Textarea label={t('apply.motivation')} value={motivation} onChange={(e) => setMotivation(e.currentTarget.value)} required autosize minRows={3} />
        <Alert color="blue" title={t('apply.consentTitle')}>
          <Stack gap={6}>
            {text ? <Text size="sm">{text.text}</Text> : <Text size="sm">{t('apply.noConsentText')}</Text>}
            <Text size="sm" fw={600}>
              {t('apply.limitsTitle')}
            </Text>
            <Text size="sm">{t('apply.limits')}</Text>
            <Text size="sm">{t('apply.voluntary')}</Text>
          </Stack>
        </Alert>
        <Checkbox label={t('apply.consent')} checked={agreed} onChange={(e) => setAgreed(e.currentTarget.checked)} required />
        <Group>
          <Button type="submit" loading={loading} disabled={!agreed}>
            {t('apply.submit')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
        <ErrorNote error={error ?? consent.error} />
      </Stack>
    </form>
  );
}
