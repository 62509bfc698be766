import { pino, type Logger } from 'pino';
import { currentContext } from '@m4pris/platform-core';

export type { Logger } from 'pino';

/** Structured JSON logs; every line made while handling a request carries its trace id. */
export function createLogger(name: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name,
    level,
    base: { service: name },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin() {
      const ctx = currentContext();
      return ctx ? { traceId: ctx.traceId, tenantId: ctx.tenantId } : {};
    },
    redact: { paths: ['password', '*.password', 'newPassword', '*.newPassword', 'refreshToken', '*.refreshToken', 'accessToken', '*.accessToken'], censor: '[redacted]' },
  });
}
