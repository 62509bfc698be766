import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, Group, NavLink, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { useT } from '../../i18n/LocaleProvider';
import { LOCALES, LOCALE_NAMES } from '../../i18n/locales';
import type { CourseAudience, DefaultCurriculumKey } from '../../gql/graphql';
import { ConsolePage, Loading, Tag } from '../common';
import { AdoptDefaultCourse, CreateCourse, DefaultCurricula, EditorCourses } from './courses.graphql';
import { CourseEditor } from './CourseEditor';
import { RefusalNote } from '../RefusalNote';
import { refusalOf } from './texts';

const AUDIENCES: CourseAudience[] = ['MENTOR', 'COORDINATOR'];
/**
 * Courses (issue 17): adopt a shipped curriculum, or write a course from scratch — modules, units,
 * knowledge-check questions — and translate, reorder and remove each of them.
 */
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
      <Adoption adopted={(list.data?.trainingCourses ?? []).flatMap((c) => (c.key ? [c.key] : []))} onAdopted={choose} />
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
  const refusal = refusalOf(error, ['code', 'title', 'audience', 'baseLocale']);
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
        <TextInput label={t('courses.code')} value={code} onChange={(e) => setCode(e.currentTarget.value)} error={refusal.fields.code} />
        <TextInput label={t('courses.courseTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={refusal.fields.title} />
        <Group grow>
          <Select label={t('courses.audience')} data={AUDIENCES.map((a) => ({ value: a, label: t(`courses.audience.${a}`) }))} value={audience} onChange={(v) => v && setAudience(v)} allowDeselect={false} error={refusal.fields.audience} />
          <Select label={t('courses.baseLocale')} data={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))} value={baseLocale} onChange={(v) => v && setBaseLocale(v)} allowDeselect={false} error={refusal.fields.baseLocale} />
        </Group>
        <RefusalNote refusal={refusal} />
        <Group>
          <Button type="submit" loading={loading}>
            {t('courses.create')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}


/** The curricula shipped with the platform, to adopt (once each); the adopted ones marked. */
function Adoption({ adopted, onAdopted }: { adopted: DefaultCurriculumKey[]; onAdopted: (id: string) => void }) {
  const t = useT();
  const curricula = useQuery(DefaultCurricula);
  const [adopt, { loading, error }] = useMutation(AdoptDefaultCourse, { refetchQueries: [EditorCourses] });
  const [done, setDone] = useState<string | null>(null);
  return (
    <Card withBorder component="section" aria-labelledby="shipped-curricula">
      <Stack gap="sm">
        <Title order={2} size="h4" id="shipped-curricula">
          {t('courses.adopt.title')}
        </Title>
        <Text size="sm">{t('courses.adopt.intro')}</Text>
        {curricula.loading && <Loading />}
        {(curricula.data?.defaultCurricula ?? []).map((c) => {
          const taken = adopted.includes(c.key);
          return (
            <Group key={c.key} justify="space-between" wrap="nowrap" align="start" data-testid="default-curriculum">
              <Stack gap={2}>
                <Group gap="xs">
                  <Text fw={600}>{c.title}</Text>
                  <Tag size="sm">{t(`courses.audience.${c.audience}`)}</Tag>
                  {taken && (
                    <Tag size="sm" color="teal.9">
                      {t('courses.adopt.adopted')}
                    </Tag>
                  )}
                </Group>
                {c.description && <Text size="sm">{c.description}</Text>}
                <Text size="sm">{t('courses.adopt.counts', { modules: c.modules, units: c.units })}</Text>
              </Stack>
              {!taken && (
                <Button
                  variant="light"
                  loading={loading}
                  aria-label={t('courses.adopt.buttonLabel', { title: c.title })}
                  onClick={() =>
                    void adopt({ variables: { input: { key: c.key } } })
                      .then((r) => {
                        if (!r.data) return;
                        setDone(c.title);
                        onAdopted(r.data.adoptDefaultCourse.id);
                      })
                      .catch(() => undefined)
                  }
                >
                  {t('courses.adopt.button')}
                </Button>
              )}
            </Group>
          );
        })}
        {done && (
          <Alert color="green" role="status" withCloseButton onClose={() => setDone(null)} closeButtonLabel={t('console.close')}>
            {t('courses.adopt.done', { title: done })}
          </Alert>
        )}
        <RefusalNote refusal={refusalOf(error, [])} />
      </Stack>
    </Card>
  );
}
