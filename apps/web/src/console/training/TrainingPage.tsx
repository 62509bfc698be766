import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { Anchor, Button, Card, Group, NumberInput, Progress, SegmentedControl, Select, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useLocale, useT } from '../../i18n/LocaleProvider';
import { LOCALES, LOCALE_NAMES } from '../../i18n/locales';
import type { ConsoleTrainingSessionFragment } from '../../gql/graphql';
import { ConsolePage, ErrorNote, Loading, Tag, useSelectedCohort } from '../common';
import { MentorsTrained, ScheduleSession, TenantSessions, TrainingCourses } from './training.graphql';
import { canChange, localToIso, splitSessions, trainedPercent } from './sessions';
import { CancelledNote, CancelSessionDialog, EditSession, TrainerSelect } from './SessionDialogs';

type Session = ConsoleTrainingSessionFragment;
type Course = { id: string; title: string; code?: string | null };

/** A course's name as the coordinator knows it: its title and, for the tenant's own courses, its code. */
const courseLabel = (c: Course) => (c.code ? `${c.title} · ${c.code}` : c.title);

/** Sessions a page holds (the API's largest page). */
const PAGE = 200;

/**
 * The sessions of every course of the tenant, in one list: one request (`tenantTrainingSessions`,
 * those not over yet first), a further page only when the coordinator asks for more; after a change
 * the pages shown are asked again.
 */
function useAllSessions() {
  const client = useApolloClient();
  const [state, setState] = useState<{ sessions?: Session[]; total?: number; error?: Error }>({});
  const [pages, setPages] = useState(1);
  const load = useCallback(async () => {
    try {
      const sessions: Session[] = [];
      let total = 0;
      for (let page = 0; page < pages; page++) {
        const r = await client.query({ query: TenantSessions, variables: { offset: page * PAGE, limit: PAGE }, fetchPolicy: 'network-only' });
        const got = r.data?.tenantTrainingSessions;
        if (!got) break;
        sessions.push(...got.items);
        total = got.total;
        if (sessions.length >= total) break;
      }
      setState({ sessions, total });
    } catch (e) {
      setState((s) => ({ ...s, error: e as Error }));
    }
  }, [client, pages]);
  useEffect(() => {
    void load();
  }, [load]);
  const more = state.sessions !== undefined && state.total !== undefined && state.sessions.length < state.total;
  return { ...state, reload: load, more, loadMore: () => setPages((n) => n + 1) };
}

/** Training for coordinators: the sessions of the tenant's courses, scheduling and editing them, and mentors trained for a cohort. */
export default function TrainingPage() {
  const t = useT();
  const courses = useQuery(TrainingCourses);
  const all = useAllSessions();
  const [now] = useState(() => Date.now());
  const byCourse = useMemo(() => new Map((courses.data?.trainingCourses ?? []).map((c) => [c.id, c])), [courses.data]);
  const { upcoming, past } = useMemo(() => splitSessions(all.sessions ?? [], now), [all.sessions, now]);
  const [editing, setEditing] = useState<Session | null>(null);
  const [cancelling, setCancelling] = useState<Session | null>(null);
  return (
    <ConsolePage title={t('console.training.title')}>
      <ErrorNote error={courses.error ?? all.error} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        {courses.data && <ScheduleForm courses={courses.data.trainingCourses} onScheduled={() => void all.reload()} />}
        <MentorsTrainedPanel />
      </SimpleGrid>
      <Stack gap="sm" component="section" aria-labelledby="upcoming-sessions">
        <Title order={2} size="h3" id="upcoming-sessions">
          {t('console.training.upcoming')}
        </Title>
        {!all.sessions && !all.error && <Loading />}
        {all.sessions && upcoming.length === 0 && <Text>{t('console.training.noUpcoming')}</Text>}
        {upcoming.map((s) => (
          <SessionCard key={s.id} session={s} course={byCourse.get(s.courseId)} onEdit={s.cancelledAt ? undefined : () => setEditing(s)} onCancel={canChange(s, now) ? () => setCancelling(s) : undefined} />
        ))}
      </Stack>
      {past.length > 0 && (
        <Stack gap="sm" component="section" aria-labelledby="past-sessions">
          <Title order={2} size="h3" id="past-sessions">
            {t('console.training.past')}
          </Title>
          {past.map((s) => (
            <SessionCard key={s.id} session={s} course={byCourse.get(s.courseId)} />
          ))}
        </Stack>
      )}
      {all.more && (
        <Group>
          <Button variant="default" onClick={all.loadMore}>
            {t('console.sessionChanges.more', { shown: all.sessions?.length ?? 0, total: all.total ?? 0 })}
          </Button>
        </Group>
      )}
      {editing && <EditSession session={editing} onClose={() => setEditing(null)} onSaved={() => void all.reload()} />}
      {cancelling && <CancelSessionDialog session={cancelling} onClose={() => setCancelling(null)} onCancelled={() => void all.reload()} />}
    </ConsolePage>
  );
}

