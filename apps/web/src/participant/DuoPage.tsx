import { useState, type ReactNode } from 'react';
import { Alert, Anchor, Badge, Button, Card, Checkbox, Chip, Group, NumberInput, Progress, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { useT, useFormatDate } from '../i18n/LocaleProvider';
import type { MessageId } from '../i18n/locales';
import type { ConcernCategory, EarlyEndReason, MentoringFunction, MyDuosQuery } from '../gql/graphql';
import { ErrorNote, Loading, Page, SendStatusNote } from './common';
import {
  AcknowledgeAgreement,
  AddGoal,
  AnswerFitCheck,
  CloseDuo,
  DuoDetail,
  EndDuoEarly,
  MyDuos,
  PauseDuo,
  RaiseConcern,
  ResumeDuo,
  SaveAgreement,
  UpdateGoal,
} from './duo.graphql';
import { useQueuedSend } from '../offline/useQueuedSend';
import { newIdempotencyKey } from '../offline/queue';
import { useLinkedSection } from './links';

type Duo = MyDuosQuery['myRelationships'][number];

export const FUNCTIONS: MentoringFunction[] = ['JOB_FAMILIARISATION', 'PSYCHOSOCIAL'];
const CONCERNS: ConcernCategory[] = ['WELLBEING', 'SAFETY', 'CONDUCT', 'RELATIONSHIP', 'OTHER'];
const END_REASONS: EarlyEndReason[] = ['NOT_A_FIT', 'WORKLOAD', 'PERSONAL', 'MOVED_INSTITUTION', 'MENTOR_LEFT_SERVICE', 'MENTEE_LEFT_SERVICE', 'OTHER'];

const DAY_CHIPS: { offset: number; label: MessageId }[] = [
  { offset: 0, label: 'meeting.today' },
  { offset: 1, label: 'meeting.yesterday' },
  { offset: 2, label: 'meeting.twoDaysAgo' },
];

export function isoDay(offset: number, now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() - offset, 12);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export default function DuoPage() {
  const t = useT();
  const { data, loading, error } = useQuery(MyDuos);
  const [params] = useSearchParams();
  const duos = data?.myRelationships ?? [];
  // A task's link names the duo (`?relationship=<id>`) and the section (`#fit-check`).
  const linked = params.get('relationship');
  const current = duos.find((d) => d.id === linked) ?? duos.find((d) => d.state === 'ACTIVE' || d.state === 'PAUSED') ?? duos[0];
  useLinkedSection(Boolean(current));
  return (
    <Page title={t('duo.title')}>
      <ErrorNote error={error} />
      {loading && <Loading />}
      {data && !current && <Text>{t('duo.none')}</Text>}
      {current && <Duo duo={current} />}
    </Page>
  );
}

function Duo({ duo }: { duo: Duo }) {
  const t = useT();
  const date = useFormatDate();
  const partnerLabel: MessageId = duo.myRole === 'MENTEE' ? 'duo.partnerMentor' : 'duo.partnerMentee';
  const partner = duo.myRole === 'MENTEE' ? duo.mentor : duo.mentee;
  const open = duo.state === 'ACTIVE' || duo.state === 'PAUSED';
  return (
    <Stack gap="md">
      <Card withBorder component="section" aria-labelledby="partner">
        <Stack gap={4}>
          <Group justify="space-between">
            <Title order={2} size="h3" id="partner">
              {t(partnerLabel)}
            </Title>
            <Badge>{t(`duo.state.${duo.state}` as MessageId)}</Badge>
          </Group>
          <Text size="lg" fw={600} data-testid="partner-name">
            {partner.displayName || t('duo.partnerErased')}
          </Text>
          <PartnerContact partner={partner} />
          <Text size="sm" c="dimmed">
            {t('duo.programme', { programme: duo.programme.name, cohort: duo.cohort.name })}
          </Text>
          <Text size="sm">{t('duo.dates', { start: date(duo.startedOn), end: date(duo.plannedEndOn) })}</Text>
          <Text size="sm">{t('duo.meetings', { count: duo.meetingCount })}</Text>
          {duo.lastMeetingOn && <Text size="sm">{t('duo.lastMeeting', { date: date(duo.lastMeetingOn) })}</Text>}
        </Stack>
      </Card>
      {duo.state === 'ACTIVE' && <LogMeetingCard duoId={duo.id} startedOn={duo.startedOn} />}
      {duo.state === 'ACTIVE' && !duo.fitCheckDone && duo.meetingCount > 0 && <FitCheckCard duoId={duo.id} />}
      <DuoDetails duo={duo} />
      {open && <ConcernCard duoId={duo.id} />}
      {open && <DuoActions duo={duo} />}
    </Stack>
  );
}

type Partner = Duo['mentor'];

/** How to reach the partner: what the API shows the duo's members (work e-mail, where they work, their shifts). */
function PartnerContact({ partner }: { partner: Partner }) {
  const t = useT();
  const rows: { label: MessageId; value: ReactNode }[] = [];
  if (partner.workEmail)
    rows.push({
      label: 'duo.workEmail',
      value: (
        <Anchor href={`mailto:${partner.workEmail}`} size="sm">
          {partner.workEmail}
        </Anchor>
      ),
    });
  if (partner.institution) rows.push({ label: 'duo.institution', value: partner.institution.name });
  if (partner.unit) rows.push({ label: 'duo.unit', value: partner.unit.name });
  if (partner.shiftPattern) rows.push({ label: 'duo.shiftPattern', value: partner.shiftPattern.name });
  if (rows.length === 0) return null;
  return (
    <Stack gap={2} component="dl" m={0}>
      {rows.map((r) => (
        <Group key={r.label} gap={6} wrap="nowrap" align="baseline">
          <Text component="dt" size="sm" fw={500}>
            {t(r.label)}
          </Text>
          <Text component="dd" size="sm" m={0}>
            {r.value}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

function LogMeetingCard({ duoId, startedOn }: { duoId: string; startedOn: string }) {
  const t = useT();
  const [day, setDay] = useState<string>(isoDay(0));
  const [minutes, setMinutes] = useState<string>('60');
  const [notes, setNotes] = useState('');
  const [duringShift, setDuringShift] = useState(false);
  const { send, status, error } = useQueuedSend();
  const durations = ['30', '45', '60', '90'];
  return (
    <Card withBorder component="section" aria-labelledby="log-meeting">
      <Stack gap="sm">
        <Title order={2} size="h3" id="log-meeting">
          {t('meeting.log')}
        </Title>
        <Text size="sm" fw={500}>
          {t('meeting.date')}
        </Text>
        <Chip.Group multiple={false} value={day} onChange={(v) => setDay(String(v))}>
          <Group gap="xs">
            {/* Only days since the duo started: a meeting cannot be older than the duo. */}
            {DAY_CHIPS.filter((c) => isoDay(c.offset) >= startedOn).map((c) => (
              <Chip key={c.offset} value={isoDay(c.offset)}>
                {t(c.label)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <Text size="sm" fw={500}>
          {t('meeting.duration')}
        </Text>
        <Chip.Group multiple={false} value={minutes} onChange={(v) => setMinutes(String(v))}>
          <Group gap="xs">
            {durations.map((d) => (
              <Chip key={d} value={d}>
                {t('meeting.minutes', { n: Number(d) })}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <Textarea label={t('meeting.notes')} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} autosize minRows={1} />
        <Checkbox label={t('meeting.duringShift')} checked={duringShift} onChange={(e) => setDuringShift(e.currentTarget.checked)} />
        <Text size="sm" fw={500}>
          {t('meeting.function')}
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          {FUNCTIONS.map((f) => (
            <Button
              key={f}
              size="md"
              loading={status === 'sending'}
              onClick={() =>
                void send({
                  kind: 'logMeeting',
                  input: { relationshipId: duoId, heldOn: day, durationMinutes: Number(minutes), functions: [f], duringShift, notes: notes.trim() || null, idempotencyKey: newIdempotencyKey() },
                }).then((s) => (s === 'done' || s === 'queued') && setNotes(''))
              }
            >
              {t('meeting.logAs', { fn: t(`function.${f}` as MessageId) })}
            </Button>
          ))}
        </SimpleGrid>
        <SendStatusNote status={status} done="meeting.logged" />
        <ErrorNote error={error} />
      </Stack>
    </Card>
  );
}

function FitCheckCard({ duoId }: { duoId: string }) {
  const t = useT();
  const [answer, { loading, error }] = useMutation(AnswerFitCheck, { refetchQueries: [MyDuos] });
  return (
    <Card withBorder component="section" aria-labelledby="fit-check">
      <Stack gap="sm">
        <Title order={2} size="h3" id="fit-check">
          {t('fit.title')}
        </Title>
        <Text size="sm">{t('fit.help')}</Text>
        <Group>
          <Button loading={loading} onClick={() => void answer({ variables: { input: { relationshipId: duoId, answer: 'GOOD_FIT' } } })}>
            {t('fit.GOOD_FIT')}
          </Button>
          <Button variant="outline" color="red" loading={loading} onClick={() => void answer({ variables: { input: { relationshipId: duoId, answer: 'NOT_A_FIT' } } })}>
            {t('fit.NOT_A_FIT')}
          </Button>
        </Group>
        <ErrorNote error={error} />
      </Stack>
    </Card>
  );
}

function DuoDetails({ duo }: { duo: Duo }) {
  const t = useT();
  const date = useFormatDate();
  const { data, error } = useQuery(DuoDetail, { variables: { id: duo.id } });
  const [editing, setEditing] = useState(false);
  const [save, saving] = useMutation(SaveAgreement);
  const [ack, acking] = useMutation(AcknowledgeAgreement, { refetchQueries: [MyDuos] });
  const [addGoal, adding] = useMutation(AddGoal, { refetchQueries: [DuoDetail] });
  const [updateGoal] = useMutation(UpdateGoal);
  const [goalTitle, setGoalTitle] = useState('');
  const [goalFunction, setGoalFunction] = useState<MentoringFunction>('JOB_FAMILIARISATION');
  if (!data) return <ErrorNote error={error} />;
  const a = data.agreement;
  const mine = duo.myRole === 'MENTOR' ? a.mentorAcknowledgedAt : a.menteeAcknowledgedAt;
  const fnOptions = FUNCTIONS.map((f) => ({ value: f, label: t(`function.${f}` as MessageId) }));
  return (
    <>
      <Card withBorder component="section" aria-labelledby="agreement">
        <Stack gap="sm">
          <Title order={2} size="h3" id="agreement">
            {t('agreement.title')}
          </Title>
          {editing ? (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                const f = new FormData(e.currentTarget);
                void save({
                  variables: {
                    input: {
                      relationshipId: duo.id,
                      cadenceDays: Number(f.get('cadence')),
                      goalsSummary: String(f.get('goals')),
                      practicalities: String(f.get('practicalities')) || null,
                    },
                  },
                }).then(() => setEditing(false));
              }}
            >
              <Stack gap="sm">
                <NumberInput name="cadence" label={t('agreement.cadenceLabel')} min={1} max={90} defaultValue={a.cadenceDays} required />
                <Textarea name="goals" label={t('agreement.goals')} defaultValue={a.goalsSummary ?? ''} required autosize minRows={2} />
                <Textarea name="practicalities" label={t('agreement.practicalities')} defaultValue={a.practicalities ?? ''} autosize minRows={2} />
                <Group>
                  <Button type="submit" loading={saving.loading}>
                    {t('common.save')}
                  </Button>
                  <Button variant="default" onClick={() => setEditing(false)}>
                    {t('common.cancel')}
                  </Button>
                </Group>
                <ErrorNote error={saving.error} />
              </Stack>
            </form>
          ) : (
            <>
              <Text size="sm">{t('agreement.cadence', { days: a.cadenceDays })}</Text>
              <Text size="sm" fw={500}>
                {t('agreement.goals')}
              </Text>
              <Text size="sm">{a.goalsSummary || t('agreement.empty')}</Text>
              {a.practicalities && (
                <>
                  <Text size="sm" fw={500}>
                    {t('agreement.practicalities')}
                  </Text>
                  <Text size="sm">{a.practicalities}</Text>
                </>
              )}
              <Text size="sm" fw={500}>
                {t('agreement.confidentiality')}
              </Text>
              <Text size="sm" data-testid="confidentiality-text">
                {a.confidentialityText}
              </Text>
              {mine ? (
                <Text size="sm" c="green.8">
                  {t('agreement.acknowledged', { date: date(mine) })}
                </Text>
              ) : null}
              <Group>
                <Button variant="default" onClick={() => setEditing(true)}>
                  {t('agreement.edit')}
                </Button>
                {!mine && a.goalsSummary && (
                  <Button loading={acking.loading} onClick={() => void ack({ variables: { id: duo.id } })}>
                    {t('agreement.acknowledge')}
                  </Button>
                )}
              </Group>
              <ErrorNote error={acking.error} />
            </>
          )}
        </Stack>
      </Card>
      <Card withBorder component="section" aria-labelledby="goals">
        <Stack gap="sm">
          <Title order={2} size="h3" id="goals">
            {t('goals.title')}
          </Title>
          {FUNCTIONS.map((fn) => {
            const goals = data.goals.filter((g) => g.function === fn);
            return (
              <Stack key={fn} gap={6}>
                <Text fw={600} size="sm">
                  {t(`function.${fn}` as MessageId)}
                </Text>
                {goals.length === 0 && (
                  <Text size="sm" c="dimmed">
                    {t('goals.none')}
                  </Text>
                )}
                {goals.map((g) => (
                  <Stack key={g.id} gap={2}>
                    <Group justify="space-between">
                      <Text size="sm">{g.title}</Text>
                      <Text size="sm">{t('goals.progress', { value: g.progress / 100 })}</Text>
                    </Group>
                    <Progress value={g.progress} aria-label={g.title} />
                    <Group gap="xs">
                      {[25, 50, 75, 100].map((p) => (
                        <Button key={p} size="compact-xs" variant={g.progress === p ? 'filled' : 'light'} onClick={() => void updateGoal({ variables: { input: { goalId: g.id, progress: p } } })}>
                          {t('goals.progress', { value: p / 100 })}
                        </Button>
                      ))}
                    </Group>
                  </Stack>
                ))}
              </Stack>
            );
          })}
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (!goalTitle.trim()) return;
              void addGoal({ variables: { input: { relationshipId: duo.id, title: goalTitle.trim(), function: goalFunction } } }).then(() => setGoalTitle(''));
            }}
          >
            <Stack gap="xs">
              <TextInput label={t('goals.newTitle')} value={goalTitle} onChange={(e) => setGoalTitle(e.currentTarget.value)} />
              <Select label={t('goals.function')} data={fnOptions} value={goalFunction} allowDeselect={false} onChange={(v) => v && setGoalFunction(v)} />
              <Button type="submit" variant="light" loading={adding.loading}>
                {t('goals.add')}
              </Button>
              <ErrorNote error={adding.error} />
            </Stack>
          </form>
        </Stack>
      </Card>
      <Card withBorder component="section" aria-labelledby="meeting-list">
        <Stack gap={4}>
          <Title order={2} size="h3" id="meeting-list">
            {t('meeting.list')}
          </Title>
          {data.meetings.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('meeting.none')}
            </Text>
          )}
          {data.meetings.map((m) => (
            <Text key={m.id} size="sm" data-testid="meeting">
              {date(m.heldOn)} · {t('meeting.minutes', { n: m.durationMinutes })} · {m.functions.map((f) => t(`function.${f}` as MessageId)).join(', ')}
            </Text>
          ))}
        </Stack>
      </Card>
    </>
  );
}

function ConcernCard({ duoId }: { duoId: string }) {
  const t = useT();
  const [category, setCategory] = useState<ConcernCategory>('WELLBEING');
  const [details, setDetails] = useState('');
  const [raise, { data, loading, error }] = useMutation(RaiseConcern);
  return (
    <Card withBorder component="section" aria-labelledby="concern">
      <Stack gap="sm">
        <Title order={2} size="h3" id="concern">
          {t('concern.title')}
        </Title>
        <Alert color="blue" title={t('concern.whoTitle')}>
          <Stack gap={4}>
            <Text size="sm">{t('concern.whoReads')}</Text>
            <Text size="sm">{t('concern.whoNot')}</Text>
          </Stack>
        </Alert>
        {data ? (
          <Alert color="green" role="status">
            {t('concern.raised', { name: data.raiseConcern.supportContact.name, how: data.raiseConcern.supportContact.howToReach })}
          </Alert>
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void raise({ variables: { input: { relationshipId: duoId, category, details } } });
            }}
          >
            <Stack gap="xs">
              <Select
                label={t('concern.category')}
                data={CONCERNS.map((c) => ({ value: c, label: t(`concern.category.${c}` as MessageId) }))}
                value={category}
                allowDeselect={false}
                onChange={(v) => v && setCategory(v)}
              />
              <Textarea label={t('concern.details')} value={details} onChange={(e) => setDetails(e.currentTarget.value)} required autosize minRows={3} />
              <Button type="submit" color="red" variant="light" loading={loading}>
                {t('concern.submit')}
              </Button>
              <ErrorNote error={error} />
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}

function DuoActions({ duo }: { duo: Duo }) {
  const t = useT();
  const refetch = { refetchQueries: [MyDuos] };
  const [pause, pausing] = useMutation(PauseDuo, refetch);
  const [resume, resuming] = useMutation(ResumeDuo, refetch);
  const [end, ending] = useMutation(EndDuoEarly, refetch);
  const [close, closing] = useMutation(CloseDuo, refetch);
  const [reason, setReason] = useState<EarlyEndReason>('NOT_A_FIT');
  const [rematch, setRematch] = useState(false);
  const [reflection, setReflection] = useState('');
  return (
    <Card withBorder component="section" aria-labelledby="duo-actions">
      <Stack gap="sm">
        <Title order={2} size="h3" id="duo-actions">
          {t('duo.actions')}
        </Title>
        {duo.state === 'ACTIVE' ? (
          <Button variant="default" loading={pausing.loading} onClick={() => void pause({ variables: { id: duo.id } })}>
            {t('duo.pause')}
          </Button>
        ) : (
          <Button variant="default" loading={resuming.loading} onClick={() => void resume({ variables: { id: duo.id } })}>
            {t('duo.resume')}
          </Button>
        )}
        <Select
          label={t('duo.endReason')}
          data={END_REASONS.map((r) => ({ value: r, label: t(`endReason.${r}` as MessageId) }))}
          value={reason}
          allowDeselect={false}
          onChange={(v) => v && setReason(v)}
        />
        {duo.myRole === 'MENTEE' && <Checkbox label={t('duo.rematch')} checked={rematch} onChange={(e) => setRematch(e.currentTarget.checked)} />}
        <Button color="red" variant="outline" loading={ending.loading} onClick={() => void end({ variables: { input: { relationshipId: duo.id, reason, rematch } } })}>
          {t('duo.endEarly')}
        </Button>
        <Textarea label={t('duo.reflection')} value={reflection} onChange={(e) => setReflection(e.currentTarget.value)} autosize minRows={2} />
        <Button variant="light" loading={closing.loading} onClick={() => void close({ variables: { input: { relationshipId: duo.id, reflection: reflection.trim() || null } } })}>
          {t('duo.close')}
        </Button>
        <ErrorNote error={pausing.error ?? resuming.error ?? ending.error ?? closing.error} />
      </Stack>
    </Card>
  );
}
