import { useState } from 'react';
import { Alert, Button, Card, Group, Progress, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useT } from '../../i18n/LocaleProvider';
import type { MessageId } from '../../i18n/locales';
import type { ExportForm, InstrumentCode, ReportBreakdown, SurveyWaveKind } from '../../gql/graphql';
import { ConsolePage, ErrorNote, Loading, Tag } from '../common';
import { ResearchCodebook, ResearchExport, ResearchOutcomes, ResearchPlan, ResearchPrePost, ResearchProgrammes, ResearchResponseFlow } from './research.graphql';
import { downloadText, figure, joinExportPages } from './download';
import { InstrumentWording } from './InstrumentWording';

const WAVES: SurveyWaveKind[] = ['BASELINE', 'MIDPOINT', 'CLOSURE', 'FOLLOW_UP'];
const FLOW = ['notStarted', 'started', 'completed', 'expired'] as const;
const FLOW_LABEL: Record<(typeof FLOW)[number] | 'invited', MessageId> = {
  invited: 'research.flow.invited',
  notStarted: 'research.flow.notStarted',
  started: 'research.flow.started',
  completed: 'research.flow.completed',
  expired: 'research.flow.expired',
};
const FLOW_COLOUR = { notStarted: '#868e96', started: '#e8590c', completed: '#2b8a3e', expired: '#364fc7' };

/**
 * The researcher's desk: the survey plan, the response flow, the pre/post report (suppressed cells
 * are said to be suppressed, never shown as zero), programme outcomes, the codebook and the
 * pseudonymised exports as downloads; and the licensed wording of the instruments per language.
 * Everything here is the researcher's by the authorisation
 * matrix; the API decides what is suppressed, this page only shows it.
 */
export default function ResearchPage() {
  const t = useT();
  const programmes = useQuery(ResearchProgrammes);
  const [chosen, setChosen] = useState<string | null>(null);
  const items = programmes.data?.programmes.items ?? [];
  const programmeId = chosen ?? items[0]?.id ?? null;
  return (
    <ConsolePage title={t('research.title')}>
      <ErrorNote error={programmes.error} />
      {programmes.loading && <Loading />}
      {programmes.data && items.length === 0 && <Alert color="gray">{t('research.noProgrammes')}</Alert>}
      {items.length > 0 && (
        <Select
          label={t('research.programme')}
          data={items.map((p) => ({ value: p.id, label: p.name }))}
          value={programmeId}
          allowDeselect={false}
          maw={420}
          onChange={(v) => v && setChosen(v)}
        />
      )}
      {programmeId && (
        <>
          <PlanSection programmeId={programmeId} />
          <FlowSection programmeId={programmeId} />
          <PrePostSection programmeId={programmeId} />
          <OutcomesSection programmeId={programmeId} />
          <DownloadsSection programmeId={programmeId} />
        </>
      )}
      {programmes.data && <InstrumentWording />}
    </ConsolePage>
  );
}

/** A striped table that scrolls sideways on a phone: its header cells, then its rows. */
function DataTable({ minWidth, caption, head, children }: { minWidth: number; caption?: string; head: React.ReactNode; children: React.ReactNode }) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped>
        {caption && <Table.Caption>{caption}</Table.Caption>}
        <Table.Thead>
          <Table.Tr>{head}</Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      <Stack gap="sm">{children}</Stack>
    </Card>
  );
}

/** "Suppressed" where a count or a cell is held back: never an empty cell or a zero. */
function Suppressed() {
  const t = useT();
  return (
    <Tag color="gray.8" size="sm" data-testid="suppressed">
      {t('research.suppressed')}
    </Tag>
  );
}

function useInstrument() {
  const t = useT();
  return (code: InstrumentCode) => t(`instrument.${code}`);
}

