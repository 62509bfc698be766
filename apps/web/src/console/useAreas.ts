import { useQuery } from '@apollo/client/react';
import { ConsoleMe, SupportInbox } from './console.graphql';
import { areasOf, type Areas } from './roles';
import type { ConsoleMeQuery } from '../gql/graphql';

/**
 * The signed-in person's console areas (the console shell and the participant's switch both ask).
 * The support inbox may be refused (an account with no staff record): that counts as no concerns.
 */
export function useAreas(): { loading: boolean; error?: Error; me?: ConsoleMeQuery['me']; areas?: Areas } {
  const me = useQuery(ConsoleMe);
  const inbox = useQuery(SupportInbox, { variables: { status: null } });
  if (me.error) return { loading: false, error: me.error };
  if (!me.data || inbox.loading) return { loading: true };
  return { loading: false, me: me.data.me, areas: areasOf(me.data.me, inbox.data?.supportConcerns.length ?? 0) };
}
