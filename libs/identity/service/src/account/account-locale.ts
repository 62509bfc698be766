import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent } from '@m4pris/platform-messaging';
import { AccountDisabled } from '@m4pris/identity-contracts';
import { StaffSchema } from '../staff/staff.entity.js';
import { toContactEvent } from '../staff/staff.mapper.js';
import type { Account } from './account.entity.js';
import { localeOf } from './token-issuer.js';

/**
 * The language a message to the account is written in: the one the person chose, else the first
 * platform language of the staff record, else the tenant's default.
 */
export async function accountLocale(em: EntityManager, account: Account): Promise<string> {
  if (account.locale) return account.locale;
  if (account.staffId) {
    const staff = await em.findOne(StaffSchema, { id: account.staffId });
    const locale = staff ? toContactEvent(staff).locale : null;
    if (locale) return locale;
  }
  return localeOf(em, account.tenantId);
}

/** Records identity.v1.account.disabled (the notifications module tells the person); the caller flushes. */
export async function announceDisabled(em: EntityManager, account: Account): Promise<void> {
  recordEvent(em, AccountDisabled, { accountId: account.id, tenantId: account.tenantId ?? null, staffId: account.staffId ?? null, email: account.email, locale: await accountLocale(em, account) }, { tenantId: account.tenantId ?? null });
}

