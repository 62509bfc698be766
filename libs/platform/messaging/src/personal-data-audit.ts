import type { EntityManager } from '@mikro-orm/core';
import { personalDataRead, personalDataReadEvents, type PersonalDataReadFact, type RequestContext } from '@m4pris/platform-core';
import { recordEvent } from './outbox.js';

/**
 * Audit-logs a read of other people's personal data (or a personal-data export part): the
 * `<module>.v1.personalData.read` events go to the module's outbox and are flushed before the answer
 * leaves, so a read whose audit record cannot be written fails instead of going unrecorded.
 * Identity consumes them into its audit log. Nothing is written when only the caller's own data
 * (or nothing) was read. Call it once per request, with every subject of the answer.
 */
export async function auditPersonalDataRead(em: EntityManager, module: string, ctx: RequestContext, fact: PersonalDataReadFact): Promise<void> {
  const events = personalDataReadEvents(ctx, fact);
  if (events.length === 0) return;
  const def = personalDataRead(module);
  for (const e of events) recordEvent(em, def, e, { tenantId: fact.tenantId !== undefined ? fact.tenantId : (ctx.tenantId ?? null) });
  await em.flush();
}
