import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { invalidFields, requireAuthenticated, requireTenantRole, CommonErrors, type RequestContext } from '@m4pris/platform-core';
import {
  MESSAGE_CATEGORIES,
  NotificationsErrors,
  type MessageCategory,
  type NotificationPreferencesDto,
  type NotificationSettingsDto,
  type SendingWindowDto,
  type UpdateMyNotificationPreferencesRequest,
  type UpdateNotificationSettingsRequest,
  GetMyNotificationPreferences,
  UpdateMyNotificationPreferences,
  GetNotificationSettings,
  UpdateNotificationSettings,
} from '@m4pris/notifications-contracts';
import { NotificationsSettings } from '../notifications.settings.js';
import { Clock } from '../reminders/clock.js';
import { PreferenceSchema, TenantSettingsSchema, type Preference, type TenantSettings } from './preferences.entities.js';
import { Handles } from '@m4pris/platform-messaging';

/** What the notifier needs to know of a person and their tenant before it queues a mail. */
export interface DeliveryRules {
  muted: readonly MessageCategory[];
  digest: boolean;
  window: SendingWindowDto;
  senderName: string | null;
  subjectPrefix: string | null;
}

/** The window a tenant set, else the instance's default (MAIL_DEFAULT_WINDOW; `always` is 00:00–24:00). */
export function defaultWindow(settings: NotificationsSettings): SendingWindowDto {
  const [start, end] = settings.MAIL_DEFAULT_WINDOW === 'always' ? ['00:00', '24:00'] : settings.MAIL_DEFAULT_WINDOW.split('-');
  return { start, end, timeZone: settings.MAIL_DEFAULT_TIME_ZONE };
}
const windowOf = (t: TenantSettings | null, settings: NotificationsSettings): SendingWindowDto =>
  t ? { start: t.windowStart, end: t.windowEnd, timeZone: t.timeZone } : defaultWindow(settings);

/** Reads a person's preferences and their tenant's settings (defaults when there are none). */
@Injectable()
export class DeliveryRulesReader {
  constructor(
    private readonly em: EntityManager,
    @Inject(NotificationsSettings) private readonly settings: NotificationsSettings,
  ) {}

  async forTenant(tenantId: string | null): Promise<Pick<DeliveryRules, 'window' | 'senderName' | 'subjectPrefix'>> {
    const t = tenantId ? await this.em.findOne(TenantSettingsSchema, { tenantId }) : null;
    return { window: windowOf(t, this.settings), senderName: t?.senderName ?? null, subjectPrefix: t?.subjectPrefix ?? null };
  }

  async forStaff(tenantId: string, staffId: string): Promise<DeliveryRules> {
    const p = await this.em.findOne(PreferenceSchema, { staffId, tenantId });
    return { muted: p?.mutedCategories ?? [], digest: p?.digest ?? false, ...(await this.forTenant(tenantId)) };
  }
}

function preferencesDto(p: Preference | null, window: SendingWindowDto): NotificationPreferencesDto {
  const muted = p?.mutedCategories ?? [];
  return {
    categories: MESSAGE_CATEGORIES.map((category) => ({ category, enabled: category === 'account' || !muted.includes(category), switchable: category !== 'account' })),
    digest: p?.digest ?? false,
    window,
  };
}

/** The caller's own staff record: preferences belong to staff members (the people messages go to). */
function ownStaff(ctx: RequestContext): { staffId: string; tenantId: string } {
  requireAuthenticated(ctx);
  if (!ctx.staffId || !ctx.tenantId) throw CommonErrors.FORBIDDEN();
  return { staffId: ctx.staffId, tenantId: ctx.tenantId };
}

