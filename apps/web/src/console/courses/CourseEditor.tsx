import { useState, type ReactNode } from 'react';
import { Button, Card, Group, NumberInput, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useT } from '../../i18n/LocaleProvider';
import type { Locale } from '../../i18n/locales';
import type { CompetencyCluster, EditorCourseFragment } from '../../gql/graphql';
import { Loading, Tag } from '../common';
import { CLUSTERS, NewModule, NewQuestion, NewUnit } from './AddForms';
import { EditorCourse, MoveModule, MoveUnit, RemoveModule, RemoveQuestion, RemoveUnit, UpdateCourse, UpdateModule, UpdateUnit } from './courses.graphql';
import { QuestionEditor, questionTexts } from './QuestionEditor';
import { ConfirmRemove, localeName, Missing, TextEditor } from './TextEditor';
import { movedTo, perLocale, type PerLocale } from './texts';

type Module = EditorCourseFragment['modules'][number];
type Unit = Module['units'][number];
type Question = NonNullable<Unit['knowledgeCheck']>['questions'][number];

type Editing =
  | { kind: 'course' }
  | { kind: 'module'; module: Module }
  | { kind: 'unit'; unit: Unit }
  | { kind: 'question'; question: Question }
  | { kind: 'removeModule'; module: Module }
  | { kind: 'removeUnit'; unit: Unit }
  | { kind: 'removeQuestion'; question: Question };

/** Move up, move down, edit, remove: buttons named after the item (not drag-only). */
function ItemActions({ name, index, count, busy, onMove, onEdit, onRemove }: { name: string; index?: number; count?: number; busy: boolean; onMove?: (to: number) => void; onEdit: () => void; onRemove: () => void }) {
  const t = useT();
  const up = onMove && index !== undefined && count !== undefined ? movedTo(index, -1, count) : null;
  const down = onMove && index !== undefined && count !== undefined ? movedTo(index, 1, count) : null;
  return (
    <Group gap={4}>
      {onMove && (
        <>
          <Button size="compact-sm" variant="default" disabled={up === null} loading={busy} aria-label={t('courses.moveUp', { name })} onClick={() => up !== null && onMove(up)}>
            ↑
          </Button>
          <Button size="compact-sm" variant="default" disabled={down === null} loading={busy} aria-label={t('courses.moveDown', { name })} onClick={() => down !== null && onMove(down)}>
            ↓
          </Button>
        </>
      )}
      <Button size="compact-sm" variant="outline" aria-label={t('courses.editLabel', { name })} onClick={onEdit}>
        {t('courses.edit')}
      </Button>
      <Button size="compact-sm" variant="outline" color="red.9" aria-label={t('courses.removeLabel', { name })} onClick={onRemove}>
        {t('courses.remove')}
      </Button>
    </Group>
  );
}

/**
 * One course as its author writes it: every text editable and translatable per language (the base
 * language marked, the missing languages shown per text), modules and units moved up and down,
 * anything removed after a confirmation, questions edited with their options and right answers.
 */
