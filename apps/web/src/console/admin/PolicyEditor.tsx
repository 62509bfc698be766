import { useState, type FormEvent } from 'react';
import { Button, Card, Checkbox, Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useT } from '../../i18n/LocaleProvider';
import type { MessageId } from '../../i18n/locales';
import type { AdminPolicyVersionsQuery } from '../../gql/graphql';
import { splitRefusal } from '../refusal';
import { AdminPolicyVersions } from './admin.graphql';
import { AdminUpdatePolicy } from './policy.graphql';
import { NUMBER_FIELDS, POLICY_FIELDS, policyFieldOf, toForm, toInput, type PolicyField, type PolicyForm } from './policy-form';
import { RefusalNote } from '../RefusalNote';

type Policy = AdminPolicyVersionsQuery['policyVersions'][number]['policy'];

const OPTIONS: Record<'participation' | 'mentorKinds' | 'lineManagerRule' | 'institutionScope', { value: string; label: MessageId }[]> = {
  participation: [
    { value: 'VOLUNTARY', label: 'admin.policy.value.VOLUNTARY' },
    { value: 'MANDATORY', label: 'admin.policy.value.MANDATORY' },
  ],
  mentorKinds: [
    { value: 'BOTH', label: 'admin.policy.value.BOTH' },
    { value: 'PEER', label: 'admin.policy.value.PEER' },
    { value: 'SUPERVISOR', label: 'admin.policy.value.SUPERVISOR' },
  ],
  lineManagerRule: [
    { value: 'FORBID', label: 'admin.policy.value.FORBID' },
    { value: 'ALLOW_FLAGGED', label: 'admin.policy.value.ALLOW_FLAGGED' },
  ],
  institutionScope: [
    { value: 'SAME_INSTITUTION', label: 'admin.policy.value.SAME_INSTITUTION' },
    { value: 'SAME_REGION', label: 'admin.policy.value.SAME_REGION' },
    { value: 'ANY', label: 'admin.policy.value.ANY' },
  ],
};

/**
 * The programme's policy as a form, starting from the newest version: saving sends the whole policy
 * (`updateProgrammePolicy`), which the API stores as a new version; each field shows the API's own
 * message when it refuses it. `label` names a field as the comparison table does.
 */
export function PolicyEditor({ programmeId, policy, label, onSaved }: { programmeId: string; policy: Policy; label: (f: PolicyField) => string; onSaved: (version: number) => void }) {
  const t = useT();
  const [form, setForm] = useState<PolicyForm>(() => toForm(policy));
  const [save, { loading, error, reset }] = useMutation(AdminUpdatePolicy, { refetchQueries: [AdminPolicyVersions], awaitRefetchQueries: true });
  const refusal = error ? splitRefusal(error, { keyOf: policyFieldOf, placed: POLICY_FIELDS, joinMessages: true }) : null;
  const set = <F extends PolicyField>(f: F, v: PolicyForm[F]) => {
    if (error) reset();
    setForm((x) => ({ ...x, [f]: v }));
  };
  const common = (f: PolicyField) => ({ label: label(f), error: refusal?.fields[f], name: f });
  const number = (f: (typeof NUMBER_FIELDS)[number]) => (
    <NumberInput {...common(f)} value={form[f]} onChange={(v) => set(f, String(v))} allowDecimal={false} allowNegative={false} />
  );
  const choice = (f: keyof typeof OPTIONS) => (
    <Select {...common(f)} data={OPTIONS[f].map((o) => ({ value: o.value, label: t(o.label) }))} value={form[f]} onChange={(v) => v && set(f, v as PolicyForm[typeof f])} allowDeselect={false} />
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save({ variables: { programmeId, policy: toInput(form) } }).then(
      (r) => r.data && onSaved(r.data.updateProgrammePolicy.policyVersion),
      () => undefined,
    );
  };
  return (
    <Card withBorder component="form" onSubmit={submit} aria-labelledby="policy-edit-title" noValidate>
      <Stack gap="md">
        <Title order={2} size="h4" id="policy-edit-title">
          {t('admin.policy.edit.title')}
        </Title>
        <Text size="sm">{t('admin.policy.edit.help')}</Text>
        <Fieldset legend={t('admin.policy.edit.who')}>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            {choice('participation')}
            <TextInput {...common('consentTextVersion')} description={t('admin.policy.edit.consentHint')} value={form.consentTextVersion} onChange={(e) => set('consentTextVersion', e.currentTarget.value)} inputMode="numeric" />
            {number('eligibility.newToProfessionMonths')}
            {number('eligibility.newToSettingMonths')}
            <Checkbox {...common('eligibility.institutionKindChangeCounts')} checked={form['eligibility.institutionKindChangeCounts']} onChange={(e) => set('eligibility.institutionKindChangeCounts', e.currentTarget.checked)} mt="lg" />
            <TextInput {...common('languages')} description={t('admin.policy.edit.languagesHint')} value={form.languages} onChange={(e) => set('languages', e.currentTarget.value)} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('admin.policy.edit.matching')}>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            {choice('mentorKinds')}
            {choice('lineManagerRule')}
            {choice('institutionScope')}
            {number('minMentorExperienceMonths')}
            {number('mentorCapacity')}
            <Checkbox {...common('mentorTrainingRequired')} checked={form.mentorTrainingRequired} onChange={(e) => set('mentorTrainingRequired', e.currentTarget.checked)} mt="lg" />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('admin.policy.edit.followUp')}>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            {number('durationMonths')}
            {number('meetingCadenceDays')}
            {number('inactivityDays')}
            {number('fitCheckDays')}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('admin.policy.edit.support')}>
          <Stack gap="sm">
            <Textarea {...common('confidentialityText')} description={t('admin.policy.edit.confidentialityHint')} value={form.confidentialityText} onChange={(e) => set('confidentialityText', e.currentTarget.value)} autosize minRows={3} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput {...common('supportContact.name')} value={form['supportContact.name']} onChange={(e) => set('supportContact.name', e.currentTarget.value)} />
              <TextInput {...common('supportContact.supportStaffId')} description={t('admin.policy.edit.supportStaffHint')} value={form['supportContact.supportStaffId']} onChange={(e) => set('supportContact.supportStaffId', e.currentTarget.value)} />
            </SimpleGrid>
            <Textarea {...common('supportContact.howToReach')} value={form['supportContact.howToReach']} onChange={(e) => set('supportContact.howToReach', e.currentTarget.value)} autosize minRows={2} />
          </Stack>
        </Fieldset>
        <RefusalNote refusal={refusal} shown={POLICY_FIELDS} />
        <Group>
          <Button type="submit" loading={loading}>
            {t('admin.policy.edit.save')}
          </Button>
          <Button variant="default" onClick={() => { reset(); setForm(toForm(policy)); }} disabled={loading}>
            {t('admin.policy.edit.reset')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
