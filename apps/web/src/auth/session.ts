/**
 * The browser side of a session. The access token lives in this module's memory only; the refresh
 * token is an httpOnly, Secure, SameSite=Strict cookie that only the gateway's /auth routes read.
 * Nothing about the person is written to localStorage or sessionStorage.
 */
export interface SessionState {
  signedIn: boolean;
  /** Chosen at sign-in: no offline storage, idle sign-out, no remembered e-mail. */
  sharedTerminal: boolean;
}

export class AuthError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface TokenReply {
  accessToken: string;
  expiresIn: number;
  sharedTerminal: boolean;
}

let accessToken: string | null = null;
let expiresAt = 0;
let state: SessionState = { signedIn: false, sharedTerminal: false };
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let inflight: Promise<boolean> | null = null;
const listeners = new Set<(s: SessionState) => void>();
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('m4pris-session') : null;

function emit() {
  for (const l of listeners) l(state);
}

export function sessionState(): SessionState {
  return state;
}

export function onSessionChange(listener: (s: SessionState) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function post(path: string, body?: unknown): Promise<Response> {
  return fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    // The custom header is a CSRF guard on top of SameSite=Strict: a cross-site form cannot send it.
    headers: { 'content-type': 'application/json', 'x-m4pris-auth': '1' },
    body: JSON.stringify(body ?? {}),
  });
}

function accept(reply: TokenReply) {
  accessToken = reply.accessToken;
  expiresAt = Date.now() + reply.expiresIn * 1000;
  state = { signedIn: true, sharedTerminal: reply.sharedTerminal };
  clearTimeout(refreshTimer);
  // Silent refresh a little before the access token expires.
  refreshTimer = setTimeout(() => void refresh(), Math.max(5_000, reply.expiresIn * 1000 - 60_000));
  emit();
}

function drop() {
  accessToken = null;
  expiresAt = 0;
  clearTimeout(refreshTimer);
  state = { signedIn: false, sharedTerminal: false };
  emit();
}

async function readError(res: Response): Promise<AuthError> {
  const body = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
  return new AuthError(body.code ?? 'UNAVAILABLE', body.message ?? res.statusText);
}

export async function signIn(email: string, password: string, sharedTerminal: boolean): Promise<void> {
  const res = await post('/auth/login', { email, password, sharedTerminal });
  if (!res.ok) throw await readError(res);
  accept((await res.json()) as TokenReply);
  channel?.postMessage('signed-in');
}

export async function acceptInvitation(token: string, password: string, sharedTerminal: boolean): Promise<void> {
  const res = await post('/auth/invitation', { token, password, sharedTerminal });
  if (!res.ok) throw await readError(res);
  accept((await res.json()) as TokenReply);
}

/** Exchanges the refresh cookie for a new access token (and a rotated cookie). */
export function refresh(): Promise<boolean> {
  inflight ??= (async () => {
    try {
      const res = await post('/auth/refresh');
      if (!res.ok) {
        drop();
        return false;
      }
      accept((await res.json()) as TokenReply);
      return true;
    } catch {
      // Offline: keep the state; the next request tries again.
      return accessToken !== null;
    } finally {
      inflight = null;
    }
  })();
  return inflight;
}

/** The access token, refreshed first when it is about to expire. */
export async function currentAccessToken(): Promise<string | null> {
  if (accessToken && Date.now() < expiresAt - 15_000) return accessToken;
  await refresh();
  return accessToken;
}

/** Ends the server session and signs out every tab of this browser. */
export async function signOut(): Promise<void> {
  await post('/auth/logout').catch(() => undefined);
  drop();
  channel?.postMessage('signed-out');
}

channel?.addEventListener('message', (e: MessageEvent<string>) => {
  if (e.data === 'signed-out') drop();
  if (e.data === 'signed-in' && !state.signedIn) void refresh();
});
