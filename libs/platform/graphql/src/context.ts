import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import type { RequestContext, SessionAccount } from '@m4pris/platform-core';

/** Per-request DataLoaders: list fields batch their lookups into one bus request per type. */
export class Loaders {
  private readonly map = new Map<string, DataLoader<string, unknown>>();

  get<V>(name: string, batch: (ids: readonly string[]) => Promise<(V | null)[]>, opts: { maxBatchSize?: number } = {}): DataLoader<string, V | null> {
    let l = this.map.get(name);
    if (!l) {
      l = new DataLoader<string, unknown>((ids) => batch(ids), { maxBatchSize: opts.maxBatchSize ?? 500 });
      this.map.set(name, l);
    }
    return l as DataLoader<string, V | null>;
  }

  /** Batch by id with a function returning the found items (missing ids resolve to null). */
  byId<V extends { id: string }>(name: string, fetch: (ids: string[]) => Promise<V[]>): DataLoader<string, V | null> {
    return this.get<V>(name, async (ids) => {
      const found = await fetch([...ids]);
      const byId = new Map(found.map((v) => [v.id, v]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }
}

export interface GqlContext {
  ctx: RequestContext;
  loaders: Loaders;
  /** The signed-in caller's account as identity read it for this request's session check (`@Context('account')`). */
  account?: SessionAccount;
}

/** The caller's RequestContext in a resolver: `login(@Args('input') i, @Ctx() ctx)`. */
export const Ctx = createParamDecorator((_: unknown, exec: ExecutionContext): RequestContext => {
  return GqlExecutionContext.create(exec).getContext<GqlContext>().ctx;
});

/** The per-request DataLoaders in a resolver. */
export const GqlLoaders = createParamDecorator((_: unknown, exec: ExecutionContext): Loaders => {
  return GqlExecutionContext.create(exec).getContext<GqlContext>().loaders;
});
