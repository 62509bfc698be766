import { useState } from 'react';
import { Box, Group, NumberInput, Select, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useT } from '../../i18n/LocaleProvider';
import { ConsolePage, ErrorNote, Loading } from '../common';
import { AdminShiftPatterns } from './admin.graphql';
import { countHours, daysToShow, overlapGrid, rotaGrid } from './rota';

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const COLOUR = { a: 'var(--mantine-color-indigo-3)', b: 'var(--mantine-color-orange-3)', both: 'var(--mantine-color-teal-7)' };

/**
 * Shift patterns with a rota preview: a cycle as a grid of days × hours, and with a second pattern
 * (each with a person's offset in the cycle) the hours the two work at the same time.
 */
export default function RotaPage() {
  const t = useT();
  const { data, loading, error } = useQuery(AdminShiftPatterns);
  const [aId, setAId] = useState<string | null>(null);
  const [bId, setBId] = useState<string | null>(null);
  const [aOffset, setAOffset] = useState(0);
  const [bOffset, setBOffset] = useState(0);
  const patterns = data?.shiftPatterns ?? [];
  const a = patterns.find((p) => p.id === aId) ?? patterns[0] ?? null;
  const b = patterns.find((p) => p.id === bId) ?? null;
  const options = patterns.map((p) => ({ value: p.id, label: t('admin.rota.pattern', { name: p.name, days: p.cycleDays }) }));
  const days = a ? daysToShow(a.cycleDays, b?.cycleDays ?? null) : 0;
  const gridA = a ? rotaGrid(a, aOffset, days) : [];
  const gridB = b ? rotaGrid(b, bOffset, days) : null;
  const both = gridB ? overlapGrid(gridA, gridB) : null;
  return (
    <ConsolePage title={t('admin.rota.title')}>
      <Text size="sm">{t('admin.rota.help')}</Text>
      <ErrorNote error={error} />
      {loading && <Loading />}
      {data && patterns.length === 0 && <Text>{t('admin.rota.none')}</Text>}
      {a && (
        <Stack gap="sm">
          <Group align="end" wrap="wrap">
            <Select label={t('admin.rota.first')} data={options} value={a.id} onChange={setAId} allowDeselect={false} w={280} />
            <NumberInput label={t('admin.rota.offset')} min={0} max={a.cycleDays - 1} value={aOffset} onChange={(v) => setAOffset(Number(v) || 0)} w={160} />
            <Select label={t('admin.rota.second')} placeholder={t('admin.rota.noSecond')} data={options} value={b?.id ?? null} onChange={setBId} clearable w={280} />
            {b && <NumberInput label={t('admin.rota.offset')} min={0} max={b.cycleDays - 1} value={bOffset} onChange={(v) => setBOffset(Number(v) || 0)} w={160} />}
          </Group>
          <Text role="status" data-testid="rota-summary">
            {both
              ? t('admin.rota.overlap', { both: countHours(both), days })
              : t('admin.rota.hours', { hours: countHours(gridA), days })}
          </Text>
          <Group gap="md" aria-hidden>
            <Legend colour={COLOUR.a} label={a.name} />
            {b && <Legend colour={COLOUR.b} label={b.name} />}
            {b && <Legend colour={COLOUR.both} label={t('admin.rota.both')} />}
          </Group>
          <Table.ScrollContainer minWidth={900}>
            <Table withTableBorder withColumnBorders verticalSpacing={0} horizontalSpacing={0} data-testid="rota-grid" style={{ tableLayout: 'fixed' }}>
              <Table.Caption>{t('admin.rota.caption', { days })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={72}>{t('admin.rota.day')}</Table.Th>
                  {HOURS.map((h) => (
                    <Table.Th key={h} ta="center" fz="xs" fw={500}>
                      {String(h).padStart(2, '0')}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {gridA.map((row, d) => (
                  <Table.Tr key={d}>
                    <Table.Th scope="row" fz="xs" fw={500}>
                      {t('admin.rota.dayN', { day: d + 1 })}
                    </Table.Th>
                    {row.map((onA, h) => {
                      const onB = gridB?.[d]?.[h] ?? false;
                      const kind = onA && onB ? 'both' : onA ? 'a' : onB ? 'b' : null;
                      return (
                        <Table.Td key={h} h={20} data-on={kind ?? undefined} style={{ background: kind ? COLOUR[kind] : undefined }}>
                          {kind && <VisuallyHidden>{kind === 'both' ? t('admin.rota.both') : kind === 'a' ? a.name : b!.name}</VisuallyHidden>}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
    </ConsolePage>
  );
}

function Legend({ colour, label }: { colour: string; label: string }) {
  return (
    <Group gap={6}>
      <Box w={14} h={14} style={{ background: colour, border: '1px solid var(--mantine-color-gray-6)' }} />
      <Text size="sm">{label}</Text>
    </Group>
  );
}
