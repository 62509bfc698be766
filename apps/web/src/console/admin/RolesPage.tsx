import { useState } from 'react';
import { Button, Card, Group, Select, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/LocaleProvider';
import type { Role, ScopeType } from '../../gql/graphql';
import { ConsolePage, ErrorNote, Loading, Tag } from '../common';
import { AdminRoles, AssignRole, RevokeRole } from './admin.graphql';
import { useAllStaff } from './common';
import { accountOptions } from './csv';

/** The roles a tenant administrator hands out (the platform administrator's is not theirs to give). */
const ROLES: Role[] = ['COORDINATOR', 'RESEARCHER', 'TENANT_ADMIN'];
const SCOPES: ScopeType[] = ['TENANT', 'INSTITUTION', 'PROGRAMME'];

/**
 * Role assignments of the tenant: who holds which role in which scope (the whole tenant, an
 * institution or a programme); assign and revoke. The API refuses a grant to oneself: its message
 * (in the reader's language) is shown as it comes.
 */
export default function RolesPage() {
  const t = useT();
  const intl = useIntl();
  const { data, loading, error } = useQuery(AdminRoles);
  const { staff, error: staffError } = useAllStaff();
  const [accountId, setAccountId] = useState<string | null>(null);
  const [role, setRole] = useState<Role>('COORDINATOR');
  const [scopeType, setScopeType] = useState<ScopeType>('TENANT');
  const [scopeId, setScopeId] = useState<string | null>(null);
  const [assign, assigning] = useMutation(AssignRole, { refetchQueries: [AdminRoles] });
  const [revoke, revoking] = useMutation(RevokeRole, { refetchQueries: [AdminRoles] });
  const [assigned, setAssigned] = useState(false);

  const institutions = data?.institutions.items ?? [];
  const programmes = data?.programmes.items ?? [];
  const scopeName = (type: ScopeType | null | undefined, id: string | null | undefined) =>
    !type || type === 'TENANT' ? t('admin.scope.TENANT') : `${t(`admin.scope.${type}`)}: ${(type === 'INSTITUTION' ? institutions : programmes).find((x) => x.id === id)?.name ?? id ?? ''}`;
  const accounts = accountOptions(staff ?? [], data?.roleAssignments ?? []);
  const nameOf = new Map(accounts.map((a) => [a.value, a.label]));
  const scopeChoices = scopeType === 'INSTITUTION' ? institutions : scopeType === 'PROGRAMME' ? programmes : [];
  const ready = accountId && (scopeType === 'TENANT' || scopeId);
  const submit = () => {
    if (!ready || !data) return;
    setAssigned(false);
    void assign({ variables: { input: { accountId, role, tenantId: data.me.tenantId, scopeType, scopeId: scopeType === 'TENANT' ? null : scopeId } } }).then(
      () => setAssigned(true),
      () => undefined,
    );
  };
  return (
    <ConsolePage title={t('admin.roles.title')}>
      <Text size="sm">{t('admin.roles.help')}</Text>
      <ErrorNote error={error ?? staffError ?? revoking.error} />
      {loading && <Loading />}
      {data && (
        <>
          <Card withBorder component="section" aria-labelledby="assign-role">
            <form
              onSubmit={(e) => {
                e.preventDefault();
                submit();
              }}
            >
              <Stack gap="sm">
                <Title order={2} size="h4" id="assign-role">
                  {t('admin.roles.assignTitle')}
                </Title>
                <Group align="end" wrap="wrap">
                  <Select label={t('admin.roles.account')} data={accounts} value={accountId} onChange={setAccountId} searchable nothingFoundMessage={t('admin.roles.noAccount')} w={320} />
                  <Select label={t('admin.roles.role')} data={ROLES.map((r) => ({ value: r, label: t(`admin.role.${r}`) }))} value={role} onChange={(v) => v && setRole(v)} allowDeselect={false} w={220} />
                  <Select
                    label={t('admin.roles.scope')}
                    data={SCOPES.map((s) => ({ value: s, label: t(`admin.scope.${s}`) }))}
                    value={scopeType}
                    onChange={(v) => {
                      if (!v) return;
                      setScopeType(v);
                      setScopeId(null);
                    }}
                    allowDeselect={false}
                    w={200}
                  />
                  {scopeType !== 'TENANT' && (
                    <Select
                      label={t(scopeType === 'INSTITUTION' ? 'admin.roles.institution' : 'admin.roles.programme')}
                      data={scopeChoices.map((x) => ({ value: x.id, label: x.name }))}
                      value={scopeId}
                      onChange={setScopeId}
                      searchable
                      w={260}
                    />
                  )}
                  <Button type="submit" disabled={!ready} loading={assigning.loading}>
                    {t('admin.roles.assign')}
                  </Button>
                </Group>
                <ErrorNote error={assigning.error} />
                {assigned && !assigning.error && (
                  <Text size="sm" role="status">
                    {t('admin.roles.assigned')}
                  </Text>
                )}
              </Stack>
            </form>
          </Card>

          <Table.ScrollContainer minWidth={760}>
            <Table striped>
              <Table.Caption>{t('admin.roles.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('admin.roles.account')}</Table.Th>
                  <Table.Th>{t('admin.roles.role')}</Table.Th>
                  <Table.Th>{t('admin.roles.scope')}</Table.Th>
                  <Table.Th>{t('admin.roles.since')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('admin.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.roleAssignments.map((r) => (
                  <Table.Tr key={r.id} data-testid="role-row">
                    <Table.Td>{nameOf.get(r.accountId) ?? r.email}</Table.Td>
                    <Table.Td>
                      <Tag size="sm">{t(`admin.role.${r.role}`)}</Tag>
                    </Table.Td>
                    <Table.Td>{scopeName(r.scopeType, r.scopeId)}</Table.Td>
                    <Table.Td>{intl.formatDate(r.createdAt, { dateStyle: 'medium' })}</Table.Td>
                    <Table.Td>
                      {r.accountId !== data.me.accountId && r.role !== 'PLATFORM_ADMIN' && (
                        <Button
                          size="compact-sm"
                          variant="outline"
                          color="red.9"
                          loading={revoking.loading}
                          aria-label={t('admin.roles.revokeFrom', { role: t(`admin.role.${r.role}`), name: nameOf.get(r.accountId) ?? r.email })}
                          onClick={() => void revoke({ variables: { id: r.id } }).catch(() => undefined)}
                        >
                          {t('admin.roles.revoke')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </ConsolePage>
  );
}
