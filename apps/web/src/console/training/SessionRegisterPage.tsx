import { useState } from 'react';
import { Alert, Anchor, Button, Card, Checkbox, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useT } from '../../i18n/LocaleProvider';
import type { ConsoleSessionRegisterFragment } from '../../gql/graphql';
import { ConsolePage, ErrorNote, Loading, Tag } from '../common';
import { RecordAttendance, SessionRegister, StaffNames, TrainingCourses } from './training.graphql';
import { attendanceEntries, canChange, initialTicks, registerLines, ticksChanged } from './sessions';
import { CancelledNote, CancelSessionDialog, EditSession } from './SessionDialogs';

/** Large enough to hit with a finger on a tablet (WCAG 2.5.5 asks 44 px). */
const ROW_HEIGHT = 56;

/**
 * The attendance register of one session, made for a tablet in the training room: the booked
 * learners by name, each a whole-row tick box, one save; the waiting list in its order.
 */
export default function SessionRegisterPage() {
  const t = useT();
  const intl = useIntl();
  const { id = '' } = useParams();
  const q = useQuery(SessionRegister, { variables: { sessionId: id }, fetchPolicy: 'cache-and-network' });
  const courses = useQuery(TrainingCourses);
  const register = q.data?.sessionRegister;
  const ids = [...new Set((register?.entries ?? []).map((e) => e.staffId))];
  const names = useQuery(StaffNames, { variables: { ids }, skip: ids.length === 0 });
  const nameOf = new Map((names.data?.staff.items ?? []).map((s) => [s.id, s.displayName]));
  const session = register?.session;
  const course = courses.data?.trainingCourses.find((c) => c.id === session?.courseId);
  const [now] = useState(() => Date.now());
  const [dialog, setDialog] = useState<'edit' | 'cancel' | null>(null);
  const reload = () => void q.refetch();
  return (
    <ConsolePage title={session ? t('console.training.registerTitle', { title: session.title }) : t('console.training.register')}>
      <Anchor component={Link} to="/console/training" w="fit-content">
        {t('console.training.backToSessions')}
      </Anchor>
      <ErrorNote error={q.error ?? names.error} />
      {!register && q.loading && <Loading />}
      {register && session && (
        <>
          <Stack gap={4}>
            {course && <Text fw={500}>{course.title}</Text>}
            <Text>{intl.formatDateTimeRange(new Date(session.startsAt), new Date(session.endsAt), { dateStyle: 'full', timeStyle: 'short' })}</Text>
            {session.place && <Text>{t('console.training.where', { place: session.place })}</Text>}
            {session.trainerName && <Text>{t('console.training.trainerIs', { trainer: session.trainerName })}</Text>}
            <Group gap="xs">
              <Tag color={session.seatsLeft === 0 ? 'red.9' : 'teal.9'}>{t('console.training.bookedOfCapacity', { booked: session.booked, capacity: session.capacity })}</Tag>
              {session.allowWaitlist && <Tag color="gray.9">{t('console.training.waiting', { count: session.waitlisted })}</Tag>}
              {session.registerKept && <Tag color="indigo.8">{t('console.training.registerKept')}</Tag>}
              {session.cancelledAt && <Tag color="red.9">{t('console.sessionChanges.cancelledTag')}</Tag>}
            </Group>
            <CancelledNote session={session} />
            {!session.cancelledAt && (
              <Group gap="sm" mt={4}>
                <Button variant="outline" size="md" onClick={() => setDialog('edit')} aria-label={t('console.training.editSessionOf', { title: session.title })}>
                  {t('console.training.edit')}
                </Button>
                {canChange(session, now) && (
                  <Button variant="outline" color="red.8" size="md" onClick={() => setDialog('cancel')} aria-label={t('console.sessionChanges.cancelSessionOf', { title: session.title })}>
                    {t('console.sessionChanges.cancelSession')}
                  </Button>
                )}
              </Group>
            )}
          </Stack>
          {dialog === 'edit' && <EditSession session={session} onClose={() => setDialog(null)} onSaved={reload} />}
          {dialog === 'cancel' && <CancelSessionDialog session={session} onClose={() => setDialog(null)} onCancelled={reload} />}
          {(names.loading && !names.data) ? <Loading /> : <Register key={session.id} register={register} nameOf={(staffId) => nameOf.get(staffId) || t('console.training.unknownPerson')} />}
        </>
      )}
    </ConsolePage>
  );
}

