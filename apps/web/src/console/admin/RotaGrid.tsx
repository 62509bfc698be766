import { Box, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useT } from '../../i18n/LocaleProvider';

const HOURS = Array.from({ length: 24 }, (_, h) => h);
export const ROTA_COLOUR = { a: 'var(--mantine-color-indigo-3)', b: 'var(--mantine-color-orange-3)', both: 'var(--mantine-color-teal-7)' };

/**
 * A rota as a grid of days × hours: the hours of `gridA` (named `nameA`), with `gridB` the hours of
 * a second pattern and those both work.
 */
export function RotaGrid({ gridA, nameA, gridB, nameB, days, testId }: { gridA: boolean[][]; nameA: string; gridB?: boolean[][] | null; nameB?: string; days: number; testId: string }) {
  const t = useT();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table withTableBorder withColumnBorders verticalSpacing={0} horizontalSpacing={0} data-testid={testId} style={{ tableLayout: 'fixed' }}>
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
                  <Table.Td key={h} h={20} data-on={kind ?? undefined} style={{ background: kind ? ROTA_COLOUR[kind] : undefined }}>
                    {kind && <VisuallyHidden>{kind === 'both' ? t('admin.rota.both') : kind === 'a' ? nameA : nameB}</VisuallyHidden>}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function Legend({ colour, label }: { colour: string; label: string }) {
  return (
    <Group gap={6}>
      <Box w={14} h={14} style={{ background: colour, border: '1px solid var(--mantine-color-gray-6)' }} />
      <Text size="sm">{label}</Text>
    </Group>
  );
}
