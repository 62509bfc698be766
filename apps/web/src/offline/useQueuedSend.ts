import { useEffect, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useSession } from '../auth/SessionProvider';
import { offlineQueue, type QueuedOperation } from './queue';
import { sendOperation, serverAnswered } from './send';

/**
 * idle → sending → done; offline (or a lost connection) → queued → sent once the queue is flushed.
 * On a shared terminal nothing is kept: `offline` says so.
 */
export type SendStatus = 'idle' | 'sending' | 'done' | 'queued' | 'sent' | 'offline';

export function useQueuedSend() {
  const client = useApolloClient();
  const { sharedTerminal } = useSession();
  const [status, setStatus] = useState<SendStatus>('idle');
  const [error, setError] = useState<Error | null>(null);
  const waitingFor = useRef<string | null>(null);

  useEffect(
    () =>
      offlineQueue.on((e) => {
        if (e.key !== waitingFor.current) return;
        if (e.type === 'sent') setStatus('sent');
        if (e.type === 'failed') {
          setStatus('idle');
          setError(new Error(e.message));
        }
      }),
    [],
  );

  async function keep(op: QueuedOperation): Promise<SendStatus> {
    if (sharedTerminal) {
      setStatus('offline');
      return 'offline';
    }
    waitingFor.current = op.input.idempotencyKey;
    await offlineQueue.add(op);
    setStatus('queued');
    return 'queued';
  }

  /** Sends now, or keeps it on this device when there is no connection. */
  async function send(op: QueuedOperation): Promise<SendStatus> {
    setError(null);
    if (!navigator.onLine) return keep(op);
    setStatus('sending');
    try {
      await sendOperation(client, op);
      setStatus('done');
      return 'done';
    } catch (e) {
      if (!serverAnswered(e)) return keep(op);
      setError(e as Error);
      setStatus('idle');
      return 'idle';
    }
  }

  return { send, status, error };
}
