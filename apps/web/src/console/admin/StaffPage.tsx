import { useState } from 'react';
import { Checkbox, Group, NativeSelect, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useT } from '../../i18n/LocaleProvider';
import type { StaffOrderBy } from '../../gql/graphql';
import { ConsolePage, ErrorNote, Loading } from '../common';
import { AdminStaff } from './admin.graphql';
import { AccountStatusTag, Pager } from './common';

export const STAFF_PAGE_SIZE = 25;

/** The orders offered (the API sorts in SQL, ties broken by id, so pages neither repeat nor skip anyone). */
const ORDERS = {
  name: { field: 'NAME', direction: 'ASC', label: 'admin.staff.sort.name' },
  email: { field: 'EMAIL', direction: 'ASC', label: 'admin.staff.sort.email' },
  hiredNewest: { field: 'HIRED_ON', direction: 'DESC', label: 'admin.staff.sort.hiredNewest' },
  added: { field: 'CREATED_AT', direction: 'DESC', label: 'admin.staff.sort.added' },
} as const;
type Order = keyof typeof ORDERS;

/** The tenant's staff: search by name or e-mail, sort, page by page. */
export default function StaffPage() {
  const t = useT();
  const [search, setSearch] = useState('');
  const [includeLeft, setIncludeLeft] = useState(false);
  const [offset, setOffset] = useState(0);
  const [order, setOrder] = useState<Order>('name');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const { data, previousData, loading, error } = useQuery(AdminStaff, {
    variables: { filter: { search: debounced || null, includeLeft }, page: { offset, limit: STAFF_PAGE_SIZE }, orderBy: { field: ORDERS[order].field, direction: ORDERS[order].direction } satisfies StaffOrderBy },
  });
  const page = (data ?? previousData)?.staff;
  return (
    <ConsolePage title={t('admin.staff.title')}>
      <Group align="end" wrap="wrap">
        <TextInput
          label={t('admin.staff.search')}
          description={t('admin.staff.searchHelp')}
          type="search"
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setOffset(0);
          }}
          w={360}
        />
        <NativeSelect
          label={t('admin.staff.sort')}
          value={order}
          data={(Object.keys(ORDERS) as Order[]).map((o) => ({ value: o, label: t(ORDERS[o].label) }))}
          onChange={(e) => {
            setOrder(e.currentTarget.value as Order);
            setOffset(0);
          }}
          w={240}
        />
        <Checkbox
          label={t('admin.staff.includeLeft')}
          checked={includeLeft}
          onChange={(e) => {
            setIncludeLeft(e.currentTarget.checked);
            setOffset(0);
          }}
        />
      </Group>
      <ErrorNote error={error} />
      {loading && !page && <Loading />}
      {page && (
        <>
          <Table.ScrollContainer minWidth={820}>
            <Table striped aria-busy={loading}>
              <Table.Caption>{t('admin.staff.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('admin.staff.name')}</Table.Th>
                  <Table.Th>{t('admin.staff.email')}</Table.Th>
                  <Table.Th>{t('admin.staff.position')}</Table.Th>
                  <Table.Th>{t('admin.staff.institution')}</Table.Th>
                  <Table.Th>{t('admin.staff.account')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.map((s) => (
                  <Table.Tr key={s.id} data-testid="staff-row">
                    <Table.Td>{s.displayName}</Table.Td>
                    <Table.Td>{s.email}</Table.Td>
                    <Table.Td>{s.position}</Table.Td>
                    <Table.Td>{[s.institution?.name, s.unit?.name].filter(Boolean).join(' · ')}</Table.Td>
                    <Table.Td>
                      <AccountStatusTag status={s.accountStatus} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {page.items.length === 0 && <Text>{debounced ? t('admin.staff.noMatch') : t('admin.staff.none')}</Text>}
          <Pager total={page.total} offset={page.offset} size={STAFF_PAGE_SIZE} onOffset={setOffset} label={t('admin.staff.pages')} />
        </>
      )}
    </ConsolePage>
  );
}
