/** A minimal GraphQL-over-HTTP client on global fetch. */

export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export class GraphQLRequestError extends Error {
  constructor(
    readonly operation: string,
    readonly errors: GraphQLErrorEntry[],
    readonly status?: number,
  ) {
    super(
      `${operation} failed${status ? ` (HTTP ${status})` : ''}:\n` +
        errors.map((e) => `  - [${e.extensions?.code ?? 'UNKNOWN'}] ${e.message}${detail(e)}`).join('\n'),
    );
    this.name = 'GraphQLRequestError';
  }

  get codes(): string[] {
    return this.errors.map((e) => e.extensions?.code ?? 'UNKNOWN');
  }
}

function detail(e: GraphQLErrorEntry): string {
  const { code: _code, stacktrace: _s, ...rest } = e.extensions ?? {};
  return Object.keys(rest).length > 0 ? ` ${JSON.stringify(rest)}` : '';
}

/** How a client gets a fresh access token (signs in again); returns the new token. */
export type SignIn = () => Promise<string>;

export interface GraphQLClientOptions {
  /**
   * Signs in again when a request that carried a token is answered UNAUTHENTICATED (an access token
   * lives 15 minutes; a demo at pilot size runs longer than that for the platform admin). The
   * request is then sent once more with the new token.
   */
  signIn?: SignIn;
  /** The fetch to use (tests pass a fake). */
  fetch?: typeof fetch;
}

/** GraphQL requests sent by every client of this process (the demo prints it with its timings). */
export const requestsSent = { count: 0 };

export class GraphQLClient {
  private token: string | null = null;
  private renewing: Promise<string> | null = null;
  /** How many times this client signed in again after an expired token (for progress lines). */
  renewals = 0;

  constructor(
    readonly url: string,
    private readonly options: GraphQLClientOptions = {},
  ) {}

  setToken(token: string | null): void {
    this.token = token;
  }

  /** Signs in with `options.signIn` and keeps the token. */
  async signIn(): Promise<void> {
    if (!this.options.signIn) throw new Error('this client has no way to sign in');
    this.token = await this.options.signIn();
  }

  /**
   * Runs one operation; the name for messages is taken from the document. When a request sent with
   * a token comes back UNAUTHENTICATED and the client knows how to sign in, it signs in again (once
   * for all requests in flight) and repeats the request once.
   */
  async request<T>(query: string, variables: Record<string, unknown> = {}, opts: { anonymous?: boolean } = {}): Promise<T> {
    const sentWith = opts.anonymous ? null : this.token;
    try {
      return await this.send<T>(query, variables, sentWith);
    } catch (e) {
      if (!(e instanceof GraphQLRequestError) || !sentWith || !this.options.signIn || !e.codes.includes('UNAUTHENTICATED')) throw e;
      // Several requests in flight may all fail on the same old token: one sign-in serves them all.
      if (this.token === sentWith) {
        this.renewing ??= this.options.signIn().finally(() => (this.renewing = null));
        this.token = await this.renewing;
        this.renewals++;
      }
      return this.send<T>(query, variables, this.token);
    }
  }

  private async send<T>(query: string, variables: Record<string, unknown>, token: string | null): Promise<T> {
    const operation = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? 'request';
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    requestsSent.count++;
    if (token) headers.authorization = `Bearer ${token}`;
    let res: Response;
    try {
      res = await (this.options.fetch ?? fetch)(this.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    } catch (e) {
      const cause = (e as Error & { cause?: Error }).cause;
      throw new GraphQLRequestError(operation, [
        { message: `Cannot reach ${this.url}: ${cause?.message ?? (e as Error).message}`, extensions: { code: 'NETWORK_ERROR' } },
      ]);
    }
    const text = await res.text();
    let body: { data?: T | null; errors?: GraphQLErrorEntry[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new GraphQLRequestError(operation, [{ message: `Not a GraphQL response: ${text.slice(0, 200)}`, extensions: { code: 'BAD_RESPONSE' } }], res.status);
    }
    if (body.errors?.length) throw new GraphQLRequestError(operation, body.errors, res.ok ? undefined : res.status);
    if (!body.data) throw new GraphQLRequestError(operation, [{ message: 'Response has no data.', extensions: { code: 'BAD_RESPONSE' } }], res.status);
    return body.data;
  }
}

/**
 * Runs `fn` over `items` with at most `limit` calls in flight (the demo answers hundreds of
 * surveys; a moderate parallelism keeps the platform busy without flooding a 2-core machine).
 * Results keep the order of `items`; the first error is thrown once the calls in flight are done.
 */
export async function inParallel<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  let failed: { error: unknown } | null = null;
  const worker = async () => {
    while (!failed && next < items.length) {
      const i = next++;
      try {
        out[i] = await fn(items[i], i);
      } catch (error) {
        failed ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failed) throw (failed as { error: unknown }).error;
  return out;
}
