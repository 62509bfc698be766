import { Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { Bar, BarChart, CartesianGrid, Cell, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useT } from '../../i18n/LocaleProvider';
import type { MessageId } from '../../i18n/locales';
import { ConsolePage, ErrorNote, Loading, useSelectedCohort } from '../common';
import { FUNCTION_LABEL } from '../applications/ApplicationsPage';
import { ATTENTION_LABEL, DUO_STATE } from '../duos/DuosPage';
import { CohortDashboard } from './dashboard.graphql';
import { duosByState, pipeline, weekly } from './figures';

const STAGE: Record<'applied' | 'accepted' | 'duos', MessageId> = { applied: 'console.dashboard.applied', accepted: 'console.dashboard.accepted', duos: 'console.dashboard.duos' };
const COLOURS = ['#364fc7', '#2b8a3e', '#e8590c', '#868e96'];

/** The cohort at a glance: figures and charts (recharts, loaded with this page only). */
export default function DashboardPage() {
  const t = useT();
  const intl = useIntl();
  const { cohort, picker } = useSelectedCohort();
  const { data, loading, error } = useQuery(CohortDashboard, { variables: { cohortId: cohort?.id ?? '' }, skip: !cohort });
  const d = data?.cohortDashboard;
  // A week is named by its Monday, in the reader's locale (e.g. "30 Nov", "30. nov.").
  const weeks = d && weekly(d, (monday) => intl.formatDate(`${monday}T12:00:00`, { day: 'numeric', month: 'short' }));
  return (
    <ConsolePage title={t('console.dashboard.title')}>
      {picker}
      <ErrorNote error={error} />
      {loading && <Loading />}
      {d && (
        <>
          <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }}>
            <Figure label={t('console.dashboard.activeDuos')} value={intl.formatNumber(d.activeDuos)} />
            <Figure label={t('console.dashboard.meetings')} value={intl.formatNumber(d.meetings)} />
            <Figure label={t('console.dashboard.meetingsPerDuo')} value={intl.formatNumber(d.meetingsPerDuo, { maximumFractionDigits: 1 })} />
            <Figure label={t('console.dashboard.needingAttention')} value={intl.formatNumber(d.duosNeedingAttention)} />
            <Figure label={t('console.dashboard.openConcerns')} value={intl.formatNumber(d.openConcerns)} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Chart title={t('console.dashboard.pipeline')} rows={pipeline(d).map((p) => ({ name: t(STAGE[p.stage]), value: p.count }))} />
            <Chart title={t('console.dashboard.byState')} rows={duosByState(d).map((s) => ({ name: t(DUO_STATE[s.state]), value: s.count }))} />
            <Chart title={t('console.dashboard.attention')} rows={d.attentionByReason.map((a) => ({ name: t(ATTENTION_LABEL[a.reason]), value: a.count }))} empty={t('console.duos.noAttention')} />
            <Chart title={t('console.dashboard.meetingsPerWeek')} rows={weeks!.meetings} over="weeks" description={t('console.dashboard.weeksNote')} />
            <Chart title={t('console.dashboard.attentionPerWeek')} rows={weeks!.attention} over="weeks" description={t('console.dashboard.attentionPerWeekNote')} />
            <Card withBorder component="figure" m={0} aria-label={t('console.dashboard.balance')}>
              <Title order={2} size="h4" mb="xs">
                {t('console.dashboard.balance')}
              </Title>
              {d.functionBalance.every((f) => f.meetings === 0) ? (
                <Text size="sm">{t('console.dashboard.noMeetings')}</Text>
              ) : (
                <>
                  <div style={{ width: '100%', height: 200 }} aria-hidden="true">
                    <ResponsiveContainer>
                      <PieChart accessibilityLayer={false}>
                        <Pie data={d.functionBalance.map((f) => ({ name: t(FUNCTION_LABEL[f.function]), value: f.meetings }))} dataKey="value" nameKey="name" innerRadius={40} outerRadius={80} isAnimationActive={false} rootTabIndex={-1}>
                          {d.functionBalance.map((f, i) => (
                            <Cell key={f.function} fill={COLOURS[i % COLOURS.length]} />
                          ))}
                        </Pie>
                        <Tooltip />
                      </PieChart>
                    </ResponsiveContainer>
                  </div>
                  <Group gap="md">
                    {d.functionBalance.map((f) => (
                      <Text key={f.function} size="sm">
                        {t(FUNCTION_LABEL[f.function])}: {intl.formatNumber(f.share, { style: 'percent' })}
                      </Text>
                    ))}
                  </Group>
                </>
              )}
            </Card>
          </SimpleGrid>
        </>
      )}
    </ConsolePage>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Card withBorder>
      <Text size="sm">{label}</Text>
      <Text fz={28} fw={700}>
        {value}
      </Text>
    </Card>
  );
}

/**
 * A bar chart, with its figures also as a list for screen readers. `over="weeks"`: a series over
 * time (one colour, every other label when crowded), with a note on how it is counted.
 */
function Chart({ title, rows, empty, over, description }: { title: string; rows: { name: string; value: number }[]; empty?: string; over?: 'weeks'; description?: string }) {
  return (
    <Card withBorder component="figure" m={0} aria-label={title}>
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      {description && (
        <Text size="xs" mb="xs">
          {description}
        </Text>
      )}
      {rows.length === 0 && empty ? (
        <Text size="sm">{empty}</Text>
      ) : (
        <>
          <div style={{ width: '100%', height: 200 }} aria-hidden="true">
            <ResponsiveContainer>
              <BarChart accessibilityLayer={false} data={rows} margin={{ left: 0, right: 8, top: 8, bottom: 0 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="name" tick={{ fontSize: 12, fill: '#343a40' }} interval={over === 'weeks' ? 'preserveStartEnd' : 0} />
                <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: '#343a40' }} width={32} />
                <Tooltip />
                <Bar dataKey="value" isAnimationActive={false}>
                  {rows.map((r, i) => (
                    <Cell key={r.name} fill={over === 'weeks' ? COLOURS[0] : COLOURS[i % COLOURS.length]} />
                  ))}
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </div>
          <Group gap="md" component="figcaption">
            {rows.map((r) => (
              <Text key={r.name} size="sm">
                {r.name}: {r.value}
              </Text>
            ))}
          </Group>
        </>
      )}
    </Card>
  );
}
