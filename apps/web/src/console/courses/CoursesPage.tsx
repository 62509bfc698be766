import { useState, type FormEvent } from 'react';
import { Alert, Badge, Button, Card, Checkbox, Group, List, NavLink, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { useT } from '../../i18n/LocaleProvider';
import { LOCALES, LOCALE_NAMES } from '../../i18n/locales';
import type { CompetencyCluster, CourseAudience, EditorCourseFragment, QuestionKind } from '../../gql/graphql';
import { ConsolePage, Loading } from '../common';
import { AddModule, AddQuestion, AddUnit, CreateCourse, EditorCourse, EditorCourses } from './courses.graphql';

const CLUSTERS: CompetencyCluster[] = [
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
const AUDIENCES: CourseAudience[] = ['MENTOR', 'COORDINATOR'];
const KINDS: QuestionKind[] = ['SINGLE', 'MULTIPLE'];
/** Option fields a new question offers (empty ones are left out). */
const OPTION_SLOTS = 4;

/**
 * Every message of a refusal: the API lists each invalid field (`extensions.fields`, already in the
 * reader's language), so the author sees all of them at once.
 */
function Refusal({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  const messages = CombinedGraphQLErrors.is(error)
    ? error.errors.flatMap((e) => ((e.extensions?.fields as { message: string }[] | undefined) ?? [{ message: e.message }]).map((f) => f.message))
    : [(error as Error).message];
  return (
    <Alert color="red" role="alert" title={t('courses.refused')}>
      <List size="sm">
        {messages.map((m, i) => (
          <List.Item key={i}>{m}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** Course editor (issue 17): the coordinator writes a course from scratch — modules, units, knowledge-check questions. */
export default function CoursesPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const list = useQuery(EditorCourses);
  const selected = params.get('course');
  const choose = (id: string) => setParams({ course: id }, { replace: true });
  return (
    <ConsolePage title={t('courses.title')}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('courses.list')}
          </Title>
          {list.loading ? (
            <Loading />
          ) : (
            <Stack gap={2} component="nav" aria-label={t('courses.list')}>
              {(list.data?.trainingCourses ?? []).map((c) => (
                <NavLink key={c.id} active={c.id === selected} label={c.code ? `${c.title} · ${c.code}` : c.title} onClick={() => choose(c.id)} component="button" />
              ))}
            </Stack>
          )}
        </Stack>
        <NewCourse onCreated={choose} />
      </SimpleGrid>
      {selected && <CourseEditor id={selected} />}
    </ConsolePage>
  );
}

function NewCourse({ onCreated }: { onCreated: (id: string) => void }) {
  const t = useT();
  const [code, setCode] = useState('');
  const [title, setTitle] = useState('');
  const [audience, setAudience] = useState<CourseAudience>('MENTOR');
  const [baseLocale, setBaseLocale] = useState<string>('en');
  const [create, { loading, error }] = useMutation(CreateCourse, { refetchQueries: [EditorCourses] });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void create({ variables: { input: { code, title, audience, baseLocale } } })
      .then((r) => {
        if (r.data) {
          setCode('');
          setTitle('');
          onCreated(r.data.createTrainingCourse.id);
        }
      })
      .catch(() => undefined);
  };
  return (
    <Card withBorder component="form" onSubmit={submit} aria-label={t('courses.new')}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('courses.new')}
        </Title>
        <TextInput label={t('courses.code')} value={code} onChange={(e) => setCode(e.currentTarget.value)} />
        <TextInput label={t('courses.courseTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
        <Group grow>
          <Select label={t('courses.audience')} data={AUDIENCES.map((a) => ({ value: a, label: t(`courses.audience.${a}`) }))} value={audience} onChange={(v) => v && setAudience(v)} allowDeselect={false} />
          <Select label={t('courses.baseLocale')} data={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))} value={baseLocale} onChange={(v) => v && setBaseLocale(v)} allowDeselect={false} />
        </Group>
        <Refusal error={error} />
        <Group>
          <Button type="submit" loading={loading}>
            {t('courses.create')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function CourseEditor({ id }: { id: string }) {
  const t = useT();
  const q = useQuery(EditorCourse, { variables: { id } });
  const course = q.data?.trainingCourse;
  if (q.loading || !course) return <Loading />;
  return (
    <Stack gap="md" component="section" aria-label={course.title}>
      <Group gap="sm">
        <Title order={2} size="h3">
          {course.title}
        </Title>
        <Badge variant="light">{t(`courses.audience.${course.audience}`)}</Badge>
        <Text size="sm" c="dimmed">
          {t('courses.versionAndLanguage', { version: course.version, language: LOCALE_NAMES[course.baseLocale as keyof typeof LOCALE_NAMES] ?? course.baseLocale })}
        </Text>
      </Group>
      {course.modules.length === 0 && <Text c="dimmed">{t('courses.noModules')}</Text>}
      {course.modules.map((m) => (
        <Card key={m.id} withBorder data-testid="course-module">
          <Stack gap="sm">
            <Group gap="sm">
              <Title order={3} size="h4">
                {m.title}
              </Title>
              <Badge variant="outline">{t(`courses.cluster.${m.cluster}`)}</Badge>
            </Group>
            {m.units.map((u) => (
              <Stack key={u.id} gap={4} pl="md" data-testid="course-unit">
                <Text fw={600}>{u.title}</Text>
                {(u.knowledgeCheck?.questions ?? []).map((question) => (
                  <Text key={question.id} size="sm">
                    {question.text} ({t(`courses.kind.${question.kind}`)}, {t('courses.optionCount', { n: question.options.length })})
                  </Text>
                ))}
                <NewQuestion course={course} unitId={u.id} unitTitle={u.title} />
              </Stack>
            ))}
            <NewUnit course={course} moduleId={m.id} moduleTitle={m.title} />
          </Stack>
        </Card>
      ))}
      <NewModule course={course} />
    </Stack>
  );
}

function NewModule({ course }: { course: EditorCourseFragment }) {
  const t = useT();
  const [cluster, setCluster] = useState<CompetencyCluster>(course.audience === 'MENTOR' ? 'INTRODUCTION' : 'PROGRAMME_ORGANISATION');
  const [title, setTitle] = useState('');
  const [add, { loading, error }] = useMutation(AddModule);
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
          <Select label={t('courses.cluster')} data={CLUSTERS.map((c) => ({ value: c, label: t(`courses.cluster.${c}`) }))} value={cluster} onChange={(v) => v && setCluster(v)} allowDeselect={false} />
          <TextInput label={t('courses.moduleTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
        </Group>
        <Refusal error={error} />
        <Group>
          <Button type="submit" variant="light" loading={loading}>
            {t('courses.addModule')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function NewUnit({ course, moduleId, moduleTitle }: { course: EditorCourseFragment; moduleId: string; moduleTitle: string }) {
  const t = useT();
  const [title, setTitle] = useState('');
  const [add, { loading, error }] = useMutation(AddUnit);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void add({ variables: { input: { courseId: course.id, moduleId, title } } })
      .then((r) => r.data && setTitle(''))
      .catch(() => undefined);
  };
  return (
    <Stack gap="xs" component="form" onSubmit={submit} aria-label={t('courses.addUnitTo', { module: moduleTitle })}>
      <Group align="end">
        <TextInput label={t('courses.unitTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
        <Button type="submit" variant="light" loading={loading}>
          {t('courses.addUnit')}
        </Button>
      </Group>
      <Refusal error={error} />
    </Stack>
  );
}

function NewQuestion({ course, unitId, unitTitle }: { course: EditorCourseFragment; unitId: string; unitTitle: string }) {
  const t = useT();
  const [kind, setKind] = useState<QuestionKind>('SINGLE');
  const [text, setText] = useState('');
  const [options, setOptions] = useState<string[]>(Array(OPTION_SLOTS).fill(''));
  const [right, setRight] = useState<boolean[]>(Array(OPTION_SLOTS).fill(false));
  const [add, { loading, error }] = useMutation(AddQuestion);
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
        <Select label={t('courses.kind')} data={KINDS.map((k) => ({ value: k, label: t(`courses.kind.${k}`) }))} value={kind} onChange={(v) => v && setKind(v)} allowDeselect={false} />
        <TextInput label={t('courses.questionText')} value={text} onChange={(e) => setText(e.currentTarget.value)} />
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
      <Refusal error={error} />
      <Group>
        <Button type="submit" variant="light" loading={loading}>
          {t('courses.addQuestion')}
        </Button>
      </Group>
    </Stack>
  );
}
