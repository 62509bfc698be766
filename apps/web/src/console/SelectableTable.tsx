import type { ReactNode } from 'react';
import { Checkbox, Group, Table } from '@mantine/core';
import { useT } from '../i18n/LocaleProvider';

export interface SelectableTableProps<T> {
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Rows that can be selected get a checkbox (e.g. applications still to decide, open proposals). */
  selectable: (row: T) => boolean;
  /** The accessible name of a row's checkbox ("Select Jane Doe"). */
  rowLabel: (row: T) => string;
  selected: readonly string[];
  onSelectedChange: (ids: string[]) => void;
  /** The header cells after the checkbox column. */
  head: ReactNode;
  /** A row's cells after its checkbox. */
  cells: (row: T) => ReactNode;
  /** The bulk-action bar above the table (what to do with the selected rows). */
  bulk?: ReactNode;
  /** The bar's accessible name, when it is a group of its own. */
  bulkLabel?: string;
  minWidth: number;
  rowTestId?: string;
}

/**
 * The console's table with a select-all checkbox in the header (checked, indeterminate or clear from
 * the selectable rows), a checkbox per selectable row and a bulk-action bar above it. The page keeps
 * the selection (its bulk actions use it) and clears it after acting.
 */
export function SelectableTable<T>(p: SelectableTableProps<T>) {
  const t = useT();
  const selectable = p.rows.filter(p.selectable).map(p.rowKey);
  const chosen = p.selected.filter((id) => selectable.includes(id));
  const toggle = (id: string, on: boolean) => p.onSelectedChange(on ? [...chosen, id] : chosen.filter((x) => x !== id));
  return (
    <>
      {p.bulk && (
        <Group gap="sm" {...(p.bulkLabel ? { role: 'group', 'aria-label': p.bulkLabel } : {})}>
          {p.bulk}
        </Group>
      )}
      <Table.ScrollContainer minWidth={p.minWidth}>
        <Table striped verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <Checkbox
                  aria-label={t('console.applications.selectAll')}
                  checked={selectable.length > 0 && chosen.length === selectable.length}
                  indeterminate={chosen.length > 0 && chosen.length < selectable.length}
                  onChange={(e) => p.onSelectedChange(e.currentTarget.checked ? selectable : [])}
                />
              </Table.Th>
              {p.head}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.rows.map((row) => {
              const id = p.rowKey(row);
              return (
                <Table.Tr key={id} data-testid={p.rowTestId}>
                  <Table.Td>{p.selectable(row) && <Checkbox aria-label={p.rowLabel(row)} checked={chosen.includes(id)} onChange={(e) => toggle(id, e.currentTarget.checked)} />}</Table.Td>
                  {p.cells(row)}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
