import { CombinedGraphQLErrors, type ApolloClient } from '@apollo/client';
import { LogMeeting } from '../participant/duo.graphql';
import { SaveSurveyAnswers } from '../participant/surveys.graphql';
import type { QueuedOperation, Sender } from './queue';

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
