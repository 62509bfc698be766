import { CombinedGraphQLErrors, type ApolloClient } from '@apollo/client';
import { LogMeeting } from '../participant/duo.graphql';
import { SaveSurveyAnswers } from '../participant/surveys.graphql';
import { offlineQueue, type QueuedOperation, type Sender } from './queue';

/** Sends one operation (with its idempotency key) and refreshes what is on screen. */
export async function sendOperation(client: ApolloClient, op: QueuedOperation): Promise<void> {
  if (op.kind === 'logMeeting') await client.mutate({ mutation: LogMeeting, variables: { input: op.input }, refetchQueries: 'active' });
  else await client.mutate({ mutation: SaveSurveyAnswers, variables: { input: op.input }, refetchQueries: 'active' });
}

/**
 * True when the server answered with an error about the operation itself (invalid, conflicting, not
 * allowed): sending it again would get the same answer. A network failure, a server that is down
 * or an expired sign-in are not answers about the operation: it stays queued.
 */
export function serverAnswered(error: unknown): boolean {
  if (!CombinedGraphQLErrors.is(error)) return false;
  const codes = error.errors.map((e) => String(e.extensions?.code ?? ''));
  return !codes.some((c) => c === 'UNAUTHENTICATED' || c === 'MODULE_UNAVAILABLE' || c === 'INTERNAL_SERVER_ERROR' || c.endsWith('.UNAUTHENTICATED') || c.endsWith('.MODULE_UNAVAILABLE'));
}

export function apolloSender(client: ApolloClient): Sender {
  return { send: (op) => sendOperation(client, op), answered: serverAnswered };
}

/**
 * Before a sign-out (which deletes the queue with everything else): sends what is waiting, when
 * there is a connection. A shared terminal never queues anything.
 */
export function sendWaiting(client: ApolloClient, sharedTerminal: boolean): Promise<number> {
  if (sharedTerminal || !navigator.onLine) return Promise.resolve(0);
  return offlineQueue.flush(apolloSender(client)).catch(() => 0);
}
