import { useState } from 'react';
import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { useT } from '../i18n/LocaleProvider';
import { saveFile } from '../download';
import { ErrorNote, Page } from './common';
import { ExportPersonalData } from './inbox.graphql';

/** The file name of an export: the day it was made, nothing personal. */
export function exportFileName(exportedAt: string): string {
  return `m4pris-my-data-${exportedAt.slice(0, 10)}.json`;
}

/** Hands the export to the browser as a downloaded JSON file. */
function download(name: string, text: string) {
  saveFile(name, text, 'application/json');
}

/** My data: everything the platform holds about me, as one JSON file (GDPR art. 15 and 20). */
export default function MyDataPage() {
  const t = useT();
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function exportNow() {
    setBusy(true);
    setError(null);
    try {
      // Never from the cache: the export is made when asked for.
      const { data } = await client.query({ query: ExportPersonalData, fetchPolicy: 'no-cache' });
      if (!data) throw new Error('no data');
      const { exportedAt, data: json } = data.exportPersonalData;
      const name = exportFileName(exportedAt);
      download(name, `${JSON.stringify(JSON.parse(json), null, 2)}\n`);
      setDone(name);
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t('data.title')}>
      <Card withBorder component="section" aria-labelledby="data-export">
        <Stack gap="sm">
          <Title order={2} size="h3" id="data-export">
            {t('data.exportTitle')}
          </Title>
          <Text size="sm">{t('data.exportHelp')}</Text>
          <Button onClick={() => void exportNow()} loading={busy}>
            {t('data.download')}
          </Button>
          {done && (
            <Alert color="green" role="status">
              {t('data.downloaded', { file: done })}
            </Alert>
          )}
          <ErrorNote error={error} />
        </Stack>
      </Card>
    </Page>
  );
}
