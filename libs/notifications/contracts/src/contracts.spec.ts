import { PlatformError, validatePayload } from '@m4pris/platform-core';
import { CATEGORY_OF, ListMyNotifications, MarkNotificationsRead, MarkNotificationsReadRequest, MESSAGE_KINDS } from './index.js';

describe('notifications contracts', () => {
  it('names the subjects <module>.v1.<aggregate>.<action>', () => {
    expect(ListMyNotifications.subject).toBe('notifications.v1.inbox.list');
    expect(MarkNotificationsRead.module).toBe('notifications');
  });

  it('validates the ids of markNotificationsRead', () => {
    const id = '0b6f1a52-2f0c-4a57-9d55-8a3c1c1f2e10';
    expect(validatePayload(MarkNotificationsReadRequest, { ids: [id] })).toBeInstanceOf(MarkNotificationsReadRequest);
    expect(() => validatePayload(MarkNotificationsReadRequest, { ids: ['nope'] })).toThrow(PlatformError);
  });

  it('puts every message kind in a category (invitations are account messages, always sent)', () => {
    for (const k of MESSAGE_KINDS) expect(CATEGORY_OF[k]).toBeDefined();
    expect(CATEGORY_OF.invitation).toBe('account');
  });
});
