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

export class GraphQLClient {
  private token: string | null = null;

  constructor(readonly url: string) {}

  setToken(token: string | null): void {
    this.token = token;
  }

  /** Runs one operation; the name for messages is taken from the document. */
  async request<T>(query: string, variables: Record<string, unknown> = {}, opts: { anonymous?: boolean } = {}): Promise<T> {
    const operation = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? 'request';
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (this.token && !opts.anonymous) headers.authorization = `Bearer ${this.token}`;
    let res: Response;
    try {
      res = await fetch(this.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
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
