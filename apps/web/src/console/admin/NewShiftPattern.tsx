import { useState, type FormEvent } from 'react';
import { ActionIcon, Button, Card, Group, NumberInput, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useT } from '../../i18n/LocaleProvider';
import type { MessageId } from '../../i18n/locales';
import { AdminShiftPatterns } from './admin.graphql';
import { RefusalNote } from '../RefusalNote';
import { countHours, daysToShow, rotaGrid } from './rota';
import { RotaGrid } from './RotaGrid';
import { SetupCreateShiftPattern, SetupUpdateShiftPattern } from './setup.graphql';
import { draftPattern, refusalOf, rowProblem, toShift, type RowProblem, type ShiftRow } from './setup';

const PROBLEM: Record<RowProblem, MessageId> = {
  day: 'setup.rota.badDay',
  outOfCycle: 'setup.rota.badDay',
  start: 'setup.rota.badStart',
  hours: 'setup.rota.badHours',
};
const FIRST: ShiftRow = { day: 1, start: '07:00', hours: 8 };

/** A pattern as the API gives it (days 0-based). */
export interface SavedPattern {
  id: string;
  name: string;
  cycleDays: number;
  shifts: readonly { day: number; start: string; hours: number }[];
}

/**
 * A new shift pattern: name, cycle length and its shifts as rows (day, start, hours); the grid below
 * shows the pattern being typed as it will be drawn in the rota preview.
 */
export function NewShiftPattern({ onCreated }: { onCreated: (id: string) => void }) {
  return <ShiftPatternForm onSaved={(id) => onCreated(id)} />;
}

/**
 * The form of a shift pattern, new or (`pattern` given) edited: the same fields, checks and live
 * preview; an edit is sent as `updateShiftPattern` (staff on the pattern keep it).
 */
