import { Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { requireAuthenticated } from '@m4pris/platform-core';
import type { GqlContext } from './context.js';

const PUBLIC = 'm4pris:public-mutation';

/** Marks a mutation anonymous callers may call (sign-in, token refresh, invitation acceptance …). */
export const PublicMutation = () => SetMetadata(PUBLIC, true);

/**
 * Every mutation needs a signed-in caller unless it is marked `@PublicMutation()`: an anonymous
 * `updateGoal` is UNAUTHENTICATED before any module looks the goal up (it answered NOT_FOUND, which
 * also told an anonymous caller nothing exists rather than that it must sign in). Services still
 * check again themselves; this only puts authentication first, in one place.
 */
@Injectable()
export class MutationsNeedAuthentication implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(exec: ExecutionContext): boolean {
    if (exec.getType<string>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(exec);
    if (gql.getInfo<{ parentType: { name: string } }>().parentType.name !== 'Mutation') return true;
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, [exec.getHandler(), exec.getClass()])) return true;
    requireAuthenticated(gql.getContext<GqlContext>().ctx);
    return true;
  }
}
