import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@m4pris/platform-core';
import { Handles } from '@m4pris/platform-messaging';
import {
  GetMyNotificationPreferences,
  GetNotificationSettings,
  UpdateMyNotificationPreferences,
  UpdateNotificationSettings,
  type UpdateMyNotificationPreferencesRequest,
  type UpdateNotificationSettingsRequest,
} from '@m4pris/notifications-contracts';
import { PreferencesUseCases, TenantSettingsUseCases } from './preferences.use-cases.js';

/** Bus adapters of a person's preferences and the tenant's settings: one line each. */
@Injectable()
export class PreferencesHandlers {
  constructor(
    private readonly preferences: PreferencesUseCases,
    private readonly tenant: TenantSettingsUseCases,
  ) {}

  @Handles(GetMyNotificationPreferences) mine(_p: object, ctx: RequestContext) { return this.preferences.mine(ctx); }
  @Handles(UpdateMyNotificationPreferences) update(p: UpdateMyNotificationPreferencesRequest, ctx: RequestContext) { return this.preferences.update(p, ctx); }
  @Handles(GetNotificationSettings) settings(_p: object, ctx: RequestContext) { return this.tenant.get(ctx); }
  @Handles(UpdateNotificationSettings) updateSettings(p: UpdateNotificationSettingsRequest, ctx: RequestContext) { return this.tenant.update(p, ctx); }
}
