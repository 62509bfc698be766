import { useState, type FormEvent } from 'react';
import { Button, Card, Group, List, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useT } from '../../i18n/LocaleProvider';
import type { InstitutionKind, SetupInstitutionsQuery } from '../../gql/graphql';
import { ConsolePage, ErrorNote, Loading, Tag } from '../common';
import { RefusalNote } from '../RefusalNote';
import { SetupCreateInstitution, SetupCreateUnit, SetupInstitutions, SetupRemoveUnit, SetupUpdateInstitution, SetupUpdateUnit } from './setup.graphql';
import { refusalOf } from './setup';

const KINDS: InstitutionKind[] = ['ADULT', 'REMAND', 'OPEN', 'WOMEN', 'YOUTH', 'OTHER'];
type Institution = SetupInstitutionsQuery['institutions']['items'][number];
type Unit = Institution['units'][number];
const FIELDS = ['name', 'kind', 'region'];

function useKindOptions() {
  const t = useT();
  return KINDS.map((k) => ({ value: k, label: t(`setup.kind.${k}`) }));
}

/** The tenant's institutions and their units: create and edit an institution, add, rename and remove units. */
export default function InstitutionsPage() {
  const t = useT();
  const { data, loading, error } = useQuery(SetupInstitutions, { fetchPolicy: 'cache-and-network' });
  const items = [...(data?.institutions.items ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <ConsolePage title={t('setup.institutions.title')}>
      <Text size="sm">{t('setup.institutions.help')}</Text>
      <ErrorNote error={error} />
      <NewInstitution />
      <Title order={2} size="h3">
        {t('setup.institutions.listTitle')}
      </Title>
      {loading && !data && <Loading />}
      {data && items.length === 0 && <Text>{t('setup.institutions.none')}</Text>}
      {items.map((i) => (
        <InstitutionCard key={i.id} institution={i} />
      ))}
    </ConsolePage>
  );
}

function InstitutionFields({ name, kind, region, setName, setKind, setRegion, errors }: {
  name: string;
  kind: InstitutionKind | null;
  region: string;
  setName: (v: string) => void;
  setKind: (v: InstitutionKind | null) => void;
  setRegion: (v: string) => void;
  errors: Record<string, string>;
}) {
  const t = useT();
  const kinds = useKindOptions();
  return (
    <Group align="start" wrap="wrap">
      <TextInput label={t('setup.institutions.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} w={300} />
      <Select label={t('setup.institutions.kind')} required data={kinds} value={kind} onChange={setKind} allowDeselect={false} error={errors.kind} w={260} />
      <TextInput label={t('setup.institutions.region')} required value={region} onChange={(e) => setRegion(e.currentTarget.value)} error={errors.region} w={220} />
    </Group>
  );
}

function NewInstitution() {
  const t = useT();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<InstitutionKind | null>('ADULT');
  const [region, setRegion] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const [create, { loading, error, reset }] = useMutation(SetupCreateInstitution, { refetchQueries: [SetupInstitutions], awaitRefetchQueries: true });
  const refusal = refusalOf(error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!kind) return;
    setCreated(null);
    void create({ variables: { input: { name: name.trim(), kind, region: region.trim() } } }).then(
      (r) => {
        if (!r.data) return;
        setCreated(r.data.createInstitution.name);
        setName('');
        setRegion('');
      },
      () => undefined,
    );
  };
  return (
    <Card withBorder component="section" aria-labelledby="new-institution">
      <form onSubmit={submit} onChange={() => error && reset()}>
        <Stack gap="sm">
          <Title order={2} size="h4" id="new-institution">
            {t('setup.institutions.new')}
          </Title>
          <InstitutionFields name={name} kind={kind} region={region} setName={setName} setKind={setKind} setRegion={setRegion} errors={refusal?.fields ?? {}} />
          <RefusalNote refusal={refusal} shown={FIELDS} />
          {created && (
            <Text role="status" c="teal.9" data-testid="institution-created">
              {t('setup.institutions.created', { name: created })}
            </Text>
          )}
          <Group>
            <Button type="submit" loading={loading}>
              {t('setup.institutions.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function InstitutionCard({ institution: i }: { institution: Institution }) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [removed, setRemoved] = useState<string | null>(null);
  const headingId = `institution-${i.id}`;
  return (
    <Card withBorder component="section" aria-labelledby={headingId} data-testid="institution" data-name={i.name}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Group gap="sm" wrap="wrap">
            <Title order={3} size="h4" id={headingId}>
              {i.name}
            </Title>
            <Tag color="indigo.8" data-testid="institution-kind">
              {t(`setup.kind.${i.kind}`)}
            </Tag>
            <Text size="sm">{t('setup.institutions.inRegion', { region: i.region })}</Text>
          </Group>
          {!editing && (
            <Button variant="outline" size="compact-sm" onClick={() => setEditing(true)} aria-label={t('setup.institutions.editNamed', { name: i.name })}>
              {t('setup.institutions.edit')}
            </Button>
          )}
        </Group>
        {editing && <EditInstitution institution={i} onDone={() => setEditing(false)} />}
        <Text fw={500} size="sm">
          {t('setup.units.title', { count: i.units.length })}
        </Text>
        {i.units.length === 0 ? (
          <Text size="sm">{t('setup.units.none')}</Text>
        ) : (
          <List size="sm" data-testid="units" listStyleType="none" spacing="xs">
            {[...i.units]
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((u) => (
                <UnitRow key={u.id} unit={u} onRemoved={setRemoved} />
              ))}
          </List>
        )}
        {removed && (
          <Text role="status" size="sm" c="teal.9" data-testid="unit-removed">
            {t('setup.editing.unitRemoved', { name: removed })}
          </Text>
        )}
        <AddUnit institution={i} />
      </Stack>
    </Card>
  );
}

function EditInstitution({ institution: i, onDone }: { institution: Institution; onDone: () => void }) {
  const t = useT();
  const [name, setName] = useState(i.name);
  const [kind, setKind] = useState<InstitutionKind | null>(i.kind);
  const [region, setRegion] = useState(i.region);
  const [update, { loading, error, reset }] = useMutation(SetupUpdateInstitution, { refetchQueries: [SetupInstitutions], awaitRefetchQueries: true });
  const refusal = refusalOf(error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = {
      id: i.id,
      ...(name.trim() !== i.name ? { name: name.trim() } : {}),
      ...(kind && kind !== i.kind ? { kind } : {}),
      ...(region.trim() !== i.region ? { region: region.trim() } : {}),
    };
    if (Object.keys(input).length === 1) return onDone();
    void update({ variables: { input } }).then((r) => r.data && onDone(), () => undefined);
  };
  return (
    <form onSubmit={submit} onChange={() => error && reset()} aria-label={t('setup.institutions.editNamed', { name: i.name })}>
      <Stack gap="sm">
        <InstitutionFields name={name} kind={kind} region={region} setName={setName} setKind={setKind} setRegion={setRegion} errors={refusal?.fields ?? {}} />
        <RefusalNote refusal={refusal} shown={FIELDS} />
        <Group>
          <Button type="submit" loading={loading}>
            {t('setup.institutions.save')}
          </Button>
          <Button variant="subtle" onClick={onDone}>
            {t('setup.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * One unit: its name, renamed in place, or removed after a confirmation. A unit someone is still in
 * is refused by the API (identity.UNIT_IN_USE, with how many): the message is shown by the unit.
 */
function UnitRow({ unit: u, onRemoved }: { unit: Unit; onRemoved: (name: string) => void }) {
  const t = useT();
  const [mode, setMode] = useState<'view' | 'rename' | 'remove'>('view');
  const [name, setName] = useState(u.name);
  const [rename, renaming] = useMutation(SetupUpdateUnit, { refetchQueries: [SetupInstitutions], awaitRefetchQueries: true });
  const [remove, removing] = useMutation(SetupRemoveUnit, { refetchQueries: [SetupInstitutions], awaitRefetchQueries: true });
  const renameRefusal = refusalOf(renaming.error);
  const removeRefusal = refusalOf(removing.error);
  const close = () => {
    renaming.reset();
    removing.reset();
    setName(u.name);
    setMode('view');
  };
  const submitRename = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() === u.name) return close();
    void rename({ variables: { input: { id: u.id, name: name.trim() } } }).then((r) => r.data && setMode('view'), () => undefined);
  };
  const confirmRemove = () => {
    void remove({ variables: { id: u.id } }).then((r) => r.data && onRemoved(u.name), () => undefined);
  };
  return (
    <List.Item data-testid="unit" data-name={u.name}>
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap">
          <Text size="sm" data-testid="unit-name">
            {u.name}
          </Text>
          {mode === 'view' && (
            <>
              <Button variant="subtle" size="compact-xs" onClick={() => setMode('rename')} aria-label={t('setup.editing.unitRenameNamed', { name: u.name })}>
                {t('setup.editing.unitRename')}
              </Button>
              <Button variant="subtle" color="red" size="compact-xs" onClick={() => setMode('remove')} aria-label={t('setup.editing.unitRemoveNamed', { name: u.name })}>
                {t('setup.editing.unitRemove')}
              </Button>
            </>
          )}
        </Group>
        {mode === 'rename' && (
          <form onSubmit={submitRename} onChange={() => renaming.error && renaming.reset()} aria-label={t('setup.editing.unitRenameNamed', { name: u.name })}>
            <Stack gap="xs">
              <Group align="start" wrap="wrap">
                <TextInput label={t('setup.editing.unitNewName', { name: u.name })} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={renameRefusal?.fields.name} w={300} />
                <Button type="submit" loading={renaming.loading} mt={25}>
                  {t('setup.editing.unitSave')}
                </Button>
                <Button variant="subtle" onClick={close} mt={25}>
                  {t('setup.cancel')}
                </Button>
              </Group>
              <RefusalNote refusal={renameRefusal} shown={['name']} />
            </Stack>
          </form>
        )}
        {mode === 'remove' && (
          <Stack gap="xs">
            <Group gap="xs" wrap="wrap">
              <Text size="sm">{t('setup.editing.unitRemoveConfirm', { name: u.name })}</Text>
              <Button color="red" size="compact-sm" loading={removing.loading} onClick={confirmRemove}>
                {t('setup.editing.unitRemoveYes', { name: u.name })}
              </Button>
              <Button variant="subtle" size="compact-sm" onClick={close}>
                {t('setup.cancel')}
              </Button>
            </Group>
            <RefusalNote refusal={removeRefusal} shown={[]} />
          </Stack>
        )}
      </Stack>
    </List.Item>
  );
}

function AddUnit({ institution: i }: { institution: Institution }) {
  const t = useT();
  const [name, setName] = useState('');
  const [add, { loading, error, reset }] = useMutation(SetupCreateUnit, { refetchQueries: [SetupInstitutions], awaitRefetchQueries: true });
  const refusal = refusalOf(error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void add({ variables: { input: { institutionId: i.id, name: name.trim() } } }).then((r) => r.data && setName(''), () => undefined);
  };
  return (
    <form onSubmit={submit} onChange={() => error && reset()}>
      <Stack gap="xs">
        <Group align="start" wrap="wrap">
          <TextInput label={t('setup.units.newIn', { name: i.name })} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={refusal?.fields.name} w={300} />
          <Button type="submit" loading={loading} mt={25}>
            {t('setup.units.add')}
          </Button>
        </Group>
        <RefusalNote refusal={refusal} shown={['name']} />
      </Stack>
    </form>
  );
}
