import type { ReactNode } from 'react';
import { Alert, Center, Loader, Stack, Title } from '@mantine/core';
import type { ErrorLike } from '@apollo/client';
import { useT } from '../i18n/LocaleProvider';
import type { MessageId } from '../i18n/locales';
import type { SendStatus } from '../offline/useQueuedSend';

export function Page({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack component="section" maw={720} gap="md">
      <Title order={1} size="h2">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

export function Loading() {
  const t = useT();
  return (
    <Center h={120}>
      <Loader role="status" aria-label={t('common.loading')} />
    </Center>
  );
}

export function ErrorNote({ error }: { error: ErrorLike | null | undefined }) {
  const t = useT();
  if (!error) return null;
  return (
    <Alert color="red" role="alert">
      {t('common.error', { message: error.message })}
    </Alert>
  );
}

/** What became of something sent through the offline queue, said plainly. */
export function SendStatusNote({ status, done }: { status: SendStatus; done: MessageId }) {
  const t = useT();
  if (status === 'done') return <Alert color="green" role="status">{t(done)}</Alert>;
  if (status === 'queued') return <Alert color="yellow" role="status">{t('offline.queued')}</Alert>;
  if (status === 'sent') return <Alert color="green" role="status">{t('offline.sent')}</Alert>;
  if (status === 'offline') return <Alert color="orange" role="alert">{t('offline.sharedNotKept')}</Alert>;
  return null;
}