export function ShiftPatternForm({ pattern, onSaved, onCancel }: { pattern?: SavedPattern; onSaved: (id: string, name: string) => void; onCancel?: () => void }) {
  const t = useT();
  const editing = pattern != null;
  const [name, setName] = useState(pattern?.name ?? '');
  const [cycleDays, setCycleDays] = useState<number | string>(pattern?.cycleDays ?? 7);
  const [rows, setRows] = useState<ShiftRow[]>(pattern ? pattern.shifts.map((x) => ({ day: x.day + 1, start: x.start, hours: x.hours })) : [FIRST]);
  const [created, setCreated] = useState<string | null>(null);
  const [create, creating] = useMutation(SetupCreateShiftPattern, { refetchQueries: [AdminShiftPatterns], awaitRefetchQueries: true });
  const [update, updating] = useMutation(SetupUpdateShiftPattern, { refetchQueries: [AdminShiftPatterns], awaitRefetchQueries: true });
  const { loading, error, reset } = editing ? updating : creating;
  const refusal = refusalOf(error);
  const fieldError = (f: string) => refusal?.fields[f];
  const cycle = Number(cycleDays);
  const draft = draftPattern(cycleDays, rows);
  const days = draft ? daysToShow(draft.cycleDays, null) : 0;
  const grid = draft ? rotaGrid(draft, 0, days) : [];
  const problems = rows.map((r) => rowProblem(r, Number.isInteger(cycle) && cycle >= 1 ? cycle : 56));
  const shown = ['name', 'cycleDays', ...rows.flatMap((_, i) => [`shifts.${i}.day`, `shifts.${i}.start`, `shifts.${i}.hours`])];
  const headingId = editing ? `edit-pattern-${pattern.id}` : 'new-pattern';
  const change = (i: number, patch: Partial<ShiftRow>) => {
    if (error) reset();
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!draft || problems.some(Boolean)) return;
    setCreated(null);
    const input = { name: name.trim(), cycleDays: draft.cycleDays, shifts: rows.map(toShift) };
    if (pattern) {
      void update({ variables: { input: { id: pattern.id, ...input } } }).then((r) => r.data && onSaved(r.data.updateShiftPattern.id, r.data.updateShiftPattern.name), () => undefined);
      return;
    }
    void create({ variables: { input } }).then(
      (r) => {
        if (!r.data) return;
        setCreated(r.data.createShiftPattern.name);
        onSaved(r.data.createShiftPattern.id, r.data.createShiftPattern.name);
        setName('');
        setRows([FIRST]);
      },
      () => undefined,
    );
  };
  return (
    <Card withBorder component="section" aria-labelledby={headingId} data-testid={editing ? 'edit-pattern' : undefined}>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Title order={2} size="h4" id={headingId}>
            {pattern ? t('setup.editing.patternEditTitle', { name: pattern.name }) : t('setup.rota.new')}
          </Title>
          <Text size="sm">{editing ? t('setup.editing.patternEditHelp') : t('setup.rota.newHelp')}</Text>
          <Group align="start" wrap="wrap">
            <TextInput label={t('setup.rota.name')} required value={name} onChange={(e) => { if (error) reset(); setName(e.currentTarget.value); }} error={fieldError('name')} w={300} />
            <NumberInput
              label={t('setup.rota.cycleDays')}
              required
              min={1}
              max={56}
              allowDecimal={false}
              value={cycleDays}
              onChange={(v) => { if (error) reset(); setCycleDays(v); }}
              error={fieldError('cycleDays') ?? (draft ? undefined : t('setup.rota.badCycle'))}
              w={200}
            />
          </Group>
          <Table.ScrollContainer minWidth={520}>
            <Table data-testid="shift-rows">
              <Table.Caption>{t('setup.rota.shiftsCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('setup.rota.shiftDay')}</Table.Th>
                  <Table.Th>{t('setup.rota.shiftStart')}</Table.Th>
                  <Table.Th>{t('setup.rota.shiftHours')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('admin.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r, i) => {
                  const p = problems[i];
                  return (
                    <Table.Tr key={i} data-testid="shift-row">
                      <Table.Td>
                        <NumberInput
                          aria-label={t('setup.rota.dayOf', { n: i + 1 })}
                          min={1}
                          max={Number.isInteger(cycle) ? cycle : 56}
                          allowDecimal={false}
                          value={r.day}
                          onChange={(v) => change(i, { day: v })}
                          error={fieldError(`shifts.${i}.day`) ?? (p === 'day' || p === 'outOfCycle' ? t(PROBLEM[p], { days: cycle || 1 }) : undefined)}
                          w={110}
                        />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          type="time"
                          aria-label={t('setup.rota.startOf', { n: i + 1 })}
                          value={r.start}
                          onChange={(e) => change(i, { start: e.currentTarget.value })}
                          error={fieldError(`shifts.${i}.start`) ?? (p === 'start' ? t(PROBLEM.start) : undefined)}
                          w={140}
                        />
                      </Table.Td>
                      <Table.Td>
                        <NumberInput
                          aria-label={t('setup.rota.hoursOf', { n: i + 1 })}
                          min={0.5}
                          max={24}
                          step={0.5}
                          decimalScale={2}
                          value={r.hours}
                          onChange={(v) => change(i, { hours: v })}
                          error={fieldError(`shifts.${i}.hours`) ?? (p === 'hours' ? t(PROBLEM.hours) : undefined)}
                          w={110}
                        />
                      </Table.Td>
                      <Table.Td>
                        <ActionIcon variant="subtle" color="red.9" disabled={rows.length === 1} onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))} aria-label={t('setup.rota.removeShift', { n: i + 1 })}>
                          ×
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group>
            <Button
              variant="outline"
              size="compact-sm"
              onClick={() =>
                setRows((rs) => {
                  const last = rs[rs.length - 1] ?? FIRST;
                  const next = Number(last.day) + 1;
                  return [...rs, { ...last, day: Number.isInteger(next) && (!Number.isInteger(cycle) || next <= cycle) ? next : 1 }];
                })
              }
            >
              {t('setup.rota.addShift')}
            </Button>
          </Group>
          <RefusalNote refusal={refusal} shown={shown} />
          {created && (
            <Text role="status" c="teal.9" data-testid="pattern-created">
              {t('setup.rota.created', { name: created })}
            </Text>
          )}
          <Group>
            <Button type="submit" loading={loading}>
              {editing ? t('setup.editing.patternSave') : t('setup.rota.create')}
            </Button>
            {onCancel && (
              <Button variant="subtle" onClick={onCancel}>
                {t('setup.cancel')}
              </Button>
            )}
          </Group>
          <Title order={3} size="h5">
            {editing ? t('setup.editing.patternPreview') : t('setup.rota.previewTitle')}
          </Title>
          {draft && (
            <>
              <Text role="status" data-testid="draft-summary">
                {t('admin.rota.hours', { hours: countHours(grid), days })}
              </Text>
              <RotaGrid gridA={grid} nameA={name.trim() || t('setup.rota.unnamed')} days={days} testId="draft-grid" />
            </>
          )}
        </Stack>
      </form>
    </Card>
  );
}
