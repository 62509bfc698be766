/**
 * Whether an error means the service's database cannot be reached right now (refused or dropped
 * connection, server shutting down or starting up, connection slots exhausted), as opposed to a
 * bug or a bad query. Such a request is answered MODULE_UNAVAILABLE (typed, retryable), never
 * INTERNAL: the fault suite (tools/e2e-distributed) restarts PostgreSQL under load and checks it.
 */
export function isDatabaseUnavailable(e: unknown): boolean {
  for (let x: unknown = e, depth = 0; x && typeof x === 'object' && depth < 5; x = (x as { cause?: unknown }).cause, depth++) {
    const code = (x as { code?: unknown }).code;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || SQLSTATES.has(code) || code.startsWith('08'))) return true;
    const message = (x as { message?: unknown }).message;
    if (typeof message === 'string' && MESSAGES.test(message)) return true;
  }
  return false;
}

/** Socket errors from node-postgres connecting to or talking with the server. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * SQLSTATEs: class 08 (connection exception) is matched by prefix; 57P01 admin_shutdown,
 * 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up or shutting down), 53300
 * too_many_connections.
 */
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** node-postgres and pg-pool errors that carry no code. */
const MESSAGES = /Connection terminated|Connection ended|connection error and is not queryable|timeout exceeded when trying to connect|Client was closed and is not queryable/i;
