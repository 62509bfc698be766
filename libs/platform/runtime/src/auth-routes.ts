import type { IncomingMessage, ServerResponse } from 'node:http';
import { PlatformError, type RequestContext } from '@m4pris/platform-core';
import { translate } from '@m4pris/platform-i18n';

export interface TokenPairLike {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

/** What the identity module offers the cookie routes (modules-registry: identityAuthEndpoints). */
export interface SessionEndpoints {
  login(input: { email: string; password: string }, ctx: RequestContext): Promise<TokenPairLike>;
  refresh(input: { refreshToken: string }, ctx: RequestContext): Promise<TokenPairLike>;
  logout(input: { refreshToken: string }, ctx: RequestContext): Promise<unknown>;
  acceptInvitation(input: { token: string; password: string }, ctx: RequestContext): Promise<TokenPairLike>;
}

export const REFRESH_COOKIE = 'm4pris_rt';
export const SHARED_COOKIE = 'm4pris_st';
/** Kept by the browser this long at most (the server decides whether the token is still valid). */
const REMEMBER_SECONDS = 30 * 24 * 3600;

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, RATE_LIMITED: 429, MODULE_UNAVAILABLE: 503, MODULE_DISABLED: 403 };

type Req = IncomingMessage & { body?: unknown };

export function readCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

/** httpOnly, Secure, SameSite=Strict, only sent to /auth; a shared terminal gets session cookies. */
export function sessionCookies(refreshToken: string, sharedTerminal: boolean): string[] {
  const base = 'Path=/auth; HttpOnly; Secure; SameSite=Strict';
  const life = sharedTerminal ? '' : `; Max-Age=${REMEMBER_SECONDS}`;
  return [
    `${REFRESH_COOKIE}=${encodeURIComponent(refreshToken)}; ${base}${life}`,
    sharedTerminal ? `${SHARED_COOKIE}=1; ${base}` : `${SHARED_COOKIE}=; ${base}; Max-Age=0`,
  ];
}

const CLEAR = [`${REFRESH_COOKIE}=; Path=/auth; HttpOnly; Secure; SameSite=Strict; Max-Age=0`, `${SHARED_COOKIE}=; Path=/auth; HttpOnly; Secure; SameSite=Strict; Max-Age=0`];

function send(res: ServerResponse, status: number, body: unknown, cookies?: string[]) {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  if (cookies) res.setHeader('set-cookie', cookies);
  res.end(JSON.stringify(body));
}

/**
 * POST /auth/login, /auth/invitation, /auth/refresh, /auth/logout and GET /auth/config.
 * The refresh token never reaches JavaScript: it travels only in the cookie. Every POST needs the
 * `x-m4pris-auth` header (a cross-site form cannot set it) on top of SameSite=Strict.
 */
export function authRoutes(o: { sessions: SessionEndpoints; context: (req: IncomingMessage) => Promise<RequestContext>; introspection: boolean }) {
  return async (req: Req, res: ServerResponse, next: (err?: unknown) => void) => {
    const path = (req.url ?? '').split('?')[0].replace(/^\/auth/, '') || '/';
    if (req.method === 'GET' && path === '/config') return send(res, 200, { introspection: o.introspection });
    if (req.method !== 'POST') return next();
    if (req.headers['x-m4pris-auth'] !== '1') return send(res, 403, { code: 'FORBIDDEN', message: 'Missing x-m4pris-auth header.' });
    const ctx = await o.context(req);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const shared = body.sharedTerminal === true;
    const cookies = readCookies(req.headers.cookie);
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    try {
      switch (path) {
        case '/login': {
          const pair = await o.sessions.login({ email: str(body.email), password: str(body.password) }, ctx);
          return send(res, 200, { accessToken: pair.accessToken, expiresIn: pair.expiresIn, sharedTerminal: shared }, sessionCookies(pair.refreshToken, shared));
        }
        case '/invitation': {
          const pair = await o.sessions.acceptInvitation({ token: str(body.token), password: str(body.password) }, ctx);
          return send(res, 200, { accessToken: pair.accessToken, expiresIn: pair.expiresIn, sharedTerminal: shared }, sessionCookies(pair.refreshToken, shared));
        }
        case '/refresh': {
          const token = cookies[REFRESH_COOKIE];
          if (!token) return send(res, 401, { code: 'UNAUTHENTICATED', message: translate(ctx.locale, 'errors.UNAUTHENTICATED', {}, 'Sign in first.') });
          const wasShared = cookies[SHARED_COOKIE] === '1';
          const pair = await o.sessions.refresh({ refreshToken: token }, ctx);
          return send(res, 200, { accessToken: pair.accessToken, expiresIn: pair.expiresIn, sharedTerminal: wasShared }, sessionCookies(pair.refreshToken, wasShared));
        }
        case '/logout': {
          const token = cookies[REFRESH_COOKIE];
          if (token) await o.sessions.logout({ refreshToken: token }, ctx).catch(() => undefined);
          return send(res, 200, { ok: true }, CLEAR);
        }
        default:
          return next();
      }
    } catch (err) {
      if (err instanceof PlatformError) {
        const status = STATUS[err.category] ?? 500;
        const cleared = path === '/refresh' && status === 401 ? CLEAR : undefined;
        return send(res, status, { code: err.category, detail: err.code, message: translate(ctx.locale, err.messageKey, err.params ?? {}, err.message) }, cleared);
      }
      return next(err);
    }
  };
}