export function CourseEditor({ id }: { id: string }) {
  const t = useT();
  const q = useQuery(EditorCourse, { variables: { id } });
  const course = q.data?.trainingCourse;
  const [editing, setEditing] = useState<Editing | null>(null);
  const [updateCourse] = useMutation(UpdateCourse);
  const [updateModule] = useMutation(UpdateModule);
  const [updateUnit] = useMutation(UpdateUnit);
  const [moveModule, movingModule] = useMutation(MoveModule);
  const [moveUnit, movingUnit] = useMutation(MoveUnit);
  const [removeModule] = useMutation(RemoveModule);
  const [removeUnit] = useMutation(RemoveUnit);
  const [removeQuestion] = useMutation(RemoveQuestion);
  if (q.loading || !course) return <Loading />;
  const base = course.baseLocale;
  const close = () => setEditing(null);
  // Every text's translations come with the course itself (one request per version: this query, or the change's answer).
  const courseTexts = { title: perLocale(course.titleTranslations), description: perLocale(course.descriptionTranslations) };
  const moduleTexts = (m: Module) => ({ title: perLocale(m.titleTranslations), description: perLocale(m.descriptionTranslations) });
  const unitTexts = (u: Unit) => ({ title: perLocale(u.titleTranslations), summary: perLocale(u.summaryTranslations) });
  const removal = (name: string, text: string, run: () => Promise<unknown>): ReactNode => <ConfirmRemove name={name} text={text} onClose={close} onConfirm={run} />;
  const busy = movingModule.loading || movingUnit.loading;
  return (
    <Stack gap="md" component="section" aria-label={course.title}>
      <Group gap="sm">
        <Title order={2} size="h3">
          {course.title}
        </Title>
        <Tag>{t(`courses.audience.${course.audience}`)}</Tag>
        <Text size="sm">{t('courses.versionAndLanguage', { version: course.version, language: localeName(base) })}</Text>
        <Missing texts={[courseTexts.title]} base={base} />
        <Button size="compact-sm" variant="outline" aria-label={t('courses.editLabel', { name: course.title })} onClick={() => setEditing({ kind: 'course' })}>
          {t('courses.edit')}
        </Button>
      </Group>
      {course.modules.length === 0 && <Text>{t('courses.noModules')}</Text>}
      {course.modules.map((m, mi) => (
        <Card key={m.id} withBorder data-testid="course-module">
          <Stack gap="sm">
            <Group gap="sm" justify="space-between">
              <Group gap="sm">
                <Title order={3} size="h4">
                  {m.title}
                </Title>
                <Tag>{t(`courses.cluster.${m.cluster}`)}</Tag>
                <Missing texts={[moduleTexts(m).title]} base={base} />
              </Group>
              <ItemActions
                name={m.title}
                index={mi}
                count={course.modules.length}
                busy={busy}
                onMove={(order) => void moveModule({ variables: { input: { courseId: id, moduleId: m.id, order } } }).catch(() => undefined)}
                onEdit={() => setEditing({ kind: 'module', module: m })}
                onRemove={() => setEditing({ kind: 'removeModule', module: m })}
              />
            </Group>
            {m.units.map((u, ui) => (
              <Stack key={u.id} gap={4} pl="md" data-testid="course-unit">
                <Group gap="sm" justify="space-between">
                  <Group gap="sm">
                    <Text fw={600}>{u.title}</Text>
                    <Text size="sm">{t('courses.minutesShort', { n: u.minutes })}</Text>
                    <Missing texts={[unitTexts(u).title]} base={base} />
                  </Group>
                  <ItemActions
                    name={u.title}
                    index={ui}
                    count={m.units.length}
                    busy={busy}
                    onMove={(order) => void moveUnit({ variables: { input: { courseId: id, unitId: u.id, order } } }).catch(() => undefined)}
                    onEdit={() => setEditing({ kind: 'unit', unit: u })}
                    onRemove={() => setEditing({ kind: 'removeUnit', unit: u })}
                  />
                </Group>
                {(u.knowledgeCheck?.questions ?? []).map((question) => {
                  const qt = questionTexts(question);
                  return (
                    <Group key={question.id} gap="sm" justify="space-between" data-testid="course-question">
                      <Group gap="sm">
                        <Text size="sm">
                          {question.text} ({t(`courses.kind.${question.kind}`)}, {t('courses.optionCount', { n: question.options.length })})
                        </Text>
                        <Missing texts={[qt.text, ...qt.options.map((o) => o.texts)]} base={base} />
                      </Group>
                      <ItemActions name={question.text} busy={false} onEdit={() => setEditing({ kind: 'question', question })} onRemove={() => setEditing({ kind: 'removeQuestion', question })} />
                    </Group>
                  );
                })}
                <NewQuestion course={course} unitId={u.id} unitTitle={u.title} />
              </Stack>
            ))}
            <NewUnit course={course} moduleId={m.id} moduleTitle={m.title} />
          </Stack>
        </Card>
      ))}
      <NewModule course={course} />

      {editing?.kind === 'course' && (
        <TextEditor
          onClose={close}
          heading={t('courses.editLabel', { name: course.title })}
          base={base}
          fields={[
            { name: 'title', label: 'courses.courseTitle' },
            { name: 'description', label: 'courses.description', multiline: true, optional: true },
          ]}
          texts={courseTexts}
          save={(locale, v) => updateCourse({ variables: { input: { id, locale, title: v.title, description: v.description } } })}
        />
      )}
      {editing?.kind === 'module' && <ModuleEditor course={course} module={editing.module} texts={moduleTexts(editing.module)} onClose={close} save={(input) => updateModule({ variables: { input } })} />}
      {editing?.kind === 'unit' && <UnitEditor course={course} unit={editing.unit} texts={unitTexts(editing.unit)} onClose={close} save={(input) => updateUnit({ variables: { input } })} />}
      {editing?.kind === 'question' && <QuestionEditor course={course} question={editing.question} onClose={close} />}
      {editing?.kind === 'removeModule' && removal(editing.module.title, t('courses.remove.module'), () => removeModule({ variables: { courseId: id, moduleId: editing.module.id } }))}
      {editing?.kind === 'removeUnit' && removal(editing.unit.title, t('courses.remove.unit'), () => removeUnit({ variables: { courseId: id, unitId: editing.unit.id } }))}
      {editing?.kind === 'removeQuestion' && removal(editing.question.text, t('courses.remove.question'), () => removeQuestion({ variables: { courseId: id, questionId: editing.question.id } }))}
    </Stack>
  );
}

