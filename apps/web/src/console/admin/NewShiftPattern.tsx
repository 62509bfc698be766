import { useState, type FormEvent } from 'react';
import { ActionIcon, Button, Card, Group, NumberInput, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useT } from '../../i18n/LocaleProvider';
import type { MessageId } from '../../i18n/locales';
import { AdminShiftPatterns } from './admin.graphql';
import { RefusalNote } from '../RefusalNote';
import { countHours, daysToShow, rotaGrid } from './rota';
import { RotaGrid } from './RotaGrid';
import { SetupCreateShiftPattern } from './setup.graphql';
import { draftPattern, refusalOf, rowProblem, toShift, type RowProblem, type ShiftRow } from './setup';

const PROBLEM: Record<RowProblem, MessageId> = {
  day: 'setup.rota.badDay',
  outOfCycle: 'setup.rota.badDay',
  start: 'setup.rota.badStart',
  hours: 'setup.rota.badHours',
};
const FIRST: ShiftRow = { day: 1, start: '07:00', hours: 8 };

/**
 * A new shift pattern: name, cycle length and its shifts as rows (day, start, hours); the grid below
 * shows the pattern being typed as it will be drawn in the rota preview.
 */
export function NewShiftPattern({ onCreated }: { onCreated: (id: string) => void }) {
  const t = useT();
  const [name, setName] = useState('');
  const [cycleDays, setCycleDays] = useState<number | string>(7);
  const [rows, setRows] = useState<ShiftRow[]>([FIRST]);
  const [created, setCreated] = useState<string | null>(null);
  const [create, { loading, error, reset }] = useMutation(SetupCreateShiftPattern, { refetchQueries: [AdminShiftPatterns], awaitRefetchQueries: true });
  const refusal = refusalOf(error);
  const fieldError = (f: string) => refusal?.fields[f];
  const cycle = Number(cycleDays);
  const draft = draftPattern(cycleDays, rows);
  const days = draft ? daysToShow(draft.cycleDays, null) : 0;
  const grid = draft ? rotaGrid(draft, 0, days) : [];
  const problems = rows.map((r) => rowProblem(r, Number.isInteger(cycle) && cycle >= 1 ? cycle : 56));
  const shown = ['name', 'cycleDays', ...rows.flatMap((_, i) => [`shifts.${i}.day`, `shifts.${i}.start`, `shifts.${i}.hours`])];
  const change = (i: number, patch: Partial<ShiftRow>) => {
    if (error) reset();
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!draft || problems.some(Boolean)) return;
    setCreated(null);
    void create({ variables: { input: { name: name.trim(), cycleDays: draft.cycleDays, shifts: rows.map(toShift) } } }).then(
      (r) => {
        if (!r.data) return;
        setCreated(r.data.createShiftPattern.name);
        onCreated(r.data.createShiftPattern.id);
        setName('');
        setRows([FIRST]);
      },
      () => undefined,
    );
  };
  return (
    <Card withBorder component="section" aria-labelledby="new-pattern">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Title order={2} size="h4" id="new-pattern">
            {t('setup.rota.new')}
          </Title>
          <Text size="sm">{t('setup.rota.newHelp')}</Text>
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
              {t('setup.rota.create')}
            </Button>
          </Group>
          <Title order={3} size="h5">
            {t('setup.rota.previewTitle')}
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