function PlanSection({ programmeId }: { programmeId: string }) {
  const t = useT();
  const intl = useIntl();
  const instrument = useInstrument();
  const { data, loading, error } = useQuery(ResearchPlan, { variables: { programmeId } });
  const plan = data?.surveyPlan;
  return (
    <Section title={t('research.plan.title')}>
      <ErrorNote error={error} />
      {loading && <Loading />}
      {data && !plan && <Text size="sm">{t('research.plan.none')}</Text>}
      {plan && (
        <>
          <Text size="sm">{t('research.plan.version', { version: plan.version, date: intl.formatDate(plan.updatedAt, { dateStyle: 'medium' }) })}</Text>
          <DataTable minWidth={560} head={
            <>
              <Table.Th>{t('research.wave')}</Table.Th>
              <Table.Th>{t('research.plan.due')}</Table.Th>
              <Table.Th>{t('research.plan.mentees')}</Table.Th>
              <Table.Th>{t('research.plan.mentors')}</Table.Th>
            </>
          }>
            {plan.waves.map((w) => (
              <Table.Tr key={w.kind}>
                <Table.Td>{t(`researchWave.${w.kind}`)}</Table.Td>
                <Table.Td>{t('research.plan.days', { days: w.dueWithinDays })}</Table.Td>
                <Table.Td>{w.menteeInstruments.map(instrument).join(', ') || '—'}</Table.Td>
                <Table.Td>{w.mentorInstruments.map(instrument).join(', ') || '—'}</Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        </>
      )}
    </Section>
  );
}

function FlowSection({ programmeId }: { programmeId: string }) {
  const t = useT();
  const intl = useIntl();
  const { data, loading, error } = useQuery(ResearchResponseFlow, { variables: { programmeId } });
  const waves = data?.surveyResponseFlow.waves ?? [];
  const rows = waves.map((w) => ({ name: t(`researchWave.${w.wave}`), ...Object.fromEntries(FLOW.map((k) => [k, w[k] ?? undefined])) }));
  return (
    <Section title={t('research.flow.title')}>
      <ErrorNote error={error} />
      {loading && <Loading />}
      {data && waves.length === 0 && <Text size="sm">{t('research.flow.none')}</Text>}
      {waves.length > 0 && (
        <>
          <div style={{ width: '100%', height: 220 }} aria-hidden="true">
            <ResponsiveContainer>
              <BarChart accessibilityLayer={false} data={rows} margin={{ left: 0, right: 8, top: 8, bottom: 0 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="name" tick={{ fontSize: 12, fill: '#343a40' }} interval={0} />
                <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: '#343a40' }} width={32} />
                <Tooltip />
                <Legend />
                {FLOW.map((k) => (
                  <Bar key={k} dataKey={k} name={t(FLOW_LABEL[k])} stackId="flow" fill={FLOW_COLOUR[k]} isAnimationActive={false} />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </div>
          <Text size="sm">{t('research.flow.chartNote')}</Text>
          <DataTable minWidth={560} head={
            <>
              <Table.Th>{t('research.wave')}</Table.Th>
              {(['invited', ...FLOW] as const).map((k) => (
                <Table.Th key={k}>{t(FLOW_LABEL[k])}</Table.Th>
              ))}
            </>
          }>
            {waves.map((w) => (
              <Table.Tr key={w.wave} data-testid="flow-row">
                <Table.Td>{t(`researchWave.${w.wave}`)}</Table.Td>
                {(['invited', ...FLOW] as const).map((k) => (
                  <Table.Td key={k}>{w[k] == null ? <Suppressed /> : intl.formatNumber(w[k])}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </DataTable>
        </>
      )}
    </Section>
  );
}

const BREAKDOWNS: { value: ReportBreakdown | 'OVERALL'; label: MessageId }[] = [
  { value: 'OVERALL', label: 'research.prePost.overall' },
  { value: 'COUNTRY', label: 'research.prePost.byCountry' },
  { value: 'INSTITUTION', label: 'research.prePost.byInstitution' },
  { value: 'ROLE', label: 'research.prePost.byRole' },
];

function PrePostSection({ programmeId }: { programmeId: string }) {
  const t = useT();
  const intl = useIntl();
  const instrument = useInstrument();
  const [breakdown, setBreakdown] = useState<ReportBreakdown | 'OVERALL'>('OVERALL');
  const [post, setPost] = useState<SurveyWaveKind>('CLOSURE');
  const { data, loading, error } = useQuery(ResearchPrePost, {
    variables: { input: { programmeId, pre: 'BASELINE', post, breakdown: breakdown === 'OVERALL' ? null : breakdown } },
  });
  const report = data?.prePostReport;
  const n2 = (n: number) => intl.formatNumber(n, { maximumFractionDigits: 2, minimumFractionDigits: 2 });
  const p = (n: number) => (n < 0.001 ? '< 0.001' : intl.formatNumber(n, { maximumFractionDigits: 3, minimumFractionDigits: 3 }));
  return (
    <Section title={t('research.prePost.title')}>
      <Group gap="md" align="end">
        <Select
          label={t('research.prePost.breakdown')}
          data={BREAKDOWNS.map((b) => ({ value: b.value, label: t(b.label) }))}
          value={breakdown}
          allowDeselect={false}
          maw={260}
          onChange={(v) => v && setBreakdown(v)}
        />
        <Select
          label={t('research.prePost.post')}
          data={WAVES.filter((w) => w !== 'BASELINE').map((w) => ({ value: w, label: t(`researchWave.${w}`) }))}
          value={post}
          allowDeselect={false}
          maw={220}
          onChange={(v) => v && setPost(v)}
        />
      </Group>
      <ErrorNote error={error} />
      {loading && <Loading />}
      {report && (
        <>
          <Text size="sm">{t('research.prePost.rule', { k: report.minCell, kSensitive: report.minCellSensitive })}</Text>
          {report.cells.length === 0 ? (
            <Text size="sm">{t('research.prePost.none')}</Text>
          ) : (
            <DataTable minWidth={900} head={
              <>
                {breakdown !== 'OVERALL' && <Table.Th>{t('research.prePost.group')}</Table.Th>}
                <Table.Th>{t('research.prePost.score')}</Table.Th>
                <Table.Th>{t('research.prePost.pairs')}</Table.Th>
                <Table.Th>{t('research.prePost.pre')}</Table.Th>
                <Table.Th>{t('research.prePost.postMean')}</Table.Th>
                <Table.Th>{t('research.prePost.change')}</Table.Th>
                <Table.Th>{t('research.prePost.dz')}</Table.Th>
                <Table.Th>{t('research.prePost.p')}</Table.Th>
                <Table.Th>{t('research.prePost.wilcoxon')}</Table.Th>
              </>
            }>
              {report.cells.map((c) => (
                <Table.Tr key={`${c.group ?? ''}|${c.instrumentCode}|${c.score}`} data-testid={c.suppressed ? 'cell-suppressed' : 'cell-shown'}>
                  {breakdown !== 'OVERALL' && <Table.Td>{c.group ?? '—'}</Table.Td>}
                  <Table.Td>
                    {instrument(c.instrumentCode)} · {c.score}
                  </Table.Td>
                  {c.suppressed ? (
                    <Table.Td colSpan={7}>
                      <Suppressed />
                    </Table.Td>
                  ) : (
                    <>
                      <Table.Td>{c.pairs == null ? <Suppressed /> : intl.formatNumber(c.pairs)}</Table.Td>
                      <Table.Td>{figure(c.preMean, n2) ?? '—'}</Table.Td>
                      <Table.Td>{figure(c.postMean, n2) ?? '—'}</Table.Td>
                      <Table.Td>
                        {figure(c.meanChange, n2) ?? '—'}
                        {c.ciLow != null && c.ciHigh != null && ` (${n2(c.ciLow)} – ${n2(c.ciHigh)})`}
                      </Table.Td>
                      <Table.Td>{figure(c.dz, n2) ?? t('research.prePost.undefined')}</Table.Td>
                      <Table.Td>{figure(c.pValue, p) ?? '—'}</Table.Td>
                      <Table.Td>{figure(c.wilcoxonP, p) ?? '—'}</Table.Td>
                    </>
                  )}
                </Table.Tr>
              ))}
            </DataTable>
          )}
        </>
      )}
    </Section>
  );
}

function OutcomesSection({ programmeId }: { programmeId: string }) {
  const t = useT();
  const intl = useIntl();
  const { data, loading, error } = useQuery(ResearchOutcomes, { variables: { programmeId } });
  const o = data?.programmeOutcomes;
  const count = (n: number | null | undefined) => (n == null ? <Suppressed /> : intl.formatNumber(n));
  const share = (n: number | null | undefined) => (n == null ? <Suppressed /> : intl.formatNumber(n, { style: 'percent', maximumFractionDigits: 0 }));
  return (
    <Section title={t('research.outcomes.title')}>
      <ErrorNote error={error} />
      {loading && <Loading />}
      {o && (
        <>
          <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }}>
            <Figure label={t('research.outcomes.duosFormed')}>{count(o.duosFormed)}</Figure>
            <Figure label={t('research.outcomes.active')}>{count(o.activeDuos)}</Figure>
            <Figure label={t('research.outcomes.closed')}>{count(o.closedDuos)}</Figure>
            <Figure label={t('research.outcomes.endedEarly')}>{count(o.endedEarly)}</Figure>
            <Figure label={t('research.outcomes.meetings')}>{count(o.meetingsLogged)}</Figure>
          </SimpleGrid>
          {o.retention.length > 0 && (
            <DataTable minWidth={560} caption={t('research.outcomes.retention')} head={
              <>
                <Table.Th>{t('research.outcomes.months')}</Table.Th>
                <Table.Th>{t('research.outcomes.mentees')}</Table.Th>
                <Table.Th>{t('research.outcomes.menteesRetained')}</Table.Th>
                <Table.Th>{t('research.outcomes.comparison')}</Table.Th>
                <Table.Th>{t('research.outcomes.comparisonRetained')}</Table.Th>
              </>
            }>
              {o.retention.map((r) => (
                <Table.Tr key={r.months}>
                  <Table.Td>{intl.formatNumber(r.months)}</Table.Td>
                  <Table.Td>{count(r.mentees)}</Table.Td>
                  <Table.Td>{share(r.menteesRetained)}</Table.Td>
                  <Table.Td>{count(r.comparison)}</Table.Td>
                  <Table.Td>{share(r.comparisonRetained)}</Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          )}
        </>
      )}
    </Section>
  );
}

function Figure({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Card withBorder>
      <Text size="sm">{label}</Text>
      <Text fz={24} fw={700} component="div">
        {children}
      </Text>
    </Card>
  );
}

/** Codebook and exports as files; an export is fetched page by page with its progress shown. */
function DownloadsSection({ programmeId }: { programmeId: string }) {
  const t = useT();
  const client = useApolloClient();
  const [wave, setWave] = useState<SurveyWaveKind>('BASELINE');
  const [form, setForm] = useState<ExportForm>('LONG');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const codebook = async () => {
    setError(null);
    try {
      const { data } = await client.query({ query: ResearchCodebook, variables: { programmeId }, fetchPolicy: 'no-cache' });
      if (!data) return;
      const name = `codebook-${programmeId.slice(0, 8)}.csv`;
      downloadText(name, data.surveyCodebook.csv);
      setSaved(name);
    } catch (e) {
      setError(e as Error);
    }
  };

  const exportWave = async () => {
    setError(null);
    setSaved(null);
    try {
      const pages: string[] = [];
      let header = '';
      let offset: number | null = 0;
      setProgress({ done: 0, total: 0 });
      while (offset != null) {
        const { data }: { data?: { surveyExport: { header: string; csv: string; rows: number; total: number; nextOffset?: number | null } } } = await client.query({
          query: ResearchExport,
          variables: { input: { programmeId, wave, form, offset, limit: 500 } },
          fetchPolicy: 'no-cache',
        });
        if (!data) break;
        header = data.surveyExport.header;
        pages.push(data.surveyExport.csv);
        const done: number = offset + data.surveyExport.rows;
        setProgress({ done, total: data.surveyExport.total });
        offset = data.surveyExport.nextOffset ?? null;
      }
      const name = `export-${wave.toLowerCase()}-${form.toLowerCase()}-${programmeId.slice(0, 8)}.csv`;
      downloadText(name, joinExportPages(header, pages));
      setSaved(name);
    } catch (e) {
      setError(e as Error);
    } finally {
      setProgress(null);
    }
  };

  return (
    <Section title={t('research.downloads.title')}>
      <Text size="sm">{t('research.downloads.explain')}</Text>
      <ErrorNote error={error ?? undefined} />
      <Group gap="md" align="end">
        <Select
          label={t('research.wave')}
          data={WAVES.map((w) => ({ value: w, label: t(`researchWave.${w}`) }))}
          value={wave}
          allowDeselect={false}
          maw={220}
          onChange={(v) => v && setWave(v)}
        />
        <Select
          label={t('research.downloads.form')}
          data={[
            { value: 'LONG', label: t('research.downloads.long') },
            { value: 'WIDE', label: t('research.downloads.wide') },
          ]}
          value={form}
          allowDeselect={false}
          maw={260}
          onChange={(v) => v && setForm(v)}
        />
        <Button onClick={() => void exportWave()} loading={progress != null}>
          {t('research.downloads.export')}
        </Button>
        <Button variant="outline" onClick={() => void codebook()}>
          {t('research.downloads.codebook')}
        </Button>
      </Group>
      {progress && (
        <Stack gap={4}>
          <Progress value={progress.total ? (100 * progress.done) / progress.total : 0} aria-label={t('research.downloads.progress', { done: progress.done, total: progress.total })} />
          <Text size="sm">{t('research.downloads.progress', { done: progress.done, total: progress.total })}</Text>
        </Stack>
      )}
      {saved && (
        <Text size="sm" role="status">
          {t('research.downloads.saved', { file: saved })}
        </Text>
      )}
    </Section>
  );
}
