import { useState } from 'react';
import { Code, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/LocaleProvider';
import type { MessageId } from '../../i18n/locales';
import { ConsolePage, ErrorNote, Loading } from '../common';
import { AdminAuditLog, AdminRoles } from './admin.graphql';
import { Pager, useAllStaff } from './common';
import { accountOptions } from './csv';

const MODULES: Record<string, MessageId> = {
  identity: 'admin.module.identity',
  programmes: 'admin.module.programmes',
  matching: 'admin.module.matching',
  training: 'admin.module.training',
  evaluation: 'admin.module.evaluation',
  notifications: 'admin.module.notifications',
};
export const AUDIT_PAGE_SIZE = 25;

/** The tenant's audit log, newest first as the API gives it, filtered by module, entity type and actor. */
export default function AuditPage() {
  const t = useT();
  const intl = useIntl();
  const [module, setModule] = useState<string | null>(null);
  const [entityType, setEntityType] = useState('');
  const [actorId, setActorId] = useState<string | null>(null);
  const [offset, setOffset] = useState(0);
  const [debouncedType] = useDebouncedValue(entityType.trim(), 300);
  const roles = useQuery(AdminRoles);
  const { staff } = useAllStaff();
  const accounts = accountOptions(staff ?? [], roles.data?.roleAssignments ?? []);
  const who = new Map(accounts.map((a) => [a.value, a.label]));
  const { data, previousData, loading, error } = useQuery(AdminAuditLog, {
    variables: { filter: { module, entityType: debouncedType || null, actorId }, page: { offset, limit: AUDIT_PAGE_SIZE } },
  });
  const page = (data ?? previousData)?.auditLog;
  const filterChanged = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setOffset(0);
  };
  return (
    <ConsolePage title={t('admin.audit.title')}>
      <Text size="sm">{t('admin.audit.help')}</Text>
      <Group align="end" wrap="wrap">
        <Select label={t('admin.audit.module')} placeholder={t('admin.audit.allModules')} data={Object.entries(MODULES).map(([value, label]) => ({ value, label: t(label) }))} value={module} onChange={filterChanged(setModule)} clearable w={220} />
        <TextInput label={t('admin.audit.entityType')} value={entityType} onChange={(e) => filterChanged(setEntityType)(e.currentTarget.value)} w={220} />
        <Select label={t('admin.audit.actor')} placeholder={t('admin.audit.anyone')} data={accounts} value={actorId} onChange={filterChanged(setActorId)} searchable clearable w={320} />
      </Group>
      <ErrorNote error={error ?? roles.error} />
      {loading && !page && <Loading />}
      {page && (
        <>
          <Table.ScrollContainer minWidth={900}>
            <Table striped aria-busy={loading}>
              <Table.Caption>{t('admin.audit.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('admin.audit.at')}</Table.Th>
                  <Table.Th>{t('admin.audit.module')}</Table.Th>
                  <Table.Th>{t('admin.audit.action')}</Table.Th>
                  <Table.Th>{t('admin.audit.entity')}</Table.Th>
                  <Table.Th>{t('admin.audit.actor')}</Table.Th>
                  <Table.Th>{t('admin.audit.subjects')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.map((e) => (
                  <Table.Tr key={e.id} data-testid="audit-row">
                    <Table.Td>{intl.formatDate(e.at, { dateStyle: 'medium', timeStyle: 'medium' })}</Table.Td>
                    <Table.Td>{MODULES[e.module] ? t(MODULES[e.module]) : e.module}</Table.Td>
                    <Table.Td>
                      <Code>{e.action}</Code>
                    </Table.Td>
                    <Table.Td>
                      <Code>{e.entityType}</Code>
                      {e.entityId && <Text size="xs">{e.entityId}</Text>}
                    </Table.Td>
                    <Table.Td>{e.actorId ? (who.get(e.actorId) ?? e.actorId) : t('admin.audit.system')}</Table.Td>
                    <Table.Td>
                      {e.subjects.length > 0
                        ? e.subjects.map((s) => s.displayName || t('admin.audit.erased')).join(', ')
                        : e.subjectCount != null
                          ? t('admin.audit.subjectCount', { count: e.subjectCount })
                          : ''}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {page.items.length === 0 && <Text>{t('admin.audit.none')}</Text>}
          <Pager total={page.total} offset={page.offset} size={AUDIT_PAGE_SIZE} onOffset={setOffset} label={t('admin.audit.pages')} />
        </>
      )}
    </ConsolePage>
  );
}
