import { useState, type FormEvent } from 'react';
import { Button, Card, Checkbox, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useT } from '../../i18n/LocaleProvider';
import type { CompetencyCluster, EditorCourseFragment, QuestionKind } from '../../gql/graphql';
import { AddModule, AddQuestion, AddUnit } from './courses.graphql';
import { RefusalNote } from '../RefusalNote';
import { refusalOf } from './texts';

export const CLUSTERS: CompetencyCluster[] = [
  'INTRODUCTION',
  'COMMUNICATION',
  'INTERPERSONAL',
  'PEDAGOGICAL',
  'ORGANISATIONAL',
  'PROGRAMME_ORGANISATION',
  'RECRUITMENT_MATCHING',
  'DUO_FOLLOW_UP',
  'CONCERNS_SAFEGUARDING',
  'CLOSURE',
];
const KINDS: QuestionKind[] = ['SINGLE', 'MULTIPLE'];
/** Option fields a new question offers (empty ones are left out). */
const OPTION_SLOTS = 4;

export function NewModule({ course }: { course: EditorCourseFragment }) {
  const t = useT();
  const [cluster, setCluster] = useState<CompetencyCluster>(course.audience === 'MENTOR' ? 'INTRODUCTION' : 'PROGRAMME_ORGANISATION');
  const [title, setTitle] = useState('');
  const [add, { loading, error }] = useMutation(AddModule);
  const refusal = refusalOf(error, ['cluster', 'title']);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void add({ variables: { input: { courseId: course.id, cluster, title } } })
      .then((r) => r.data && setTitle(''))
      .catch(() => undefined);
  };
  return (
    <Card withBorder component="form" onSubmit={submit} aria-label={t('courses.addModule')}>
      <Stack gap="sm">
        <Group grow align="end">
          <Select label={t('courses.cluster')} data={CLUSTERS.map((c) => ({ value: c, label: t(`courses.cluster.${c}`) }))} value={cluster} onChange={(v) => v && setCluster(v)} allowDeselect={false} error={refusal.fields.cluster} />
          <TextInput label={t('courses.moduleTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={refusal.fields.title} />
        </Group>
        <RefusalNote refusal={refusal} />
        <Group>
          <Button type="submit" variant="light" loading={loading}>
            {t('courses.addModule')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

export function NewUnit({ course, moduleId, moduleTitle }: { course: EditorCourseFragment; moduleId: string; moduleTitle: string }) {
  const t = useT();
  const [title, setTitle] = useState('');
  const [add, { loading, error }] = useMutation(AddUnit);
  const refusal = refusalOf(error, ['title']);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void add({ variables: { input: { courseId: course.id, moduleId, title } } })
      .then((r) => r.data && setTitle(''))
      .catch(() => undefined);
  };
  return (
    <Stack gap="xs" component="form" onSubmit={submit} aria-label={t('courses.addUnitTo', { module: moduleTitle })}>
      <Group align="end">
        <TextInput label={t('courses.unitTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={refusal.fields.title} />
        <Button type="submit" variant="light" loading={loading}>
          {t('courses.addUnit')}
        </Button>
      </Group>
      <RefusalNote refusal={refusal} />
    </Stack>
  );
}

export function NewQuestion({ course, unitId, unitTitle }: { course: EditorCourseFragment; unitId: string; unitTitle: string }) {
  const t = useT();
  const [kind, setKind] = useState<QuestionKind>('SINGLE');
  const [text, setText] = useState('');
  const [options, setOptions] = useState<string[]>(Array(OPTION_SLOTS).fill(''));
  const [right, setRight] = useState<boolean[]>(Array(OPTION_SLOTS).fill(false));
  const [add, { loading, error }] = useMutation(AddQuestion);
  const refusal = refusalOf(error, ['kind', 'text', 'options', 'correctOptions']);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Only the options written are sent; the right answers are their places among those.
    const written = options.map((o, i) => ({ text: o.trim(), right: right[i] })).filter((o) => o.text.length > 0);
    const correctOptions = written.flatMap((o, i) => (o.right ? [i] : []));
    void add({ variables: { input: { courseId: course.id, unitId, kind, text, options: written.map((o) => ({ text: o.text })), correctOptions } } })
      .then((r) => {
        if (!r.data) return;
        setText('');
        setOptions(Array(OPTION_SLOTS).fill(''));
        setRight(Array(OPTION_SLOTS).fill(false));
      })
      .catch(() => undefined);
  };
  return (
    <Stack gap="xs" component="form" onSubmit={submit} aria-label={t('courses.addQuestionTo', { unit: unitTitle })}>
      <Group grow align="end">
        <Select label={t('courses.kind')} data={KINDS.map((k) => ({ value: k, label: t(`courses.kind.${k}`) }))} value={kind} onChange={(v) => v && setKind(v)} allowDeselect={false} error={refusal.fields.kind} />
        <TextInput label={t('courses.questionText')} value={text} onChange={(e) => setText(e.currentTarget.value)} error={refusal.fields.text} />
      </Group>
      {options.map((o, i) => (
        <Group key={i} align="end">
          <TextInput
            label={t('courses.option', { n: i + 1 })}
            value={o}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setOptions((all) => all.map((x, j) => (j === i ? v : x)));
            }}
          />
          <Checkbox label={t('courses.rightAnswer', { n: i + 1 })} checked={right[i]} onChange={(e) => {
            const v = e.currentTarget.checked;
            setRight((all) => all.map((x, j) => (j === i ? v : x)));
          }} mb={8} />
        </Group>
      ))}
      {refusal.fields.options && (
        <Text size="sm" c="red.9">
          {refusal.fields.options}
        </Text>
      )}
      {refusal.fields.correctOptions && (
        <Text size="sm" c="red.9">
          {refusal.fields.correctOptions}
        </Text>
      )}
      <RefusalNote refusal={refusal} />
      <Group>
        <Button type="submit" variant="light" loading={loading}>
          {t('courses.addQuestion')}
        </Button>
      </Group>
    </Stack>
  );
}
