import { useState, type FormEvent, type ReactNode } from 'react';
import { Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useT } from '../../i18n/LocaleProvider';
import { LOCALES, LOCALE_NAMES, type Locale } from '../../i18n/locales';
import type { MessageId } from '../../i18n/locales';
import { Tag } from '../common';
import { missingLocales, refusalOf, writtenIn, type PerLocale } from './texts';
import { RefusalNote } from '../RefusalNote';

export function localeName(l: string): string {
  return LOCALE_NAMES[l as Locale] ?? l;
}

/** Which languages a text still lacks (nothing when it is in all five). */
export function Missing({ texts, base }: { texts: PerLocale<string | undefined>[]; base: string }) {
  const t = useT();
  const missing = LOCALES.filter((l) => texts.some((x) => missingLocales(x, base).includes(l)));
  if (missing.length === 0) return null;
  return (
    <Tag size="xs" color="violet.9" data-testid="missing-languages">
      {t('courses.missing', { languages: missing.map(localeName).join(', ') })}
    </Tag>
  );
}

/** The language picker of a text being edited: the base language marked, untranslated ones marked. */
export function LanguagePicker({ value, onChange, base, missing }: { value: Locale; onChange: (l: Locale) => void; base: string; missing: Locale[] }) {
  const t = useT();
  return (
    <Select
      label={t('courses.editing')}
      data={LOCALES.map((l) => ({
        value: l,
        label: l === base ? t('courses.localeBase', { language: localeName(l) }) : missing.includes(l) ? t('courses.localeMissing', { language: localeName(l) }) : localeName(l),
      }))}
      value={value}
      onChange={(v) => v && onChange(v)}
      allowDeselect={false}
    />
  );
}

export interface TextField {
  name: string;
  label: MessageId;
  multiline?: boolean;
  /** May be left empty (a description); a title may not. */
  optional?: boolean;
}

/**
 * Edits one object's texts (a course's, a module's, a unit's) in one language at a time: the
 * language picker, each text as written in that language (empty where not yet translated, with the
 * base text as a hint), language-independent fields (`extra`, e.g. a unit's minutes) after them,
 * and the API's refusal next to each field. Mounted when opened: it starts from the texts as they are then.
 */
export function TextEditor({
  onClose,
  heading,
  base,
  fields,
  texts,
  extra,
  extraFields = [],
  save,
}: {
  onClose: () => void;
  heading: string;
  base: string;
  fields: TextField[];
  texts: Record<string, PerLocale<string | undefined>>;
  extra?: (locale: Locale, fieldErrors: Record<string, string>) => ReactNode;
  extraFields?: string[];
  save: (locale: Locale, values: Record<string, string>) => Promise<unknown>;
}) {
  const t = useT();
  const valuesIn = (l: Locale) => Object.fromEntries(fields.map((f) => [f.name, writtenIn(texts[f.name] ?? {}, l)]));
  const [locale, setLocale] = useState<Locale>(base as Locale);
  const [values, setValues] = useState<Record<string, string>>(() => valuesIn(base as Locale));
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const load = (l: Locale) => {
    setLocale(l);
    setError(null);
    setValues(valuesIn(l));
  };
  const missing = LOCALES.filter((l) => fields.some((f) => missingLocales(texts[f.name] ?? {}, base).includes(l)));
  const refusal = refusalOf(error, [...fields.map((f) => f.name), ...extraFields]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    // An untouched empty optional text is not sent: it would write an empty translation.
    const sent = Object.fromEntries(Object.entries(values).filter(([k, v]) => v.trim() !== '' || !fields.find((f) => f.name === k)?.optional));
    save(locale, sent)
      .then(() => onClose())
      .catch((err: unknown) => setError(err))
      .finally(() => setSaving(false));
  };
  return (
    <Modal opened onClose={onClose} title={heading} closeButtonProps={{ 'aria-label': t('console.close') }} size="lg">
      <form onSubmit={submit} aria-label={heading}>
        <Stack gap="sm">
          <LanguagePicker value={locale} onChange={load} base={base} missing={missing} />
          {fields.map((f) => {
            const hint = locale !== base ? (texts[f.name]?.[base as Locale] ?? '') : '';
            const common = {
              key: f.name,
              label: t(f.label),
              value: values[f.name] ?? '',
              error: refusal.fields[f.name],
              description: hint ? t('courses.inBase', { language: localeName(base), text: hint }) : undefined,
              onChange: (e: { currentTarget: { value: string } }) => {
                const v = e.currentTarget.value;
                setValues((all) => ({ ...all, [f.name]: v }));
              },
            };
            return f.multiline ? <Textarea {...common} autosize minRows={2} /> : <TextInput {...common} />;
          })}
          {extra?.(locale, refusal.fields)}
          <RefusalNote refusal={refusal} />
          <Group>
            <Button type="submit" loading={saving}>
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

/** Asks before something is removed from the course. */
export function ConfirmRemove({ name, text, onClose, onConfirm }: { name: string; text: string; onClose: () => void; onConfirm: () => Promise<unknown> }) {
  const t = useT();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const heading = t('courses.remove.title', { name });
  return (
    <Modal opened onClose={onClose} title={heading} closeButtonProps={{ 'aria-label': t('console.close') }}>
      <Stack gap="sm">
        <Text size="sm">{text}</Text>
        <RefusalNote refusal={refusalOf(error, [])} />
        <Group>
          <Button
            color="red.9"
            loading={busy}
            onClick={() => {
              setBusy(true);
              onConfirm()
                .then(() => onClose())
                .catch((err: unknown) => setError(err))
                .finally(() => setBusy(false));
            }}
          >
            {t('courses.remove.confirm')}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
