import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, Checkbox, Group, Modal, NativeSelect, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/LocaleProvider';
import { LOCALES, LOCALE_NAMES, type Locale } from '../../i18n/locales';
import type { PlatformTenantsQuery } from '../../gql/graphql';
import { ConsolePage, ErrorNote, Loading, Tag } from '../common';
import { Pager } from '../admin/common';
import { RefusalNote } from '../RefusalNote';
import { enabledModulesFor, OPTIONAL_MODULES, optionalModulesOf, refusalOf, type OptionalModule } from './forms';
import { useModuleName } from './common';
import { PlatformCreateTenant, PlatformTenants, PlatformUpdateTenantModules } from './platform.graphql';

export const TENANTS_PAGE_SIZE = 25;
type TenantRow = PlatformTenantsQuery['tenants']['items'][number];

/** A country's name in the reader's language (the code itself where the browser has no name). */
function useCountryName(): (code: string) => string {
  const intl = useIntl();
  return (code: string) => {
    try {
      return new Intl.DisplayNames([intl.locale], { type: 'region' }).of(code) ?? code;
    } catch {
      return code;
    }
  };
}

/** The tenants of the instance: list, create one with its modules and first administrator, change modules. */
export default function TenantsPage() {
  const t = useT();
  const intl = useIntl();
  const country = useCountryName();
  const moduleName = useModuleName();
  const [offset, setOffset] = useState(0);
  const [editing, setEditing] = useState<TenantRow | null>(null);
  const { data, previousData, loading, error, refetch } = useQuery(PlatformTenants, { variables: { page: { offset, limit: TENANTS_PAGE_SIZE } } });
  const page = (data ?? previousData)?.tenants;
  return (
    <ConsolePage title={t('platform.tenants.title')}>
      <Text size="sm">{t('platform.tenants.help')}</Text>
      <CreateTenantForm onCreated={() => void refetch()} />
      <Card withBorder component="section" aria-labelledby="tenant-list">
        <Stack gap="sm">
          <Title order={2} size="h4" id="tenant-list">
            {t('platform.tenants.listTitle')}
          </Title>
          <ErrorNote error={error} />
          {!page && loading && <Loading />}
          {page && (
            <>
              <Table.ScrollContainer minWidth={760}>
                <Table striped>
                  <Table.Caption>{t('platform.tenants.caption')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('platform.tenants.name')}</Table.Th>
                      <Table.Th>{t('platform.tenants.countryLocale')}</Table.Th>
                      <Table.Th>{t('platform.tenants.modules')}</Table.Th>
                      <Table.Th>{t('platform.tenants.created')}</Table.Th>
                      <Table.Th>
                        <VisuallyHidden>{t('admin.actions')}</VisuallyHidden>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {page.items.map((tenant) => (
                      <Table.Tr key={tenant.id} data-testid="tenant-row">
                        <Table.Td>
                          <Text size="sm" fw={600}>
                            {tenant.name}
                          </Text>
                          <Text size="xs">{tenant.code}</Text>
                        </Table.Td>
                        <Table.Td>
                          {country(tenant.country)} · {LOCALE_NAMES[tenant.defaultLocale as Locale] ?? tenant.defaultLocale}
                        </Table.Td>
                        <Table.Td>
                          <Group gap={4}>
                            {optionalModulesOf(tenant.enabledModules).map((m) => (
                              <Tag key={m} size="sm">
                                {moduleName(m)}
                              </Tag>
                            ))}
                            {optionalModulesOf(tenant.enabledModules).length === 0 && <Text size="sm">{t('platform.tenants.coreOnly')}</Text>}
                          </Group>
                        </Table.Td>
                        <Table.Td>{intl.formatDate(tenant.createdAt, { dateStyle: 'medium' })}</Table.Td>
                        <Table.Td>
                          <Button size="compact-sm" variant="outline" aria-label={t('platform.tenants.editModulesOf', { name: tenant.name })} onClick={() => setEditing(tenant)}>
                            {t('platform.tenants.editModules')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Pager total={page.total} offset={offset} size={TENANTS_PAGE_SIZE} onOffset={setOffset} label={t('platform.tenants.pages')} />
            </>
          )}
        </Stack>
      </Card>
      <Modal opened={editing != null} onClose={() => setEditing(null)} title={editing ? t('platform.tenants.modulesOf', { name: editing.name }) : ''} closeButtonProps={{ 'aria-label': t('console.close') }}>
        {editing && <ModulesEditor key={editing.id} tenant={editing} onDone={() => setEditing(null)} />}
      </Modal>
    </ConsolePage>
  );
}

/** The optional modules as checkboxes; identity and notifications are said to be always on. */
function ModuleChoice({ value, onChange, error }: { value: OptionalModule[]; onChange: (v: OptionalModule[]) => void; error?: string }) {
  const t = useT();
  const moduleName = useModuleName();
  return (
    <Checkbox.Group label={t('platform.tenants.modules')} description={t('platform.tenants.modulesHelp')} value={value} onChange={(v) => onChange(v)} error={error}>
      <Group gap="md" mt="xs">
        {OPTIONAL_MODULES.map((m) => (
          <Checkbox key={m} value={m} label={moduleName(m)} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}

function ModulesEditor({ tenant, onDone }: { tenant: TenantRow; onDone: () => void }) {
  const t = useT();
  const [modules, setModules] = useState<OptionalModule[]>(optionalModulesOf(tenant.enabledModules));
  const [update, updating] = useMutation(PlatformUpdateTenantModules);
  const refusal = refusalOf(updating.error, {}, ['enabledModules']);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void update({ variables: { input: { id: tenant.id, enabledModules: enabledModulesFor(modules) } } }).then(onDone, () => undefined);
      }}
    >
      <Stack gap="sm">
        <ModuleChoice value={modules} onChange={setModules} error={refusal.fields.enabledModules} />
        <RefusalNote refusal={{ fields: refusal.fields, other: refusal.general }} />
        <Group justify="flex-end">
          <Button variant="subtle" onClick={onDone}>
            {t('platform.cancel')}
          </Button>
          <Button type="submit" loading={updating.loading}>
            {t('platform.tenants.saveModules')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

const TENANT_FIELDS = ['code', 'name', 'country', 'defaultLocale', 'enabledModules', 'adminEmail'] as const;
const EMPTY = { code: '', name: '', country: '', defaultLocale: 'en' as Locale, adminEmail: '' };

/**
 * One form for a new tenant and its first administrator, sent as one `createTenant` with
 * `firstAdministrator`: the API writes the tenant, the invitation (the link goes to the invitee's
 * mailbox only, in the tenant's language) and the tenant administrator role together or not at all,
 * so a refusal (a code taken, a mistyped address) leaves nothing behind and the form simply asks again.
 */
function CreateTenantForm({ onCreated }: { onCreated: () => void }) {
  const t = useT();
  const [form, setForm] = useState(EMPTY);
  const [modules, setModules] = useState<OptionalModule[]>([...OPTIONAL_MODULES]);
  const [done, setDone] = useState<{ name: string; email: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [emailMissing, setEmailMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [createTenant] = useMutation(PlatformCreateTenant);
  const refusal = refusalOf(error, { email: 'adminEmail', firstAdministrator: 'adminEmail' }, TENANT_FIELDS);
  const set = (k: keyof typeof EMPTY) => (e: { currentTarget: { value: string } }) => {
    // Read now: React clears the event's currentTarget before the updater runs.
    const value = e.currentTarget.value;
    setForm((f) => ({ ...f, [k]: value }));
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setDone(null);
    setEmailMissing(!form.adminEmail.includes('@'));
    if (!form.adminEmail.includes('@')) return;
    setBusy(true);
    try {
      const email = form.adminEmail.trim();
      const r = await createTenant({
        variables: {
          input: {
            code: form.code.trim(),
            name: form.name.trim(),
            country: form.country.trim().toUpperCase(),
            defaultLocale: form.defaultLocale,
            enabledModules: enabledModulesFor(modules),
            firstAdministrator: { email },
          },
        },
      });
      setDone({ name: r.data!.createTenant.name, email });
      onCreated();
      setForm(EMPTY);
      setModules([...OPTIONAL_MODULES]);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card withBorder component="section" aria-labelledby="new-tenant">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="new-tenant">
            {t('platform.tenants.newTitle')}
          </Title>
          {done && (
            <Alert color="green" role="status" data-testid="tenant-created">
              {t('platform.tenants.doneNote', done)}
            </Alert>
          )}
          <Group align="start" wrap="wrap">
            <TextInput label={t('platform.tenants.name')} name="name" required value={form.name} onChange={set('name')} error={refusal.fields.name} w={300} />
            <TextInput label={t('platform.tenants.code')} description={t('platform.tenants.codeHelp')} name="code" required value={form.code} onChange={set('code')} error={refusal.fields.code} w={220} />
          </Group>
          <Group align="start" wrap="wrap">
            <TextInput label={t('platform.tenants.country')} description={t('platform.tenants.countryHelp')} name="country" required maxLength={2} value={form.country} onChange={set('country')} error={refusal.fields.country} w={220} />
            <NativeSelect
              label={t('platform.tenants.defaultLocale')}
              name="defaultLocale"
              value={form.defaultLocale}
              data={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
              onChange={set('defaultLocale')}
              error={refusal.fields.defaultLocale}
             
              w={220}
            />
          </Group>
          <ModuleChoice value={modules} onChange={setModules} error={refusal.fields.enabledModules} />
          <TextInput
            label={t('platform.tenants.adminEmail')}
            description={t('platform.tenants.adminEmailHelp')}
            type="email"
            name="adminEmail"
            required
            value={form.adminEmail}
            onChange={set('adminEmail')}
            error={emailMissing ? t('platform.tenants.adminEmailMissing') : refusal.fields.adminEmail}
            w={360}
          />
          <RefusalNote refusal={{ fields: refusal.fields, other: refusal.general }} />
          <Group>
            <Button type="submit" loading={busy}>
              {t('platform.tenants.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
