import { useEffect, useState } from 'react';
import { Alert } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { useSession } from '../auth/SessionProvider';
import { useT } from '../i18n/LocaleProvider';
import { offlineQueue } from './queue';
import { apolloSender } from './send';

/**
 * Sends the offline queue when the app starts and whenever the connection returns; says how many
 * operations are still waiting. Renders nothing on a shared terminal (which never queues).
 */
export function QueueSync() {
  const t = useT();
  const client = useApolloClient();
  const { sharedTerminal } = useSession();
  const [waiting, setWaiting] = useState(0);

  useEffect(() => {
    if (sharedTerminal) return;
    const sender = apolloSender(client);
    const flush = () => {
      if (navigator.onLine) void offlineQueue.flush(sender).then(setWaiting, () => undefined);
    };
    const count = () => void offlineQueue.list().then((l) => setWaiting(l.length), () => undefined);
    const off = offlineQueue.on(count);
    window.addEventListener('online', flush);
    count();
    flush();
    return () => {
      off();
      window.removeEventListener('online', flush);
    };
  }, [client, sharedTerminal]);

  if (sharedTerminal || waiting === 0) return null;
  return (
    <Alert color="yellow" role="status" mb="md" data-testid="queue-waiting">
      {t('offline.waiting', { count: waiting })}
    </Alert>
  );
}