function Register({ register, nameOf }: { register: ConsoleSessionRegisterFragment; nameOf: (staffId: string) => string }) {
  const t = useT();
  const { booked, waiting } = registerLines(register.entries);
  const [ticks, setTicks] = useState<Record<string, boolean>>(() => initialTicks(register.entries));
  const [saved, setSaved] = useState(false);
  const [record, { loading, error }] = useMutation(RecordAttendance);
  const changed = ticksChanged(register.entries, ticks);
  const tick = (staffId: string, present: boolean) => {
    setSaved(false);
    setTicks((all) => ({ ...all, [staffId]: present }));
  };
  const save = () => {
    setSaved(false);
    void record({ variables: { input: { sessionId: register.session.id, entries: attendanceEntries(booked, ticks) } } })
      .then((r) => r.data && setSaved(true))
      .catch(() => undefined);
  };
  const present = booked.filter((e) => ticks[e.staffId]).length;
  return (
    <>
      <Card withBorder component="section" aria-labelledby="register-booked">
        <Stack gap="sm">
          <Group justify="space-between" wrap="wrap">
            <Title order={2} size="h3" id="register-booked">
              {t('console.training.bookedList', { count: booked.length })}
            </Title>
            {booked.length > 0 && (
              <Button variant="outline" size="lg" onClick={() => booked.forEach((e) => tick(e.staffId, true))}>
                {t('console.training.allPresent')}
              </Button>
            )}
          </Group>
          {booked.length === 0 && <Text>{t('console.training.nobodyBooked')}</Text>}
          <Stack gap="xs" role="group" aria-labelledby="register-booked">
            {booked.map((e) => (
              <Paper key={e.id} withBorder radius="md" px="md" data-testid="register-row" style={{ minHeight: ROW_HEIGHT, display: 'flex', alignItems: 'center' }}>
                <Checkbox
                  size="lg"
                  label={nameOf(e.staffId)}
                  checked={Boolean(ticks[e.staffId])}
                  onChange={(ev) => tick(e.staffId, ev.currentTarget.checked)}
                  w="100%"
                  styles={{ body: { alignItems: 'center', minHeight: ROW_HEIGHT }, labelWrapper: { flex: 1 }, label: { fontSize: 'var(--mantine-font-size-lg)', cursor: 'pointer', paddingBlock: 12 } }}
                />
              </Paper>
            ))}
          </Stack>
          {booked.length > 0 && (
            <Group gap="md" wrap="wrap">
              <Button size="lg" onClick={save} loading={loading}>
                {t('console.training.saveAttendance')}
              </Button>
              <Text>{t('console.training.presentCount', { present, total: booked.length })}</Text>
            </Group>
          )}
          <ErrorNote error={error} />
          {saved && !changed && (
            <Alert color="teal" role="status" data-testid="attendance-saved">
              {t('console.training.attendanceSaved')}
            </Alert>
          )}
        </Stack>
      </Card>
      <Card withBorder component="section" aria-labelledby="register-waiting">
        <Stack gap="sm">
          <Title order={2} size="h3" id="register-waiting">
            {t('console.training.waitingList', { count: waiting.length })}
          </Title>
          {waiting.length === 0 ? (
            <Text>{t('console.training.nobodyWaiting')}</Text>
          ) : (
            <List type="ordered" size="lg" spacing="xs">
              {waiting.map((e) => (
                <List.Item key={e.id} data-testid="waiting-row">
                  {nameOf(e.staffId)}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Card>
    </>
  );
}
