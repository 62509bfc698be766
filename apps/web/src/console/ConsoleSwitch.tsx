import { Button } from '@mantine/core';
import { Link, Navigate } from 'react-router';
import { useT } from '../i18n/LocaleProvider';
import { consoleHome } from './roles';
import { useAreas } from './useAreas';

/**
 * In the participant's header: a way into the console for a participant who is also a coordinator,
 * a support contact or a researcher. Someone with no staff record (an external researcher) has no
 * participant's app: they are taken to their console area at once.
 */
export function ConsoleSwitch() {
  const t = useT();
  const { areas } = useAreas();
  if (!areas) return null;
  const home = consoleHome(areas);
  if (!home) return null;
  if (!areas.participant) return <Navigate to={home} replace />;
  return (
    <Button component={Link} to={home} variant="outline" size="compact-sm">
      {t('console.switchToConsole')}
    </Button>
  );
}
