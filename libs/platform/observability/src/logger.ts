import { pino, type DestinationStream, type Logger } from 'pino';
import { currentContext } from '@m4pris/platform-core';
import { activeSpanIds } from './tracing.js';

export type { Logger } from 'pino';

/**
 * Structured JSON logs; every line made while handling a request carries its trace id (the
 * RequestContext's, which is also the OpenTelemetry trace id) and, when tracing is on, the span id.
 */
export function createLogger(name: string, level = process.env.LOG_LEVEL ?? 'info', destination?: DestinationStream): Logger {
  const options = {
    name,
    level,
    base: { service: name },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin() {
      const ctx = currentContext();
      const span = activeSpanIds();
      const traceId = ctx?.traceId ?? span?.traceId;
      if (!traceId) return {};
      return {
        traceId,
        ...(span && span.traceId === traceId ? { spanId: span.spanId } : {}),
        ...(ctx?.tenantId ? { tenantId: ctx.tenantId } : {}),
      };
    },
    redact: { paths: ['password', '*.password', 'newPassword', '*.newPassword', 'refreshToken', '*.refreshToken', 'accessToken', '*.accessToken'], censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
