import type { Type } from '@nestjs/common';
import { AcceptInvitation, ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, GetJwks, GetSessionState, Login, Logout, RefreshTokens } from '@m4pris/identity-contracts';
import { newTraceId, systemContext, type RequestContext } from '@m4pris/platform-core';
import type { Bus } from '@m4pris/platform-messaging';

export const MODULE_NAMES = ['identity', 'programmes', 'matching', 'training', 'evaluation', 'notifications'] as const;
export type ModuleName = (typeof MODULE_NAMES)[number];

/**
 * A module as the gateway sees it. The module's service (entities, migrations, handlers) is not
 * here: standalone loads it (apps/standalone/src/modules.ts), each service app imports its own, and
 * the gateway's image carries no service package.
 */
export interface ModuleEntry {
  name: ModuleName;
  /** The module's GraphQL adapter (gateway side). */
  graphql: () => Promise<Type>;
}

/** Modules that exist in this build. A module is added here once its libs exist. */
export const MODULES: Partial<Record<ModuleName, ModuleEntry>> = {
  identity: {
    name: 'identity',
    graphql: async () => (await import('@m4pris/identity-graphql')).IdentityGraphqlModule,
  },
  programmes: {
    name: 'programmes',
    graphql: async () => (await import('@m4pris/programmes-graphql')).ProgrammesGraphqlModule,
  },
  training: {
    name: 'training',
    graphql: async () => (await import('@m4pris/training-graphql')).TrainingGraphqlModule,
  },
  matching: {
    name: 'matching',
    graphql: async () => (await import('@m4pris/matching-graphql')).MatchingGraphqlModule,
  },
  evaluation: {
    name: 'evaluation',
    graphql: async () => (await import('@m4pris/evaluation-graphql')).EvaluationGraphqlModule,
  },
  notifications: {
    name: 'notifications',
    graphql: async () => (await import('@m4pris/notifications-graphql')).NotificationsGraphqlModule,
  },
};

export function moduleEntry(name: string): ModuleEntry {
  const m = MODULES[name as ModuleName];
  if (!m) throw new Error(`Module "${name}" is not part of this build (available: ${Object.keys(MODULES).join(', ')})`);
  return m;
}

/** The gateway's view of access tokens: issued by the identity module, keys from its JWKS over the bus. */
/** The gateway's per-request session check, answered by identity (GetSessionState). */
export function identitySessions(bus: Bus) {
  return (accountId: string) => bus.request(GetSessionState, { accountId }, systemContext(newTraceId()));
}

export function identityTokens(bus: Bus) {
  return { issuer: ACCESS_TOKEN_ISSUER, audience: ACCESS_TOKEN_AUDIENCE, fetchJwks: () => bus.request(GetJwks, {}) };
}

/** The sign-in requests behind the gateway's cookie routes (/auth/login, /refresh, /logout, /invitation). */
export function identityAuthEndpoints(bus: Bus) {
  return {
    login: (input: { email: string; password: string }, ctx: RequestContext) => bus.request(Login, input, ctx),
    refresh: (input: { refreshToken: string }, ctx: RequestContext) => bus.request(RefreshTokens, input, ctx),
    logout: (input: { refreshToken: string }, ctx: RequestContext) => bus.request(Logout, input, ctx),
    acceptInvitation: (input: { token: string; password: string }, ctx: RequestContext) => bus.request(AcceptInvitation, input, ctx),
  };
}
