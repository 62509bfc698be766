import { useState } from 'react';
import { Alert, Code, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/LocaleProvider';
import type { MessageId } from '../../i18n/locales';
import { ConsolePage, ErrorNote, Loading, Tag } from '../common';
import { AdminPolicyVersions, AdminProgrammes } from './admin.graphql';
import { diffPolicies } from './diff';
import { PolicyEditor } from './PolicyEditor';

/** Readable names of the policy's settings (paths as `diffPolicies` gives them). */
const FIELD: Record<string, MessageId> = {
  confidentialityText: 'admin.policy.field.confidentialityText',
  consentTextVersion: 'admin.policy.field.consentTextVersion',
  durationMonths: 'admin.policy.field.durationMonths',
  'eligibility.institutionKindChangeCounts': 'admin.policy.field.institutionKindChangeCounts',
  'eligibility.newToProfessionMonths': 'admin.policy.field.newToProfessionMonths',
  'eligibility.newToSettingMonths': 'admin.policy.field.newToSettingMonths',
  fitCheckDays: 'admin.policy.field.fitCheckDays',
  inactivityDays: 'admin.policy.field.inactivityDays',
  institutionScope: 'admin.policy.field.institutionScope',
  languages: 'admin.policy.field.languages',
  lineManagerRule: 'admin.policy.field.lineManagerRule',
  meetingCadenceDays: 'admin.policy.field.meetingCadenceDays',
  mentorCapacity: 'admin.policy.field.mentorCapacity',
  mentorKinds: 'admin.policy.field.mentorKinds',
  mentorTrainingRequired: 'admin.policy.field.mentorTrainingRequired',
  minMentorExperienceMonths: 'admin.policy.field.minMentorExperienceMonths',
  participation: 'admin.policy.field.participation',
  'supportContact.howToReach': 'admin.policy.field.supportHowToReach',
  'supportContact.name': 'admin.policy.field.supportName',
  'supportContact.supportStaffId': 'admin.policy.field.supportStaff',
};

/** A programme's policy: change it (a new version), and what changed between two of its versions. */
export default function PolicyPage() {
  const t = useT();
  const intl = useIntl();
  const programmes = useQuery(AdminProgrammes);
  const [programmeId, setProgrammeId] = useState<string | null>(null);
  const chosen = programmeId ?? programmes.data?.programmes.items[0]?.id ?? null;
  const versions = useQuery(AdminPolicyVersions, { variables: { programmeId: chosen ?? '' }, skip: !chosen });
  const list = [...(versions.data?.policyVersions ?? [])].sort((a, b) => a.version - b.version);
  const [fromV, setFromV] = useState<string | null>(null);
  const [toV, setToV] = useState<string | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const last = list[list.length - 1];
  const to = list.find((v) => String(v.version) === toV) ?? last;
  const from = list.find((v) => String(v.version) === fromV) ?? list[list.length - 2] ?? last;
  const options = list.map((v) => ({ value: String(v.version), label: t('admin.policy.version', { version: v.version, date: intl.formatDate(v.createdAt, { dateStyle: 'medium' }) }) }));
  // The flag is shown with the text it is about (a note beside it), not as a setting of its own.
  const settings = (p: NonNullable<typeof from>['policy']) => ({ ...p, confidentialityTextIsPlatformWording: undefined });
  const changes = from && to ? diffPolicies(settings(from.policy), settings(to.policy)) : [];
  const value = (v: string | null) => (v === null ? <Text span size="sm" c="dimmed">{t('admin.policy.absent')}</Text> : v === '' ? <Text span size="sm" c="dimmed">{t('admin.policy.empty')}</Text> : <Code>{v}</Code>);
  /** A version's value of a setting; the confidentiality text says when it is the platform's wording (shown in the reader's language). */
  const cell = (path: string, v: string | null, version: NonNullable<typeof from>) =>
    path === 'confidentialityText' && version.policy.confidentialityTextIsPlatformWording ? (
      <Stack gap={4}>
        <Tag color="gray.8" size="sm" data-testid="platform-wording">
          {t('admin.policy.platformWording')}
        </Tag>
        {value(v)}
      </Stack>
    ) : (
      value(v)
    );
  return (
    <ConsolePage title={t('admin.policy.title')}>
      <Text size="sm">{t('admin.policy.help')}</Text>
      <ErrorNote error={programmes.error ?? versions.error} />
      {(programmes.loading || versions.loading) && <Loading />}
      {programmes.data && (
        <Group align="end" wrap="wrap">
          <Select
            label={t('admin.policy.programme')}
            data={programmes.data.programmes.items.map((p) => ({ value: p.id, label: p.name }))}
            value={chosen}
            onChange={(v) => {
              setProgrammeId(v);
              setFromV(null);
              setToV(null);
              setSaved(null);
            }}
            allowDeselect={false}
            w={280}
          />
          {list.length > 0 && (
            <>
              <Select label={t('admin.policy.from')} data={options} value={from ? String(from.version) : null} onChange={setFromV} allowDeselect={false} w={260} />
              <Select label={t('admin.policy.to')} data={options} value={to ? String(to.version) : null} onChange={setToV} allowDeselect={false} w={260} />
            </>
          )}
        </Group>
      )}
      {versions.data && list.length === 0 && <Text>{t('admin.policy.none')}</Text>}
      {saved !== null && (
        <Alert color="green" role="status" data-testid="policy-saved">
          {t('admin.policy.edit.saved', { version: saved })}
        </Alert>
      )}
      {from && to && (
        <>
          <Text role="status" data-testid="policy-summary">
            {from.version === to.version ? t('admin.policy.same') : t('admin.policy.changes', { count: changes.length, from: from.version, to: to.version })}
          </Text>
          {changes.length > 0 && (
            <Table.ScrollContainer minWidth={720}>
              <Table striped>
                <Table.Caption>{t('admin.policy.caption', { from: from.version, to: to.version })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('admin.policy.setting')}</Table.Th>
                    <Table.Th>{t('admin.policy.before', { version: from.version })}</Table.Th>
                    <Table.Th>{t('admin.policy.after', { version: to.version })}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {changes.map((c) => (
                    <Table.Tr key={c.path} data-testid="policy-change" data-path={c.path}>
                      <Table.Th scope="row" fw={500}>
                        {FIELD[c.path] ? t(FIELD[c.path]) : c.path}
                      </Table.Th>
                      <Table.Td>{cell(c.path, c.before, from)}</Table.Td>
                      <Table.Td>{cell(c.path, c.after, to)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
      {chosen && last && (
        <PolicyEditor
          key={`${chosen}:${last.version}`}
          programmeId={chosen}
          policy={last.policy}
          label={(f) => t(FIELD[f])}
          onSaved={(version) => {
            // The comparison shows the new version against the one before it.
            setFromV(null);
            setToV(null);
            setSaved(version);
          }}
        />
      )}
    </ConsolePage>
  );
}
