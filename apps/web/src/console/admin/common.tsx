import { useCallback, useEffect, useState } from 'react';
import { Group, Pagination, Text } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { useT } from '../../i18n/LocaleProvider';
import type { AccountStatus, AdminStaffQuery } from '../../gql/graphql';
import { AdminStaff } from './admin.graphql';
import { Tag } from '../common';
import { pageCount } from './csv';

const STATUS_COLOUR: Record<AccountStatus, string> = { ACTIVE: 'teal.9', INVITED: 'indigo.8', NONE: 'gray.8', DISABLED: 'red.9' };

/** A staff member's sign-in account: never invited, invited (pending), active or disabled. */
export function AccountStatusTag({ status }: { status: AccountStatus }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLOUR[status]} size="sm">
      {t(`admin.accountStatus.${status}`)}
    </Tag>
  );
}

/** "21–40 of 75" and the page buttons, named for screen readers. */
export function Pager({ total, offset, size, onOffset, label }: { total: number; offset: number; size: number; onOffset: (offset: number) => void; label: string }) {
  const t = useT();
  const pages = pageCount(total, size);
  const page = Math.floor(offset / size) + 1;
  return (
    <Group justify="space-between" wrap="wrap">
      <Text size="sm" role="status">
        {total === 0 ? t('admin.paging.none') : t('admin.paging.range', { from: offset + 1, to: Math.min(offset + size, total), total })}
      </Text>
      {pages > 1 && (
        <nav aria-label={label}>
          <Pagination
          total={pages}
          value={page}
          onChange={(p) => onOffset((p - 1) * size)}
          getControlProps={(control) => ({ 'aria-label': t(control === 'next' ? 'admin.paging.next' : control === 'previous' ? 'admin.paging.previous' : control === 'first' ? 'admin.paging.first' : 'admin.paging.last') })}
          getItemProps={(p) => ({ 'aria-label': t('admin.paging.page', { page: p }) })}
          />
        </nav>
      )}
    </Group>
  );
}

export type StaffRow = AdminStaffQuery['staff']['items'][number];
const CHUNK = 200;

/**
 * Every staff member of the tenant, page after page. The staff filter has no account status, so the
 * pending list (accounts INVITED) and the not-yet-invited are read from the whole list.
 */
async function loadAllStaff(client: ReturnType<typeof useApolloClient>): Promise<StaffRow[]> {
  const all: StaffRow[] = [];
  for (let offset = 0, total = 1; offset < total; offset += CHUNK) {
    const r = await client.query({ query: AdminStaff, variables: { filter: {}, page: { offset, limit: CHUNK } }, fetchPolicy: 'network-only' });
    if (!r.data) break;
    all.push(...r.data.staff.items);
    total = r.data.staff.total;
  }
  return all;
}

export function useAllStaff() {
  const client = useApolloClient();
  const [staff, setStaff] = useState<StaffRow[] | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    loadAllStaff(client).then(
      (all) => {
        if (!live) return;
        setStaff(all);
        setError(null);
      },
      (e: unknown) => {
        if (live) setError(e as Error);
      },
    );
    return () => {
      live = false;
    };
  }, [client, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { staff, error, reload };
}
