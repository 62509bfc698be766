/** The GraphQL API as a frontend calls it (POST, JSON, bearer token). */
export interface GqlResult<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; reason?: string; field?: string } }[];
}

export class GqlError extends Error {
  constructor(
    readonly code: string | undefined,
    message: string,
  ) {
    super(`${code ?? 'no code'}: ${message}`);
  }
}

export class Api {
  constructor(readonly url: string) {}

  async raw<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResult<T>> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResult<T>;
  }

  /** The data, or a GqlError carrying the first error's `extensions.code`. */
  async call<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const r = await this.raw<T>(query, variables, token);
    if (r.errors?.length) throw new GqlError(r.errors[0].extensions?.code, r.errors[0].message);
    return r.data!;
  }
}
