import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { currentAccessToken, onSessionChange } from './auth/session';

let client: ApolloClient | undefined;

/** The app's one client (created on first use, behind sign-in); its cache is emptied at sign-out. */
export function apolloClient(): ApolloClient {
  if (!client) {
    client = createApolloClient(() => document.documentElement.lang || 'en');
    const c = client;
    onSessionChange((s) => {
      if (!s.signedIn) void c.clearStore();
    });
  }
  return client;
}

/** A normalised cache, the in-memory access token and the reader's language on every request. */
export function createApolloClient(locale: () => string): ApolloClient {
  const auth = new SetContextLink(async (prev) => {
    const token = await currentAccessToken();
    // An operation may ask for another language (`context.headers['accept-language']`: the course editor reads each translation).
    const headers: Record<string, string> = { 'accept-language': locale(), ...(prev.headers as Record<string, string> | undefined) };
    if (token) headers.authorization = `Bearer ${token}`;
    return { headers };
  });
  return new ApolloClient({
    link: ApolloLink.from([auth, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    cache: new InMemoryCache(),
  });
}
