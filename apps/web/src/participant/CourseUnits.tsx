import { useState } from 'react';
import { Alert, Badge, Button, Checkbox, Group, Radio, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import type { CourseUnitsQuery, EnrolmentProgressFragment } from '../gql/graphql';
import { useT } from '../i18n/LocaleProvider';
import { ErrorNote } from './common';
import { CompleteUnit, CourseUnits as CourseUnitsQueryDoc, SubmitKnowledgeCheck } from './training.graphql';

type Unit = CourseUnitsQuery['trainingCourse']['modules'][number]['units'][number];
type UnitProgress = EnrolmentProgressFragment['progress']['units'][number];

/** My training, one course: its units, marking a unit done, and answering a unit's knowledge check. */
export function CourseUnits({ courseId, enrolment }: { courseId: string; enrolment: EnrolmentProgressFragment }) {
  const t = useT();
  // The enrolment's own version, kept out of the normalised cache: an earlier version shares the
  // course's id, and its modules must not stand in for the current ones elsewhere (course editing).
  const { data, error } = useQuery(CourseUnitsQueryDoc, { variables: { id: courseId, version: enrolment.courseVersion }, fetchPolicy: 'no-cache' });
  const open = enrolment.status === 'ACTIVE';
  if (!data) return <ErrorNote error={error} />;
  return (
    <Stack gap="sm">
      {data.trainingCourse.modules.map((m) => (
        <Stack key={m.id} gap="xs" component="section" aria-labelledby={`module-${m.id}`}>
          <Title order={3} size="h5" id={`module-${m.id}`}>
            {m.title}
          </Title>
          {m.units.map((u) => (
            <UnitRow key={u.id} unit={u} enrolmentId={enrolment.id} progress={enrolment.progress.units.find((p) => p.unitId === u.id)} open={open} />
          ))}
        </Stack>
      ))}
      {data.trainingCourse.modules.length === 0 && <Text size="sm">{t('training.noUnits')}</Text>}
    </Stack>
  );
}

function UnitRow({ unit, enrolmentId, progress, open }: { unit: Unit; enrolmentId: string; progress?: UnitProgress; open: boolean }) {
  const t = useT();
  const [checking, setChecking] = useState(false);
  const [complete, completing] = useMutation(CompleteUnit);
  const passed = progress?.checkPassed === true;
  return (
    <Stack gap={4} pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-3)' }} data-testid="unit">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={0}>
          <Text fw={500}>{unit.title}</Text>
          <Text size="xs" c="dimmed">
            {t('training.unitMinutes', { minutes: unit.minutes })}
            {unit.required ? ` · ${t('training.required')}` : ''}
          </Text>
        </Stack>
        {progress?.done && (
          <Badge color="teal.9" variant="outline">
            {t('training.unitDone')}
          </Badge>
        )}
      </Group>
      {unit.summary && <Text size="sm">{unit.summary}</Text>}
      {unit.knowledgeCheck && progress && progress.attempts > 0 && (
        <Text size="sm" data-testid="check-status">
          {passed ? t('training.checkPassed', { score: progress.bestScore ?? 0 }) : t('training.checkNotYet', { score: progress.bestScore ?? 0, attempts: progress.attempts })}
        </Text>
      )}
      {open && unit.knowledgeCheck && !passed && !checking && (
        <Group>
          <Button size="compact-sm" variant="light" onClick={() => setChecking(true)}>
            {progress && progress.attempts > 0 ? t('training.checkAgain') : t('training.takeCheck')}
          </Button>
        </Group>
      )}
      {open && unit.knowledgeCheck && checking && <KnowledgeCheckForm unit={unit} check={unit.knowledgeCheck} enrolmentId={enrolmentId} onClose={() => setChecking(false)} />}
      {/* A unit with a check is marked done once its check is passed (completion needs both: the unit done, its check passed). */}
      {open && (!unit.knowledgeCheck || passed) && !progress?.done && (
        <Group>
          <Button size="compact-sm" variant="light" loading={completing.loading} onClick={() => void complete({ variables: { enrolmentId, unitId: unit.id } })}>
            {t('training.markDone')}
          </Button>
        </Group>
      )}
      <ErrorNote error={completing.error} />
    </Stack>
  );
}

function KnowledgeCheckForm({ unit, check, enrolmentId, onClose }: { unit: Unit; check: NonNullable<Unit['knowledgeCheck']>; enrolmentId: string; onClose: () => void }) {
  const t = useT();
  // The options chosen per question: one for a SINGLE question, any number for a MULTIPLE one.
  const [answers, setAnswers] = useState<Record<string, string[]>>({});
  const [missing, setMissing] = useState(false);
  const [submit, { data, loading, error, reset }] = useMutation(SubmitKnowledgeCheck);
  const result = data?.submitKnowledgeCheck;
  const chosen = (id: string) => answers[id] ?? [];
  const send = () => {
    if (check.questions.some((q) => chosen(q.id).length === 0)) return setMissing(true);
    setMissing(false);
    const list = check.questions.map((q) => (q.kind === 'MULTIPLE' ? { questionId: q.id, optionIds: chosen(q.id) } : { questionId: q.id, optionId: chosen(q.id)[0] }));
    void submit({ variables: { input: { enrolmentId, unitId: unit.id, answers: list } } }).catch(() => undefined);
  };
  if (result)
    return (
      <Alert color={result.passed ? 'green' : 'orange'} role="status" data-testid="check-result">
        <Stack gap="xs">
          <Text>{result.passed ? t('training.resultPassed', { score: result.score, passMark: result.passMark }) : t('training.resultFailed', { score: result.score, passMark: result.passMark })}</Text>
          <Group>
            {!result.passed && (
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => {
                  setAnswers({});
                  reset();
                }}
              >
                {t('training.checkAgain')}
              </Button>
            )}
            <Button size="compact-sm" variant="default" onClick={onClose}>
              {t('training.close')}
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  return (
    <Stack gap="sm" component="form" onSubmit={(e) => (e.preventDefault(), send())} aria-label={t('training.checkFor', { unit: unit.title })}>
      <Text size="sm" c="dimmed">
        {t('training.passMark', { passMark: check.passMark })}
      </Text>
      {check.questions.map((q, i) =>
        q.kind === 'MULTIPLE' ? (
          <Checkbox.Group
            key={q.id}
            label={`${i + 1}. ${q.text}`}
            description={t('training.chooseAll')}
            value={chosen(q.id)}
            onChange={(v) => setAnswers((a) => ({ ...a, [q.id]: v }))}
            error={missing && chosen(q.id).length === 0 ? t('training.answerThis') : undefined}
          >
            <Stack gap={6} mt={6}>
              {q.options.map((o) => (
                <Checkbox key={o.id} value={o.id} label={o.text} />
              ))}
            </Stack>
          </Checkbox.Group>
        ) : (
          <Radio.Group key={q.id} label={`${i + 1}. ${q.text}`} value={chosen(q.id)[0] ?? null} onChange={(v) => setAnswers((a) => ({ ...a, [q.id]: [v] }))} error={missing && chosen(q.id).length === 0 ? t('training.answerThis') : undefined}>
            <Stack gap={6} mt={6}>
              {q.options.map((o) => (
                <Radio key={o.id} value={o.id} label={o.text} />
              ))}
            </Stack>
          </Radio.Group>
        ),
      )}
      <ErrorNote error={error} />
      <Group>
        <Button type="submit" loading={loading}>
          {t('training.submitCheck')}
        </Button>
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
