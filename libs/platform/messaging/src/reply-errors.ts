import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { CommonErrors, moduleUnavailable, PlatformError, type ErrorPayload } from '@m4pris/platform-core';
import type { Logger } from '@m4pris/platform-observability';
import { ProcessedEventSchema } from './outbox.entities.js';
import { isDatabaseUnavailable } from './unavailable.js';

/**
 * What a caller is answered for anything thrown by a use case, without logging: platform errors as
 * they are, a unique violation as CONFLICT, the service's database being unreachable as
 * MODULE_UNAVAILABLE (`service` names the module), anything else INTERNAL.
 */
export function errorPayloadOf(e: unknown, service?: string): ErrorPayload {
  if (e instanceof PlatformError) return e.toPayload();
  if (e instanceof UniqueConstraintViolationException) return CommonErrors.CONFLICT().toPayload();
  if (service && isDatabaseUnavailable(e)) return moduleUnavailable(service).toPayload();
  return CommonErrors.INTERNAL().toPayload();
}

/**
 * Maps anything thrown by a use case to a reply payload (`errorPayloadOf`); an unreachable database
 * is logged as a warning, other unknown errors are logged and masked.
 */
export function toErrorPayload(e: unknown, logger: Logger, service?: string): ErrorPayload {
  const payload = errorPayloadOf(e, service);
  if (e instanceof PlatformError || e instanceof UniqueConstraintViolationException) return payload;
  if (payload.category === 'INTERNAL') logger.error({ err: e }, 'internal error');
  else logger.warn({ err: e }, 'database unavailable: request refused as MODULE_UNAVAILABLE');
  return payload;
}

export { ProcessedEventSchema };
