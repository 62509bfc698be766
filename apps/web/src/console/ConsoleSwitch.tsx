import { Button } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useT } from '../i18n/LocaleProvider';
import { ConsoleMe, SupportInbox } from './console.graphql';
import { areasOf, consoleHome } from './roles';

/** In the participant's header: a way into the console for a participant who is also a coordinator or a support contact. */
export function ConsoleSwitch() {
  const t = useT();
  const me = useQuery(ConsoleMe);
  const inbox = useQuery(SupportInbox, { variables: { status: null } });
  if (!me.data || !inbox.data) return null;
  const home = consoleHome(areasOf(me.data.me, inbox.data.supportConcerns.length));
  if (!home) return null;
  return (
    <Button component={Link} to={home} variant="outline" size="compact-sm">
      {t('console.switchToConsole')}
    </Button>
  );
}
