import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, NumberInput, Select, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { useT } from '../../i18n/LocaleProvider';
import type { ConsoleTrainingSessionFragment } from '../../gql/graphql';
import { ConsoleMe } from '../console.graphql';
import { ErrorNote } from '../common';
import { CancelSession, TrainerCandidates, UpdateSession } from './training.graphql';
import { canChange, changedTimes, isoToLocal } from './sessions';

type Session = ConsoleTrainingSessionFragment;

/** Whoever may run a session: the coordinator by default, anyone of the staff by search. */
export function TrainerSelect({ value, onChange, current }: { value: string | null; onChange: (id: string | null) => void; current?: { id: string; name: string | null } }) {
  const t = useT();
  const me = useQuery(ConsoleMe);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const candidates = useQuery(TrainerCandidates, { variables: { search: debounced || null } });
  const [known, setKnown] = useState<Record<string, string>>(current?.name ? { [current.id]: current.name } : {});
  const self = me.data?.me.staff;
  useEffect(() => {
    if (self && value === null) onChange(self.id);
  }, [self, value, onChange]);
  const options = new Map<string, string>(Object.entries(known));
  if (self) options.set(self.id, self.displayName);
  for (const s of candidates.data?.staff.items ?? []) options.set(s.id, s.displayName);
  return (
    <Select
      label={t('console.training.trainer')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      data={[...options].map(([id, name]) => ({ value: id, label: name }))}
      value={value}
      allowDeselect={false}
      nothingFoundMessage={t('console.training.noStaffFound')}
      onChange={(id) => {
        if (id) setKnown((k) => ({ ...k, [id]: options.get(id) ?? id }));
        onChange(id);
      }}
    />
  );
}

/**
 * What the API lets a coordinator change: the times (before the session starts; its learners are
 * told), capacity (more seats promote the waiting list), place, waiting list, trainer.
 */
export function EditSession({ session, onClose, onSaved }: { session: Session; onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const [now] = useState(() => Date.now());
  const movable = canChange(session, now);
  const [starts, setStarts] = useState(isoToLocal(session.startsAt));
  const [ends, setEnds] = useState(isoToLocal(session.endsAt));
  const [capacity, setCapacity] = useState<number>(session.capacity);
  const [place, setPlace] = useState(session.place ?? '');
  const [allowWaitlist, setAllowWaitlist] = useState(session.allowWaitlist);
  const [trainer, setTrainer] = useState<string | null>(session.trainerStaffId);
  const [update, { loading, error }] = useMutation(UpdateSession);
  const times = movable ? changedTimes(session, starts, ends) : {};
  const moving = Object.keys(times).length > 0;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = {
      id: session.id,
      ...times,
      ...(capacity !== session.capacity ? { capacity } : {}),
      ...(place.trim() !== (session.place ?? '') ? { place: place.trim() } : {}),
      ...(allowWaitlist !== session.allowWaitlist ? { allowWaitlist } : {}),
      ...(trainer && trainer !== session.trainerStaffId ? { trainerStaffId: trainer } : {}),
    };
    void update({ variables: { input } })
      .then((r) => {
        if (!r.data) return;
        onSaved();
        onClose();
      })
      .catch(() => undefined);
  };
  return (
    <Modal opened onClose={onClose} title={t('console.training.editTitle', { title: session.title })} closeButtonProps={{ 'aria-label': t('console.close') }}>
      <Stack gap="sm" component="form" onSubmit={submit}>
        {movable && (
          <Group grow align="start">
            <TextInput type="datetime-local" label={t('console.training.startsAt')} value={starts} onChange={(e) => setStarts(e.currentTarget.value)} />
            <TextInput type="datetime-local" label={t('console.training.endsAt')} value={ends} onChange={(e) => setEnds(e.currentTarget.value)} />
          </Group>
        )}
        {moving && (
          <Text size="sm" role="status">
            {t('console.sessionChanges.learnersTold', { count: session.booked + session.waitlisted })}
          </Text>
        )}
        <NumberInput label={t('console.training.capacity')} description={t('console.training.capacityHint', { booked: session.booked })} min={1} value={capacity} onChange={(v) => setCapacity(typeof v === 'number' ? v : Number(v) || 0)} />
        <TextInput label={t('console.training.place')} value={place} onChange={(e) => setPlace(e.currentTarget.value)} />
        <TrainerSelect value={trainer} onChange={setTrainer} current={{ id: session.trainerStaffId, name: session.trainerName ?? null }} />
        <Switch label={t('console.training.allowWaitlist')} checked={allowWaitlist} onChange={(e) => setAllowWaitlist(e.currentTarget.checked)} />
        <ErrorNote error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * Cancelling a session, confirmed with a reason (shown with the cancelled session, never mailed): its
 * learners are told and their places released; the session stays, marked cancelled.
 */
export function CancelSessionDialog({ session, onClose, onCancelled }: { session: Session; onClose: () => void; onCancelled: () => void }) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [cancel, { loading, error }] = useMutation(CancelSession);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void cancel({ variables: { input: { id: session.id, reason: reason.trim() } } })
      .then((r) => {
        if (!r.data) return;
        onCancelled();
        onClose();
      })
      .catch(() => undefined);
  };
  const affected = session.booked + session.waitlisted;
  return (
    <Modal opened onClose={onClose} title={t('console.sessionChanges.cancelTitle', { title: session.title })} closeButtonProps={{ 'aria-label': t('console.close') }}>
      <Stack gap="sm" component="form" onSubmit={submit}>
        <Alert color="orange" variant="light">
          {affected > 0 ? t('console.sessionChanges.cancelWarning', { count: affected }) : t('console.sessionChanges.cancelNobody')}
        </Alert>
        <Textarea label={t('console.sessionChanges.reason')} description={t('console.sessionChanges.reasonHint')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required autosize minRows={2} maxLength={500} />
        <ErrorNote error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('console.sessionChanges.keep')}
          </Button>
          <Button type="submit" color="red.8" loading={loading} disabled={!reason.trim()}>
            {t('console.sessionChanges.confirmCancel')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** A cancelled session's mark and the coordinator's reason. */
export function CancelledNote({ session }: { session: Pick<Session, 'cancelledAt' | 'cancelReason'> }) {
  const t = useT();
  if (!session.cancelledAt) return null;
  return (
    <Text size="sm" c="red.9" data-testid="session-cancelled">
      {session.cancelReason ? t('console.sessionChanges.cancelledBecause', { reason: session.cancelReason }) : t('console.sessionChanges.cancelled')}
    </Text>
  );
}
