import { useState } from 'react';
import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { useT } from '../i18n/LocaleProvider';
import { ErrorNote } from './common';
import { BookSession, CancelBooking, CourseSessions as CourseSessionsQuery } from './training.graphql';
import { saveCalendar, sessionCalendar } from './sessionCalendar';

/**
 * The facilitated sessions of a course I am enrolled on: when and where, seats left, and my place —
 * book, cancel, or join (and leave) the waiting list; a booked seat can go into the person's own
 * calendar as an .ics file (the booking mail carries the same file). A cancelled session stays,
 * marked, with the coordinator's reason, and cannot be booked. Each session has the id
 * `session-<id>`, the target of a task's link (`/training?session=<id>`).
 */
export function CourseSessions({ courseId, open }: { courseId: string; open: boolean }) {
  const t = useT();
  const intl = useIntl();
  const { data, error } = useQuery(CourseSessionsQuery, { variables: { courseId } });
  // Sessions already over are not offered (the moment the page opened is "now" enough).
  const [now] = useState(() => Date.now());
  const refetch = { refetchQueries: [CourseSessionsQuery] };
  const [book, booking] = useMutation(BookSession, refetch);
  const [cancel, cancelling] = useMutation(CancelBooking, refetch);
  if (!data) return <ErrorNote error={error} />;
  const upcoming = data.trainingSessions.filter((s) => new Date(s.endsAt).getTime() > now);
  return (
    <Stack gap="xs" component="section" aria-labelledby={`sessions-${courseId}`}>
      <Title order={3} size="h5" id={`sessions-${courseId}`}>
        {t('training.sessions')}
      </Title>
      {upcoming.length === 0 && <Text size="sm">{t('training.noSessions')}</Text>}
      {upcoming.map((s) => {
        const mine = data.mySessionBookings.find((b) => b.sessionId === s.id && b.status !== 'CANCELLED');
        const full = s.seatsLeft === 0;
        return (
          <Card key={s.id} withBorder padding="sm" id={`session-${s.id}`} data-testid="session">
            <Stack gap={4}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Text fw={500}>{s.title}</Text>
                {s.cancelledAt && <Badge variant="outline" color="red.9">{t('training.sessionChanges.cancelled')}</Badge>}
                {mine?.status === 'BOOKED' && <Badge variant="outline" color="teal.9">{t('training.booked')}</Badge>}
                {mine?.status === 'WAITLISTED' && <Badge variant="outline" color="gray.9">{t('training.waitlisted', { position: mine.waitlistPosition ?? 0 })}</Badge>}
              </Group>
              <Text size="sm">{intl.formatDateTimeRange(new Date(s.startsAt), new Date(s.endsAt), { dateStyle: 'medium', timeStyle: 'short' })}</Text>
              {s.place && <Text size="sm">{t('training.place', { place: s.place })}</Text>}
              {s.onlineUrl && /^https?:\/\//.test(s.onlineUrl) && (
                <Anchor href={s.onlineUrl} target="_blank" rel="noopener noreferrer" size="sm">
                  {t('training.online')}
                </Anchor>
              )}
              {s.cancelledAt ? (
                <Text size="sm" c="red.9" data-testid="session-cancelled">
                  {t('training.sessionChanges.cancelledBecause', { reason: s.cancelReason ?? '' })}
                </Text>
              ) : (
                <Text size="sm" c="dimmed">
                  {full ? t('training.full', { waiting: s.waitlisted }) : t('training.seatsLeft', { seats: s.seatsLeft })}
                </Text>
              )}
              {open && !s.cancelledAt && (
                <Group>
                  {mine ? (
                    <Button size="compact-sm" variant="default" loading={cancelling.loading} onClick={() => void cancel({ variables: { sessionId: s.id } }).catch(() => undefined)}>
                      {mine.status === 'WAITLISTED' ? t('training.leaveWaitlist') : t('training.cancelBooking')}
                    </Button>
                  ) : full && !s.allowWaitlist ? (
                    <Text size="sm">{t('training.noWaitlist')}</Text>
                  ) : (
                    <Button size="compact-sm" loading={booking.loading} onClick={() => void book({ variables: { sessionId: s.id } }).catch(() => undefined)}>
                      {full ? t('training.joinWaitlist') : t('training.book')}
                    </Button>
                  )}
                  {mine?.status === 'BOOKED' && (
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      onClick={() =>
                        void sessionCalendar({ bookingId: mine.id, title: s.title, startsAt: s.startsAt, endsAt: s.endsAt, place: s.place, onlineUrl: s.onlineUrl }, `${window.location.origin}/training?session=${encodeURIComponent(s.id)}`)
                          .then((ics) => saveCalendar(ics))
                          .catch(() => undefined)
                      }
                    >
                      {t('training.addToCalendar')}
                    </Button>
                  )}
                </Group>
              )}
            </Stack>
          </Card>
        );
      })}
      <ErrorNote error={booking.error ?? cancelling.error} />
    </Stack>
  );
}
