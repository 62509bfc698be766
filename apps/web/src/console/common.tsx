import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { Alert, Badge, Select, Stack, Title, type BadgeProps } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { useT } from '../i18n/LocaleProvider';
import type { ConsoleMeQuery } from '../gql/graphql';
import { ConsoleCohorts } from './console.graphql';
import { programmesInScope, type Areas } from './roles';
import { ErrorNote, Loading } from '../participant/common';

export { ErrorNote, Loading };

export interface ConsoleContextValue {
  areas: Areas;
  roles: ConsoleMeQuery['me']['roles'];
}

export const ConsoleContext = createContext<ConsoleContextValue>({ areas: { coordinator: false, support: false, participant: false, researcher: false, admin: false, platform: false }, roles: [] });

export function useConsole(): ConsoleContextValue {
  return useContext(ConsoleContext);
}

/** A console page: wider than the participant's (tables). */
export function ConsolePage({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <Stack component="section" gap="md" maw={1200}>
      <Title order={1} size="h2">
        {title}
      </Title>
      {actions}
      {children}
    </Stack>
  );
}

/** The cohorts of the coordinator's programmes, each with its programme. */
export function useScopedCohorts() {
  const { roles } = useConsole();
  const q = useQuery(ConsoleCohorts);
  const programmes = programmesInScope(roles, q.data?.programmes.items ?? []);
  const byId = new Map(programmes.map((p) => [p.id, p]));
  const cohorts = (q.data?.cohorts.items ?? []).filter((c) => byId.has(c.programmeId)).map((c) => ({ ...c, programme: byId.get(c.programmeId)! }));
  return { ...q, programmes, cohorts };
}

/**
 * The cohort a page is about (`?cohort=` in the address, else the first cohort in scope) and a
 * picker to change it.
 */
export function useSelectedCohort() {
  const t = useT();
  const scoped = useScopedCohorts();
  const [params, setParams] = useSearchParams();
  const wanted = params.get('cohort');
  const cohort = scoped.cohorts.find((c) => c.id === wanted) ?? scoped.cohorts[0] ?? null;
  const choose = useCallback((id: string) => setParams({ cohort: id }, { replace: true }), [setParams]);
  const picker = scoped.loading ? (
    <Loading />
  ) : scoped.error ? (
    <ErrorNote error={scoped.error} />
  ) : scoped.cohorts.length === 0 ? (
    <Alert color="gray">{t('console.cohorts.none')}</Alert>
  ) : (
    <Select
      label={t('console.cohortPicker')}
      data={scoped.cohorts.map((c) => ({ value: c.id, label: `${c.programme.name} · ${c.name}` }))}
      value={cohort?.id ?? null}
      allowDeselect={false}
      maw={420}
      onChange={(v) => v && choose(v)}
    />
  );
  return { cohort, picker, scoped };
}

/**
 * A label (state, reason, flag): an outlined badge in a dark shade, so its text keeps WCAG AA
 * contrast (Mantine's light variant with a shade paints text and background alike), and wrapping
 * instead of cutting long translations short.
 */
export function Tag({ color, size, children, ...rest }: { color?: string; size?: BadgeProps['size']; children: ReactNode; 'data-testid'?: string }) {
  return (
    <Badge variant="outline" color={color ?? 'indigo.8'} size={size} styles={{ root: { height: 'auto', maxWidth: '100%' }, label: { overflow: 'visible', whiteSpace: 'normal' } }} {...rest}>
      {children}
    </Badge>
  );
}
