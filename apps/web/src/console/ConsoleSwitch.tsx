import { Button } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, Navigate } from 'react-router';
import { useT } from '../i18n/LocaleProvider';
import { ConsoleMe, SupportInbox } from './console.graphql';
import { areasOf, consoleHome } from './roles';

/**
 * In the participant's header: a way into the console for a participant who is also a coordinator,
 * a support contact or a researcher. Someone with no staff record (an external researcher) has no
 * participant's app: they are taken to their console area at once.
 */
export function ConsoleSwitch() {
  const t = useT();
  const me = useQuery(ConsoleMe);
  const inbox = useQuery(SupportInbox, { variables: { status: null } });
  // Someone who is nobody's support contact may be refused the inbox (an account with no staff record): no concerns.
  if (!me.data || inbox.loading) return null;
  const areas = areasOf(me.data.me, inbox.data?.supportConcerns.length ?? 0);
  const home = consoleHome(areas);
  if (!home) return null;
  if (!areas.participant) return <Navigate to={home} replace />;
  return (
    <Button component={Link} to={home} variant="outline" size="compact-sm">
      {t('console.switchToConsole')}
    </Button>
  );
}
