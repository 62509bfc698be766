import { useEffect, useState } from 'react';
import { Alert, Button, Group, Table, Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/LocaleProvider';
import { ConsolePage, Loading } from '../common';
import { componentRows, fetchHealth, healthRows, type HealthAnswer } from './health';
import { HealthTag, useModuleName } from './common';

/** How often the page asks `/health` again by itself. */
export const HEALTH_REFRESH_MS = 30_000;

/** The instance's health: each module (answering on the bus, its database), the bus, refreshed every 30 s and on demand. */
export default function HealthPage() {
  const t = useT();
  const intl = useIntl();
  const moduleName = useModuleName();
  // Each check has a number: the page asks again when it changes (every 30 s, or the button).
  const [tick, setTick] = useState(0);
  const [result, setResult] = useState<{ tick: number; answer: HealthAnswer | null; failed: string | null; at: Date } | null>(null);

  useEffect(() => {
    const ctrl = new AbortController();
    fetchHealth(ctrl.signal).then(
      (a) => setResult({ tick, answer: a, failed: null, at: new Date() }),
      (e: unknown) => {
        // The last answer stays on screen with the failure above it.
        if (!ctrl.signal.aborted) setResult((r) => ({ tick, answer: r?.answer ?? null, failed: (e as Error).message, at: new Date() }));
      },
    );
    return () => ctrl.abort();
  }, [tick]);

  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), HEALTH_REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  const answer = result?.answer ?? null;
  const failed = result?.failed ?? null;
  const checkedAt = result?.at ?? null;
  const busy = result?.tick !== tick;
  const check = () => setTick((n) => n + 1);
  const modules = answer ? healthRows(answer) : [];
  const others = answer ? componentRows(answer) : [];
  return (
    <ConsolePage title={t('platform.health.title')}>
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" role="status" data-testid="health-checked">
          {checkedAt ? t('platform.health.checkedAt', { time: intl.formatTime(checkedAt, { timeStyle: 'medium' }) }) : t('common.loading')}
        </Text>
        <Button variant="outline" size="compact-sm" loading={busy} onClick={check}>
          {t('platform.health.refresh')}
        </Button>
      </Group>
      <Text size="sm">{t('platform.health.help')}</Text>
      {failed && (
        <Alert color="red" role="alert">
          {t('platform.health.unreachable', { message: failed })}
        </Alert>
      )}
      {!answer && !failed && <Loading />}
      {answer && (
        <>
          <Alert color={answer.status === 'ok' ? 'teal' : 'orange'} data-testid="health-overall">
            {t(answer.status === 'ok' ? 'platform.health.allUp' : 'platform.health.degraded')}
            {answer.mode && ` ${t('platform.health.modeIs', { mode: answer.mode === 'standalone' ? t('platform.health.mode.standalone') : answer.mode === 'distributed' ? t('platform.health.mode.distributed') : answer.mode })}`}
          </Alert>
          <Table.ScrollContainer minWidth={560}>
            <Table striped>
              <Table.Caption>{t('platform.health.modulesCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('platform.health.module')}</Table.Th>
                  <Table.Th>{t('platform.health.state')}</Table.Th>
                  <Table.Th>{t('platform.health.latency')}</Table.Th>
                  <Table.Th>{t('platform.health.backlog')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {modules.map((m) => (
                  <Table.Tr key={m.name} data-testid="health-row" data-module={m.name} data-status={m.status}>
                    <Table.Td>{moduleName(m.name)}</Table.Td>
                    <Table.Td>
                      <HealthTag status={m.status} />
                      {m.reason && (
                        <Text size="xs" mt={2}>
                          {m.reason === 'MODULE_UNAVAILABLE' ? t('platform.health.noAnswer') : m.reason}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{m.latencyMs != null ? t('platform.health.ms', { ms: m.latencyMs }) : '—'}</Table.Td>
                    <Table.Td>{m.outboxBacklog != null ? intl.formatNumber(m.outboxBacklog) : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {others.length > 0 && (
            <Table.ScrollContainer minWidth={360}>
              <Table striped>
                <Table.Caption>{t('platform.health.componentsCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('platform.health.component')}</Table.Th>
                    <Table.Th>{t('platform.health.state')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {others.map((c) => (
                    <Table.Tr key={c.name}>
                      <Table.Td>{moduleName(c.name)}</Table.Td>
                      <Table.Td>
                        <HealthTag status={c.status} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
    </ConsolePage>
  );
}
