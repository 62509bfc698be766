import { Alert, List } from '@mantine/core';
import { useT } from '../../i18n/LocaleProvider';
import { unshown, type Refusal } from './setup';

/**
 * What the API refused that no field of the form shows (the fields show their own message), in the
 * reader's language, every message at once.
 */
export function RefusalNote({ refusal, shown }: { refusal: Refusal | null; shown: readonly string[] }) {
  const t = useT();
  const rest = unshown(refusal, shown);
  if (!refusal) return null;
  if (rest.length === 0)
    return (
      <Alert color="red" role="alert">
        {t('setup.refusedFields')}
      </Alert>
    );
  return (
    <Alert color="red" role="alert" title={t('setup.refused')}>
      <List size="sm">
        {rest.map((m, i) => (
          <List.Item key={i}>{m}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
