import { useState } from 'react';
import { Alert, Button, Code, FileInput, Group, Loader, Progress, Stack, Table, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { useT } from '../../i18n/LocaleProvider';
import type { ImportStaffCsvMutation } from '../../gql/graphql';
import { ConsolePage, ErrorNote } from '../common';
import { AdminStaff, ImportStaffCsv } from './admin.graphql';
import { countDataLines, groupRowErrors } from './csv';

const COLUMNS = 'first_name, last_name, email, position, supervises_others, hired_on, joined_institution_on, previous_institution_kind, institution, unit, shift_pattern, shift_offset_days, languages, line_manager_email';

type Result = ImportStaffCsvMutation['importStaff'];

/**
 * The staff CSV import: choose a file, check it (a dry run: every bad row with its line, field and
 * the API's message in the reader's language), then import it. The API imports all rows or none in
 * one request and reports no progress of its own, so the page shows an indeterminate bar while it works.
 */
export default function ImportPage() {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [checked, setChecked] = useState<Result | null>(null);
  const [imported, setImported] = useState<Result | null>(null);
  const [run, state] = useMutation(ImportStaffCsv);
  const [importing, setImporting] = useState(false);

  const choose = async (f: File | null) => {
    setFile(f);
    setChecked(null);
    setImported(null);
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
    const r = await run({ variables: { input: { csv, dryRun: false } }, refetchQueries: [AdminStaff] }).catch(() => null);
    setImporting(false);
    const result = r?.data?.importStaff ?? null;
    if (result?.valid) {
      setImported(result);
      setChecked(null);
    } else setChecked(result);
  };
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
      <ErrorNote error={state.error} />
      {importing && (
        <Stack gap={4} data-testid="import-progress">
          <Group gap="xs">
            <Loader size="xs" aria-hidden />
            <Text size="sm" role="status">
              {t('admin.import.importing', { count: rows })}
            </Text>
          </Group>
          <Progress value={100} striped animated aria-hidden />
        </Stack>
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
