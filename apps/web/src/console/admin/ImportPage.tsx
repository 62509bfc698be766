import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Code, FileInput, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { useT } from '../../i18n/LocaleProvider';
import type { ImportStaffCsvMutation, StartStaffImportMutation } from '../../gql/graphql';
import { ConsolePage, ErrorNote } from '../common';
import { AdminStaff, ImportStaffCsv, StaffImportJobProgress, StartStaffImport } from './admin.graphql';
import { countDataLines, groupRowErrors } from './csv';

const COLUMNS = 'first_name, last_name, email, position, supervises_others, hired_on, joined_institution_on, previous_institution_kind, institution, unit, shift_pattern, shift_offset_days, languages, line_manager_email';

type Result = ImportStaffCsvMutation['importStaff'];
type Job = StartStaffImportMutation['startStaffImport'];

/** How often a running import is asked for its progress. */
const POLL_MS = 500;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The staff CSV import: choose a file, check it (a dry run: every bad row with its line, field and
 * the API's message in the reader's language), then import it. The import runs on the server
 * (startStaffImport), which validates the whole file again and then writes it in chunks; the page
 * polls staffImportJob every POLL_MS and shows "N of M" on a determinate bar until it ends.
 */
export default function ImportPage() {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [checked, setChecked] = useState<Result | null>(null);
  const [imported, setImported] = useState<Result | null>(null);
  const [run, state] = useMutation(ImportStaffCsv);
  const [start, started] = useMutation(StartStaffImport);
  const client = useApolloClient();
  const [importing, setImporting] = useState(false);
  const [job, setJob] = useState<Job | null>(null);
  const [pollError, setPollError] = useState<Error | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const choose = async (f: File | null) => {
    setFile(f);
    setChecked(null);
    setImported(null);
    setJob(null);
    setCsv(null);
    setCsv(f ? await f.text() : null);
  };
  const dryRun = async () => {
    if (csv == null) return;
    setImported(null);
    const r = await run({ variables: { input: { csv, dryRun: true } } }).catch(() => null);
    setChecked(r?.data?.importStaff ?? null);
  };
  const doImport = async () => {
    if (csv == null) return;
    setImporting(true);
    setImported(null);
    setPollError(null);
    const r = await start({ variables: { input: { csv, dryRun: false } } }).catch(() => null);
    let current: Job | null = r?.data?.startStaffImport ?? null;
    setJob(current);
    while (current?.state === 'RUNNING' && mounted.current) {
      await wait(POLL_MS);
      const id: string = current.id;
      const q = await client.query({ query: StaffImportJobProgress, variables: { id }, fetchPolicy: 'network-only' }).catch((e: unknown) => {
        setPollError(e instanceof Error ? e : new Error(String(e)));
        return null;
      });
      if (!q?.data) break;
      current = q.data.staffImportJob;
      if (mounted.current) setJob(current);
    }
    if (!mounted.current) return;
    setImporting(false);
    if (current?.state === 'DONE') {
      setImported({ valid: true, rows: current.total, created: current.done, errors: [] });
      setChecked(null);
      setJob(null);
      void client.refetchQueries({ include: [AdminStaff] });
    } else if (current?.state === 'INVALID') {
      setChecked({ valid: false, rows: current.total, created: 0, errors: current.errors });
      setJob(null);
    }
  };
  const percent = job && job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
  const rows = csv == null ? 0 : countDataLines(csv);
  const lines = checked ? groupRowErrors(checked.errors) : [];
  return (
    <ConsolePage title={t('admin.import.title')}>
      <Text size="sm">{t('admin.import.help')}</Text>
      <Text size="sm">
        {t('admin.import.columns')} <Code>{COLUMNS}</Code>
      </Text>
      <FileInput label={t('admin.import.file')} accept=".csv,text/csv" value={file} onChange={(f) => void choose(f)} maw={420} />
      {csv != null && <Text size="sm">{t('admin.import.rows', { count: rows })}</Text>}
      <Group>
        <Button variant="outline" disabled={csv == null || importing} loading={state.loading && !importing} onClick={() => void dryRun()}>
          {t('admin.import.check')}
        </Button>
        <Button disabled={!checked?.valid || importing} onClick={() => void doImport()}>
          {t('admin.import.run', { count: checked?.rows ?? rows })}
        </Button>
      </Group>
      <ErrorNote error={state.error ?? started.error ?? pollError} />
      {importing && (
        <Stack gap={4} data-testid="import-progress">
          <Text size="sm" role="status" data-testid="import-progress-text">
            {job ? t('admin.import.job.progress', { done: job.done, total: job.total }) : t('admin.import.importing', { count: rows })}
          </Text>
          <Progress value={percent} aria-label={t('admin.import.job.label')} data-testid="import-progress-bar" />
        </Stack>
      )}
      {job?.state === 'FAILED' && (
        <Alert color="red" role="alert" data-testid="import-failed">
          <Text>{t('admin.import.job.failed', { done: job.done, total: job.total })}</Text>
          {job.errors.map((e) => (
            <Text size="sm" key={`${e.line}-${e.field}`}>
              {e.message}
            </Text>
          ))}
        </Alert>
      )}
      {checked?.valid && (
        <Alert color="green" role="status" data-testid="import-valid">
          {t('admin.import.valid', { count: checked.rows })}
        </Alert>
      )}
      {checked && !checked.valid && (
        <Stack gap="xs">
          <Alert color="red" role="alert" data-testid="import-invalid">
            {t('admin.import.invalid', { lines: lines.length, problems: checked.errors.length })}
          </Alert>
          <Table.ScrollContainer minWidth={640}>
            <Table withTableBorder>
              <Table.Caption>{t('admin.import.errorsCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.import.line')}</Table.Th>
                  <Table.Th scope="col">{t('admin.import.field')}</Table.Th>
                  <Table.Th scope="col">{t('admin.import.problem')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {lines.flatMap((l) =>
                  l.problems.map((p, i) => (
                    <Table.Tr key={`${l.line}-${i}`} data-testid="import-error" data-line={l.line} data-field={p.field}>
                      {i === 0 && (
                        <Table.Th scope="rowgroup" rowSpan={l.problems.length} fw={600}>
                          {t('admin.import.lineN', { line: l.line })}
                        </Table.Th>
                      )}
                      <Table.Td>
                        <Code>{p.field}</Code>
                      </Table.Td>
                      <Table.Td>{p.message}</Table.Td>
                    </Table.Tr>
                  )),
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
      {imported && (
        <Alert color="green" role="status" data-testid="import-done">
          <Text>{t('admin.import.done', { count: imported.created })}</Text>
          <Button component={Link} to="/console/admin/staff" variant="outline" size="compact-sm" mt="xs">
            {t('admin.import.toStaff')}
          </Button>
        </Alert>
      )}
    </ConsolePage>
  );
}
