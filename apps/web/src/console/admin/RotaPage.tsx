import { useState } from 'react';
import { Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useT } from '../../i18n/LocaleProvider';
import { ConsolePage, ErrorNote, Loading } from '../common';
import { AdminShiftPatterns } from './admin.graphql';
import { countHours, daysToShow, overlapGrid, rotaGrid } from './rota';
import { Legend, ROTA_COLOUR as COLOUR, RotaGrid } from './RotaGrid';
import { NewShiftPattern } from './NewShiftPattern';

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
          <RotaGrid gridA={gridA} nameA={a.name} gridB={gridB} nameB={b?.name} days={days} testId="rota-grid" />
        </Stack>
      )}
      {data && (
        <NewShiftPattern
          onCreated={(id) => {
            setAId(id);
            setAOffset(0);
          }}
        />
      )}
    </ConsolePage>
  );
}

