import { useState } from 'react';
import { Alert, Badge, Button, Card, Group, Progress, Radio, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router';
import { useFormatDate, useT } from '../i18n/LocaleProvider';
import type { MessageId } from '../i18n/locales';
import { ErrorNote, Loading, Page, SendStatusNote } from './common';
import { MySurveys, SurveyDetail } from './surveys.graphql';
import { useQueuedSend } from '../offline/useQueuedSend';
import { newIdempotencyKey } from '../offline/queue';

export default function SurveysPage() {
  return (
    <Routes>
      <Route index element={<SurveyList />} />
      <Route path=":id" element={<SurveyForm />} />
    </Routes>
  );
}

function SurveyList() {
  const t = useT();
  const date = useFormatDate();
  const { data, loading, error } = useQuery(MySurveys, { fetchPolicy: 'cache-and-network' });
  const open = (data?.mySurveyInvitations ?? []).filter((i) => i.state === 'OPEN' || i.state === 'STARTED');
  const signpost = data?.mySurveyScores.some((s) => s.signpost);
  return (
    <Page title={t('surveys.title')}>
      <ErrorNote error={error} />
      {loading && !data && <Loading />}
      {data && open.length === 0 && <Text>{t('surveys.none')}</Text>}
      {open.map((i) => (
        <Card key={i.id} withBorder>
          <Stack gap="xs">
            <Group justify="space-between">
              <Title order={2} size="h3">
                {t(`wave.${i.wave}` as MessageId)}
              </Title>
              <Badge>{t('surveys.due', { date: date(i.dueOn) })}</Badge>
            </Group>
            <Text size="sm">{t('surveys.progress', { answered: i.answered, total: i.itemCount })}</Text>
            <Progress value={i.itemCount ? (100 * i.answered) / i.itemCount : 0} aria-label={t(`wave.${i.wave}` as MessageId)} />
            <Button component={Link} to={`/surveys/${i.id}`}>
              {i.answered > 0 ? t('surveys.resume') : t('surveys.start')}
            </Button>
          </Stack>
        </Card>
      ))}
      {data && data.mySurveyScores.length > 0 && (
        <Card withBorder component="section" aria-labelledby="scores">
          <Stack gap="xs">
            <Title order={2} size="h3" id="scores">
              {t('scores.title')}
            </Title>
            {signpost && (
              <Alert color="orange" title={t('scores.signpostTitle')} styles={{ title: { color: 'var(--mantine-color-text)' } }}>
                {t('scores.signpost')}
              </Alert>
            )}
            {data.mySurveyScores.map((s) => (
              <Text key={`${s.invitationId}-${s.instrumentCode}-${s.score}`} size="sm">
                {t(`wave.${s.wave}` as MessageId)} · {s.instrumentCode} · {s.score}: {s.value === null || s.value === undefined ? '—' : t('scores.value', { value: s.value, min: s.min, max: s.max })}
              </Text>
            ))}
          </Stack>
        </Card>
      )}
    </Page>
  );
}

function SurveyForm() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(SurveyDetail, { variables: { id } });
  const { send: save, status, error: saveError } = useQueuedSend();
  const [answers, setAnswers] = useState<Record<string, number>>({});
  if (loading && !data) return <Loading />;
  if (!data) return <ErrorNote error={error} />;
  const inv = data.mySurveyInvitation;
  const key = (i: { instrumentCode: string; itemId: string }) => `${i.instrumentCode}:${i.itemId}`;
  const valueOf = (i: (typeof inv.items)[number]) => answers[key(i)] ?? i.value ?? null;

  async function send(submit: boolean) {
    const changed = inv.items.filter((i) => answers[key(i)] !== undefined).map((i) => ({ instrumentCode: i.instrumentCode, itemId: i.itemId, value: answers[key(i)] }));
    const s = await save({ kind: 'saveSurveyAnswers', input: { invitationId: inv.id, answers: changed, submit, idempotencyKey: newIdempotencyKey() } });
    if (s === 'done') setAnswers({});
    if (submit && s === 'done') await navigate('/surveys');
  }

  return (
    <Page title={t(`wave.${inv.wave}` as MessageId)}>
      <Text size="sm">{t('surveys.progress', { answered: inv.answered, total: inv.itemCount })}</Text>
      {inv.items.map((item, n) => {
        const scale = Array.from({ length: item.responseMax - item.responseMin + 1 }, (_, k) => item.responseMin + k);
        const v = valueOf(item);
        return (
          <Card key={key(item)} withBorder>
            <Radio.Group
              label={`${n + 1}. ${item.text ?? t('surveys.noWording', { code: item.instrumentCode, item: item.itemId })}`}
              value={v === null ? null : String(v)}
              onChange={(val) => {
                setAnswers((a) => ({ ...a, [key(item)]: Number(val) }));
              }}
            >
              <Group mt="xs" gap="sm">
                {scale.map((s) => (
                  <Radio key={s} value={String(s)} label={item.anchors[s - item.responseMin] ?? String(s)} />
                ))}
              </Group>
            </Radio.Group>
          </Card>
        );
      })}
      {inv.attributions.map((a) => (
        <Text key={a} size="xs" c="dimmed">
          {a}
        </Text>
      ))}
      <SendStatusNote status={status} done="surveys.saved" />
      <ErrorNote error={saveError} />
      <Group>
        <Button variant="default" loading={status === 'sending'} onClick={() => void send(false)}>
          {t('surveys.save')}
        </Button>
        <Button loading={status === 'sending'} onClick={() => void send(true)}>
          {t('surveys.submit')}
        </Button>
      </Group>
    </Page>
  );
}
