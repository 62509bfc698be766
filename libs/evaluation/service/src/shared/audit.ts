import type { EntityManager } from '@mikro-orm/core';
import type { PersonalDataReadFact, RequestContext } from '@m4pris/platform-core';
import { auditPersonalDataRead } from '@m4pris/platform-messaging';

/**
 * Audit-logs a read of other people's personal data in evaluation (`evaluation.v1.personalData.read`, written to
 * identity's audit log): once per request, with every subject of the answer; one's own data is not logged.
 */
export function auditRead(em: EntityManager, ctx: RequestContext, fact: PersonalDataReadFact): Promise<void> {
  return auditPersonalDataRead(em, 'evaluation', ctx, fact);
}
