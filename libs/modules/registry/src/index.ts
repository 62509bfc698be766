import type { Type } from '@nestjs/common';
import type { ServiceDefinition } from '@m4pris/platform-messaging';
import { AcceptInvitation, ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, GetJwks, GetSessionState, Login, Logout, RefreshTokens } from '@m4pris/identity-contracts';
import { newTraceId, systemContext, type RequestContext } from '@m4pris/platform-core';
import type { Bus } from '@m4pris/platform-messaging';

export const MODULE_NAMES = ['identity', 'programmes', 'matching', 'training', 'evaluation', 'notifications'] as const;
export type ModuleName = (typeof MODULE_NAMES)[number];

export interface ModuleEntry {
  name: ModuleName;
  /** The module's GraphQL adapter (gateway side). */
  graphql: () => Promise<Type>;
  /** The module's service (loaded only by processes that host it). */
  service: () => Promise<ServiceDefinition>;
}

/** Modules that exist in this build. A module is added here once its libs exist. */
export const MODULES: Partial<Record<ModuleName, ModuleEntry>> = {
  identity: {
    name: 'identity',
    graphql: async () => (await import('@m4pris/identity-graphql')).IdentityGraphqlModule,
    service: async () => (await import('@m4pris/identity-service')).identityService as unknown as ServiceDefinition,
  },
  programmes: {
    name: 'programmes',
    graphql: async () => (await import('@m4pris/programmes-graphql')).ProgrammesGraphqlModule,
    service: async () => (await import('@m4pris/programmes-service')).programmesService as unknown as ServiceDefinition,
  },
  training: {
    name: 'training',
    graphql: async () => (await import('@m4pris/training-graphql')).TrainingGraphqlModule,
    service: async () => (await import('@m4pris/training-service')).trainingService,
  },
  matching: {
    name: 'matching',
    graphql: async () => (await import('@m4pris/matching-graphql')).MatchingGraphqlModule,
    service: async () => (await import('@m4pris/matching-service')).matchingService as unknown as ServiceDefinition,
  },
  evaluation: {
    name: 'evaluation',
    graphql: async () => (await import('@m4pris/evaluation-graphql')).EvaluationGraphqlModule,
    service: async () => (await import('@m4pris/evaluation-service')).evaluationService as unknown as ServiceDefinition,
  },
  notifications: {
    name: 'notifications',
    graphql: async () => (await import('@m4pris/notifications-graphql')).NotificationsGraphqlModule,
    service: async () => (await import('@m4pris/notifications-service')).notificationsService as unknown as ServiceDefinition,
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

/** The platform admin's first-start creation (a light entry point of identity-service: not its service code). */
export { bootstrapPlatformAdmin } from '@m4pris/identity-service/admin-bootstrap';
