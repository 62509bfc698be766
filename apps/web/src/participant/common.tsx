import type { ReactNode } from 'react';
import { Alert, Center, Loader, Stack, Title } from '@mantine/core';
import type { ErrorLike } from '@apollo/client';
import { useT } from '../i18n/LocaleProvider';

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
      <Loader aria-label={t('common.loading')} />
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
