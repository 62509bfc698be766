import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useT } from '../../i18n/LocaleProvider';
import { LOCALES, type Locale } from '../../i18n/locales';
import type { EditorCourseFragment, QuestionKind } from '../../gql/graphql';
import { Loading } from '../common';
import { EditorAnswerKey, UpdateQuestion } from './courses.graphql';
import { LanguagePicker, localeName } from './TextEditor';
import { RefusalNote } from '../RefusalNote';
import { missingLocales, perLocale, refusalOf, writtenIn, type PerLocale } from './texts';

type Question = NonNullable<EditorCourseFragment['modules'][number]['units'][number]['knowledgeCheck']>['questions'][number];
const KINDS: QuestionKind[] = ['SINGLE', 'MULTIPLE'];

/** A question's texts (its own and each option's) per language, from the API's lists of translations. */
export function questionTexts(question: Question) {
  return {
    text: perLocale(question.textTranslations),
    options: question.options.map((o) => ({ id: o.id, texts: perLocale(question.optionTranslations.filter((t) => t.optionId === o.id)) })),
  };
}

interface Draft {
  id?: string;
  text: string;
  right: boolean;
}

/**
 * Edits a question in one language at a time. In the base language: the kind, the text, the options
 * (change, add, remove) and the right answers; in another: the text and every option's translation
 * (the right answers are the same in every language). Opens once the answer key has come.
 */
export function QuestionEditor(props: { course: EditorCourseFragment; question: Question; onClose: () => void }) {
  const t = useT();
  const key = useQuery(EditorAnswerKey, { variables: { courseId: props.course.id }, fetchPolicy: 'network-only' });
  const heading = t('courses.editLabel', { name: props.question.text });
  if (!key.data) {
    return (
      <Modal opened onClose={props.onClose} title={heading} closeButtonProps={{ 'aria-label': t('console.close') }} size="lg">
        {key.error ? <RefusalNote refusal={refusalOf(key.error, [])} /> : <Loading />}
      </Modal>
    );
  }
  const right = key.data.courseAnswerKey.find((k) => k.questionId === props.question.id)?.correctOptionIds ?? [];
  return <QuestionForm {...props} right={right} heading={heading} />;
}

function QuestionForm({ course, question, onClose, right, heading }: { course: EditorCourseFragment; question: Question; onClose: () => void; right: string[]; heading: string }) {
  const t = useT();
  const base = course.baseLocale;
  const texts = questionTexts(question);
  const [update, { loading }] = useMutation(UpdateQuestion);
  const draftsIn = (l: Locale): Draft[] => texts.options.map((o) => ({ id: o.id, text: writtenIn(o.texts, l), right: right.includes(o.id) }));
  const [locale, setLocale] = useState<Locale>(base as Locale);
  const [kind, setKind] = useState<QuestionKind>(question.kind);
  const [text, setText] = useState(() => writtenIn(texts.text, base as Locale));
  const [options, setOptions] = useState<Draft[]>(() => draftsIn(base as Locale));
  const [error, setError] = useState<unknown>(null);
  const load = (l: Locale) => {
    setLocale(l);
    setError(null);
    setKind(question.kind);
    setText(writtenIn(texts.text, l));
    setOptions(draftsIn(l));
  };
  const inBase = locale === base;
  const missing = LOCALES.filter((l) => [texts.text, ...texts.options.map((o) => o.texts)].some((x) => missingLocales(x, base).includes(l)));
  const refusal = refusalOf(error, ['text', 'options', 'correctOptions', 'kind']);
  const hint = (x: PerLocale<string | undefined>) => (inBase ? undefined : t('courses.inBase', { language: localeName(base), text: x[base as Locale] ?? '' }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = inBase
      ? {
          courseId: course.id,
          questionId: question.id,
          locale,
          kind,
          text,
          options: options.filter((o) => o.id || o.text.trim()).map((o) => ({ ...(o.id ? { id: o.id } : {}), text: o.text })),
          correctOptions: options.filter((o) => o.id || o.text.trim()).flatMap((o, i) => (o.right ? [i] : [])),
        }
      : { courseId: course.id, questionId: question.id, locale, text, options: options.map((o) => ({ id: o.id, text: o.text })) };
    update({ variables: { input } })
      .then(() => onClose())
      .catch((err: unknown) => setError(err));
  };
  return (
    <Modal opened onClose={onClose} title={heading} closeButtonProps={{ 'aria-label': t('console.close') }} size="lg">
      <form onSubmit={submit} aria-label={heading}>
        <Stack gap="sm">
          <LanguagePicker value={locale} onChange={load} base={base} missing={missing} />
          {inBase ? (
            <Select label={t('courses.kind')} data={KINDS.map((k) => ({ value: k, label: t(`courses.kind.${k}`) }))} value={kind} onChange={(v) => v && setKind(v)} allowDeselect={false} error={refusal.fields.kind} />
          ) : (
            <Text size="sm">{t('courses.rightOnlyInBase', { language: localeName(base) })}</Text>
          )}
          <TextInput label={t('courses.questionText')} value={text} onChange={(e) => setText(e.currentTarget.value)} error={refusal.fields.text} description={hint(texts.text)} />
          {options.map((o, i) => (
            <Group key={o.id ?? `new-${i}`} align="end" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                label={t('courses.option', { n: i + 1 })}
                value={o.text}
                description={o.id ? hint(texts.options.find((x) => x.id === o.id)?.texts ?? {}) : undefined}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  setOptions((all) => all.map((x, j) => (j === i ? { ...x, text: v } : x)));
                }}
              />
              {inBase && (
                <>
                  <Checkbox
                    label={t('courses.rightAnswer', { n: i + 1 })}
                    checked={o.right}
                    onChange={(e) => {
                      const v = e.currentTarget.checked;
                      setOptions((all) => all.map((x, j) => (j === i ? { ...x, right: v } : x)));
                    }}
                    mb={8}
                  />
                  <Button variant="outline" color="red.9" size="compact-sm" mb={6} aria-label={t('courses.removeOption', { n: i + 1 })} onClick={() => setOptions((all) => all.filter((_, j) => j !== i))}>
                    {t('courses.remove')}
                  </Button>
                </>
              )}
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
          {inBase && (
            <Group>
              <Button variant="light" size="compact-sm" onClick={() => setOptions((all) => [...all, { text: '', right: false }])}>
                {t('courses.addOption')}
              </Button>
            </Group>
          )}
          <RefusalNote refusal={refusal} />
          <Group>
            <Button type="submit" loading={loading}>
              {t('courses.save')}
            </Button>
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