function SessionCard({ session: s, course, onEdit, onCancel }: { session: Session; course?: Course; onEdit?: () => void; onCancel?: () => void }) {
  const t = useT();
  const intl = useIntl();
  return (
    <Card withBorder padding="md" data-testid="training-session" data-session={s.id}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={2}>
            <Title order={3} size="h4">
              {s.title}
            </Title>
            {course && (
              <Text size="sm" c="dimmed">
                {courseLabel(course)}
              </Text>
            )}
          </Stack>
          <Group gap="xs">
            {s.cancelledAt && <Tag color="red.9">{t('console.sessionChanges.cancelledTag')}</Tag>}
            <Tag color={s.seatsLeft === 0 ? 'red.9' : 'teal.9'} data-testid="session-seats">
              {t('console.training.bookedOfCapacity', { booked: s.booked, capacity: s.capacity })}
            </Tag>
            <Tag color="gray.9" data-testid="session-waiting">
              {s.allowWaitlist ? t('console.training.waiting', { count: s.waitlisted }) : t('console.training.noWaitlist')}
            </Tag>
            {s.registerKept && <Tag color="indigo.8">{t('console.training.registerKept')}</Tag>}
          </Group>
        </Group>
        <Text size="sm" data-testid="session-times">
          {intl.formatDateTimeRange(new Date(s.startsAt), new Date(s.endsAt), { dateStyle: 'medium', timeStyle: 'short' })}
        </Text>
        <CancelledNote session={s} />
        {s.place && <Text size="sm">{t('console.training.where', { place: s.place })}</Text>}
        {s.onlineUrl && (
          <Text size="sm">
            {t('console.training.onlineAt')}{' '}
            {/^https:\/\//.test(s.onlineUrl) ? (
              <Anchor href={s.onlineUrl} target="_blank" rel="noopener noreferrer">
                {s.onlineUrl}
              </Anchor>
            ) : (
              s.onlineUrl
            )}
          </Text>
        )}
        <Text size="sm">{t('console.training.trainerAndLanguage', { trainer: s.trainerName ?? '—', language: LOCALE_NAMES[s.language as keyof typeof LOCALE_NAMES] ?? s.language })}</Text>
        <Group gap="sm" mt={4}>
          <Button component={Link} to={`/console/training/sessions/${encodeURIComponent(s.id)}`} size="md" aria-label={t('console.training.openRegisterOf', { title: s.title })}>
            {t('console.training.openRegister')}
          </Button>
          {onEdit && (
            <Button variant="outline" size="md" onClick={onEdit} aria-label={t('console.training.editSessionOf', { title: s.title })}>
              {t('console.training.edit')}
            </Button>
          )}
          {onCancel && (
            <Button variant="outline" color="red.8" size="md" onClick={onCancel} aria-label={t('console.sessionChanges.cancelSessionOf', { title: s.title })}>
              {t('console.sessionChanges.cancelSession')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

function ScheduleForm({ courses, onScheduled }: { courses: readonly Course[]; onScheduled: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const [courseId, setCourseId] = useState<string | null>(courses[0]?.id ?? null);
  const [title, setTitle] = useState('');
  const [starts, setStarts] = useState('');
  const [ends, setEnds] = useState('');
  const [mode, setMode] = useState<'place' | 'online'>('place');
  const [place, setPlace] = useState('');
  const [onlineUrl, setOnlineUrl] = useState('');
  const [capacity, setCapacity] = useState<number>(12);
  const [language, setLanguage] = useState<string>(locale);
  const [trainer, setTrainer] = useState<string | null>(null);
  const [allowWaitlist, setAllowWaitlist] = useState(true);
  const [done, setDone] = useState<string | null>(null);
  const [schedule, { loading, error }] = useMutation(ScheduleSession);
  const startsAt = localToIso(starts);
  const endsAt = localToIso(ends);
  const venue = mode === 'place' ? place.trim() : onlineUrl.trim();
  const ready = Boolean(courseId && title.trim() && startsAt && endsAt && venue && trainer && capacity > 0);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!ready || !courseId || !startsAt || !endsAt || !trainer) return;
    setDone(null);
    const input = { courseId, title: title.trim(), startsAt, endsAt, capacity, language, trainerStaffId: trainer, allowWaitlist, ...(mode === 'place' ? { place: venue } : { onlineUrl: venue }) };
    void schedule({ variables: { input } })
      .then((r) => {
        if (!r.data) return;
        setDone(r.data.scheduleTrainingSession.title);
        setTitle('');
        onScheduled();
      })
      .catch(() => undefined);
  };
  return (
    <Card withBorder component="form" onSubmit={submit} aria-labelledby="schedule-session">
      <Stack gap="sm">
        <Title order={2} size="h3" id="schedule-session">
          {t('console.training.schedule')}
        </Title>
        {courses.length === 0 ? (
          <Text>{t('console.training.noCourses')}</Text>
        ) : (
          <>
            <Select label={t('console.training.course')} data={courses.map((c) => ({ value: c.id, label: courseLabel(c) }))} value={courseId} onChange={setCourseId} allowDeselect={false} />
            <TextInput label={t('console.training.sessionTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required />
            <Group grow align="start">
              <TextInput type="datetime-local" label={t('console.training.startsAt')} value={starts} onChange={(e) => setStarts(e.currentTarget.value)} required />
              <TextInput type="datetime-local" label={t('console.training.endsAt')} value={ends} onChange={(e) => setEnds(e.currentTarget.value)} required />
            </Group>
            <Stack gap={4}>
              <Text size="sm" fw={500} id="session-mode">
                {t('console.training.mode')}
              </Text>
              <SegmentedControl
                aria-labelledby="session-mode"
                value={mode}
                onChange={(v) => setMode(v)}
                data={[
                  { value: 'place', label: t('console.training.inPerson') },
                  { value: 'online', label: t('console.training.online') },
                ]}
              />
            </Stack>
            {mode === 'place' ? (
              <TextInput label={t('console.training.place')} value={place} onChange={(e) => setPlace(e.currentTarget.value)} required />
            ) : (
              <TextInput type="url" label={t('console.training.onlineUrl')} placeholder="https://" value={onlineUrl} onChange={(e) => setOnlineUrl(e.currentTarget.value)} required />
            )}
            <Group grow align="start">
              <NumberInput label={t('console.training.capacity')} min={1} value={capacity} onChange={(v) => setCapacity(typeof v === 'number' ? v : Number(v) || 0)} required />
              <Select label={t('console.training.language')} data={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))} value={language} onChange={(v) => v && setLanguage(v)} allowDeselect={false} />
            </Group>
            <TrainerSelect value={trainer} onChange={setTrainer} />
            <Switch label={t('console.training.allowWaitlist')} checked={allowWaitlist} onChange={(e) => setAllowWaitlist(e.currentTarget.checked)} />
            <ErrorNote error={error} />
            {done && (
              <Text role="status" c="teal.9" fw={500}>
                {t('console.training.scheduled', { title: done })}
              </Text>
            )}
            <Group>
              <Button type="submit" loading={loading} disabled={!ready}>
                {t('console.training.scheduleButton')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}

/** Mentors trained against mentors needed for one of the coordinator's cohorts. */
function MentorsTrainedPanel() {
  const t = useT();
  const { cohort, picker } = useSelectedCohort();
  const q = useQuery(MentorsTrained, { variables: { cohortId: cohort?.id ?? '' }, skip: !cohort, fetchPolicy: 'cache-and-network' });
  const m = q.data?.mentorsTrained;
  const percent = m ? trainedPercent(m.trained, m.needed) : 0;
  return (
    <Card withBorder component="section" aria-labelledby="mentors-trained">
      <Stack gap="sm">
        <Title order={2} size="h3" id="mentors-trained">
          {t('console.training.mentorsTrained')}
        </Title>
        {picker}
        <ErrorNote error={q.error} />
        {q.loading && !m && <Loading />}
        {m && (
          <Stack gap="xs" data-testid="mentors-trained">
            <Text size="xl" fw={700}>
              {t('console.training.trainedOfNeeded', { trained: m.trained, needed: m.needed })}
            </Text>
            <Progress value={percent} size="xl" color={m.shortfall > 0 ? 'orange.8' : 'teal.8'} aria-label={t('console.training.trainedOfNeeded', { trained: m.trained, needed: m.needed })} />
            <Text size="sm">{m.shortfall > 0 ? t('console.training.shortfall', { count: m.shortfall }) : t('console.training.enough')}</Text>
            <Text size="sm" c="dimmed">
              {t('console.training.neededFrom', { mentees: m.menteesAccepted, capacity: m.mentorCapacity })}
            </Text>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