/** A unit's texts per language, and its length (the same in every language). */
function UnitEditor({
  course,
  unit,
  texts,
  onClose,
  save,
}: {
  course: EditorCourseFragment;
  unit: Unit;
  texts: Record<string, PerLocale<string | undefined>>;
  onClose: () => void;
  save: (input: { courseId: string; unitId: string; locale: string; title?: string; summary?: string; minutes?: number }) => Promise<unknown>;
}) {
  const t = useT();
  const [minutes, setMinutes] = useState<string | number>(unit.minutes);
  return (
    <TextEditor
      onClose={onClose}
      heading={t('courses.editLabel', { name: unit.title })}
      base={course.baseLocale}
      fields={[
        { name: 'title', label: 'courses.unitTitle' },
        { name: 'summary', label: 'courses.unitSummary', multiline: true, optional: true },
      ]}
      texts={texts}
      extraFields={['minutes']}
      extra={(_: Locale, errors) => <NumberInput label={t('courses.minutes')} value={minutes} onChange={setMinutes} min={1} max={600} allowDecimal={false} error={errors.minutes} />}
      save={(locale, v) => save({ courseId: course.id, unitId: unit.id, locale, title: v.title, summary: v.summary, ...(typeof minutes === 'number' && minutes !== unit.minutes ? { minutes } : {}) })}
    />
  );
}

/** A module's texts per language, and its competency cluster (the same in every language). */
function ModuleEditor({
  course,
  module,
  texts,
  onClose,
  save,
}: {
  course: EditorCourseFragment;
  module: Module;
  texts: Record<string, PerLocale<string | undefined>>;
  onClose: () => void;
  save: (input: { courseId: string; moduleId: string; locale: string; title?: string; description?: string; cluster?: CompetencyCluster }) => Promise<unknown>;
}) {
  const t = useT();
  const [cluster, setCluster] = useState<CompetencyCluster>(module.cluster);
  return (
    <TextEditor
      onClose={onClose}
      heading={t('courses.editLabel', { name: module.title })}
      base={course.baseLocale}
      fields={[
        { name: 'title', label: 'courses.moduleTitle' },
        { name: 'description', label: 'courses.description', multiline: true, optional: true },
      ]}
      texts={texts}
      extraFields={['cluster']}
      extra={(_: Locale, errors) => (
        <Select label={t('courses.cluster')} data={CLUSTERS.map((c) => ({ value: c, label: t(`courses.cluster.${c}`) }))} value={cluster} onChange={(v) => v && setCluster(v)} allowDeselect={false} error={errors.cluster} />
      )}
      save={(locale, v) => save({ courseId: course.id, moduleId: module.id, locale, title: v.title, description: v.description, ...(cluster !== module.cluster ? { cluster } : {}) })}
    />
  );
}
