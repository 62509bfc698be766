import { Alert, List } from '@mantine/core';
import { useT } from '../i18n/LocaleProvider';
import type { Refusal } from './refusal';

/**
 * The one note every console form shows under its fields when the API refused it (after
 * `splitRefusal`): every message no field of the form shows, at once, in the reader's language; when
 * the fields show them all, that the fields say what is wrong. Nothing when nothing was refused.
 * `shown`: the fields the form shows messages at (default: every field of the refusal, as when the
 * refusal was split with `placed`).
 */
export function RefusalNote({ refusal, shown }: { refusal: Refusal | null | undefined; shown?: readonly string[] }) {
  const t = useT();
  if (!refusal) return null;
  const atFields = Object.keys(refusal.fields);
  const rest = [...(shown ? atFields.filter((f) => !shown.includes(f)).map((f) => refusal.fields[f]) : []), ...refusal.other];
  if (rest.length === 0) {
    if (atFields.length === 0) return null;
    return (
      <Alert color="red" role="alert">
        {t('console.refusal.seeFields')}
      </Alert>
    );
  }
  return (
    <Alert color="red" role="alert" title={t('console.refusal.notSaved')}>
      <List size="sm">
        {rest.map((m, i) => (
          <List.Item key={i}>{m}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