@Injectable()
export class PreferencesUseCases {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    @Inject(NotificationsSettings) private readonly settings: NotificationsSettings,
  ) {}

  @Handles(GetMyNotificationPreferences)
  async mine(_input: object, ctx: RequestContext): Promise<NotificationPreferencesDto> {
    const me = ownStaff(ctx);
    const [p, t] = await Promise.all([this.em.findOne(PreferenceSchema, me), this.em.findOne(TenantSettingsSchema, { tenantId: me.tenantId })]);
    return preferencesDto(p, windowOf(t, this.settings));
  }

  /** Account and security messages cannot be muted (a typed error naming the field). */
  @Handles(UpdateMyNotificationPreferences)
  async update(input: UpdateMyNotificationPreferencesRequest, ctx: RequestContext): Promise<NotificationPreferencesDto> {
    const me = ownStaff(ctx);
    if (input.mutedCategories?.includes('account')) {
      const e = NotificationsErrors.CATEGORY_ALWAYS_ON({ field: 'mutedCategories' });
      throw invalidFields([{ field: 'mutedCategories', message: e.message, messageKey: e.messageKey }]);
    }
    return this.em.transactional(async (em) => {
      const existing = await em.findOne(PreferenceSchema, me);
      const p =
        existing ??
        em.create(PreferenceSchema, { ...me, mutedCategories: [], digest: false, updatedAt: this.clock.now() });
      if (input.mutedCategories !== undefined) p.mutedCategories = [...input.mutedCategories].sort();
      if (input.digest !== undefined) p.digest = input.digest;
      p.updatedAt = this.clock.now();
      await em.flush();
      return preferencesDto(p, windowOf(await em.findOne(TenantSettingsSchema, { tenantId: me.tenantId }), this.settings));
    });
  }
}

function settingsDto(t: TenantSettings | null, settings: NotificationsSettings): NotificationSettingsDto {
  return { window: windowOf(t, settings), senderName: t?.senderName ?? null, subjectPrefix: t?.subjectPrefix ?? null };
}

/** The tenant admin's settings of the tenant's mail. */
@Injectable()
export class TenantSettingsUseCases {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    @Inject(NotificationsSettings) private readonly settings: NotificationsSettings,
  ) {}

  private tenantOf(ctx: RequestContext): string {
    requireAuthenticated(ctx);
    if (!ctx.tenantId) throw CommonErrors.FORBIDDEN();
    requireTenantRole(ctx, ctx.tenantId, ['tenant_admin']);
    return ctx.tenantId;
  }

  @Handles(GetNotificationSettings)
  async get(_input: object, ctx: RequestContext): Promise<NotificationSettingsDto> {
    return settingsDto(await this.em.findOne(TenantSettingsSchema, { tenantId: this.tenantOf(ctx) }), this.settings);
  }

  @Handles(UpdateNotificationSettings)
  async update(input: UpdateNotificationSettingsRequest, ctx: RequestContext): Promise<NotificationSettingsDto> {
    const tenantId = this.tenantOf(ctx);
    return this.em.transactional(async (em) => {
      const existing = await em.findOne(TenantSettingsSchema, { tenantId });
      const now = this.clock.now();
      const d = defaultWindow(this.settings);
      const t = existing ?? em.create(TenantSettingsSchema, { tenantId, windowStart: d.start, windowEnd: d.end, timeZone: d.timeZone, senderName: null, subjectPrefix: null, updatedAt: now });
      const start = input.windowStart ?? t.windowStart;
      const end = input.windowEnd ?? t.windowEnd;
      if (start >= end) {
        // Both ends named: the window must open before it closes (a night window is not a sending window).
        const e = NotificationsErrors.EMPTY_WINDOW();
        const fields = (['windowStart', 'windowEnd'] as const).map((field) => ({ field, message: e.message, messageKey: e.messageKey }));
        throw invalidFields(fields);
      }
      t.windowStart = start;
      t.windowEnd = end;
      if (input.timeZone !== undefined) t.timeZone = input.timeZone;
      if (input.senderName !== undefined) t.senderName = input.senderName?.trim() || null;
      if (input.subjectPrefix !== undefined) t.subjectPrefix = input.subjectPrefix?.trim() || null;
      t.updatedAt = now;
      await em.flush();
      return settingsDto(t, this.settings);
    });
  }
}
