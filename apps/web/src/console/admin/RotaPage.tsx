import { useState } from 'react';
import { Button, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useT } from '../../i18n/LocaleProvider';
import { ConsolePage, ErrorNote, Loading } from '../common';
import { AdminShiftPatterns } from './admin.graphql';
import { countHours, daysToShow, overlapGrid, rotaGrid } from './rota';
import { Legend, ROTA_COLOUR as COLOUR, RotaGrid } from './RotaGrid';
import { NewShiftPattern, ShiftPatternForm } from './NewShiftPattern';
import { RefusalNote } from '../RefusalNote';
import { SetupRemoveShiftPattern } from './setup.graphql';
import { refusalOf } from './setup';

/**
 * Shift patterns with a rota preview: a cycle as a grid of days × hours, and with a second pattern
 * (each with a person's offset in the cycle) the hours the two work at the same time. The pattern
 * shown first can be edited (the form's own preview follows the typing; once saved, the rota above
 * shows the new cycle) or removed (refused while anyone works it, identity.SHIFT_PATTERN_IN_USE).
 */
export default function RotaPage() {
  const t = useT();
  const { data, loading, error } = useQuery(AdminShiftPatterns);
  const [aId, setAId] = useState<string | null>(null);
  const [bId, setBId] = useState<string | null>(null);
  const [aOffset, setAOffset] = useState(0);
  const [bOffset, setBOffset] = useState(0);
  const [mode, setMode] = useState<'view' | 'edit' | 'remove'>('view');
  const [removed, setRemoved] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [remove, removing] = useMutation(SetupRemoveShiftPattern, { refetchQueries: [AdminShiftPatterns], awaitRefetchQueries: true });
  const removeRefusal = refusalOf(removing.error);
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
            <Select
              label={t('admin.rota.first')}
              data={options}
              value={a.id}
              onChange={(id) => {
                setAId(id);
                setMode('view');
                removing.reset();
              }}
              allowDeselect={false}
              w={280}
            />
            <NumberInput label={t('admin.rota.offset')} min={0} max={a.cycleDays - 1} value={aOffset} onChange={(v) => setAOffset(Number(v) || 0)} w={160} />
            <Select label={t('admin.rota.second')} placeholder={t('admin.rota.noSecond')} data={options} value={b?.id ?? null} onChange={setBId} clearable w={280} />
            {b && <NumberInput label={t('admin.rota.offset')} min={0} max={b.cycleDays - 1} value={bOffset} onChange={(v) => setBOffset(Number(v) || 0)} w={160} />}
          </Group>
          {mode === 'view' && (
            <Group gap="xs">
              <Button variant="outline" size="compact-sm" onClick={() => { setRemoved(null); setSaved(null); setMode('edit'); }}>
                {t('setup.editing.patternEditNamed', { name: a.name })}
              </Button>
              <Button variant="outline" color="red" size="compact-sm" onClick={() => { setRemoved(null); setSaved(null); setMode('remove'); }}>
                {t('setup.editing.patternRemoveNamed', { name: a.name })}
              </Button>
            </Group>
          )}
          {mode === 'remove' && (
            <Stack gap="xs">
              <Group gap="xs" wrap="wrap">
                <Text size="sm">{t('setup.editing.patternRemoveConfirm', { name: a.name })}</Text>
                <Button
                  color="red.9"
                  size="compact-sm"
                  loading={removing.loading}
                  onClick={() => {
                    const name = a.name;
                    void remove({ variables: { id: a.id } }).then(
                      (r) => {
                        if (!r.data) return;
                        setRemoved(name);
                        setAId(null);
                        setAOffset(0);
                        setMode('view');
                      },
                      () => undefined,
                    );
                  }}
                >
                  {t('setup.editing.patternRemoveYes', { name: a.name })}
                </Button>
                <Button variant="subtle" size="compact-sm" onClick={() => { removing.reset(); setMode('view'); }}>
                  {t('setup.cancel')}
                </Button>
              </Group>
              <RefusalNote refusal={removeRefusal} shown={[]} />
            </Stack>
          )}
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
      {saved && (
        <Text role="status" c="teal.9" data-testid="pattern-saved">
          {t('setup.editing.patternSaved', { name: saved })}
        </Text>
      )}
      {removed && (
        <Text role="status" c="teal.9" data-testid="pattern-removed">
          {t('setup.editing.patternRemoved', { name: removed })}
        </Text>
      )}
      {a && mode === 'edit' && <ShiftPatternForm key={a.id} pattern={a} onSaved={(_id, name) => { setSaved(name); setMode('view'); }} onCancel={() => setMode('view')} />}
      {data && mode !== 'edit' && (
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

