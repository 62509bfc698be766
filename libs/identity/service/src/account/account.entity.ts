import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { noticeChange } from '../shared/notice-change.js';

export const ACCOUNT_STATUS_VALUES = ['invited', 'active', 'disabled'] as const;
export type AccountStatusValue = (typeof ACCOUNT_STATUS_VALUES)[number];

/**
 * Someone who can sign in. Email is stored lower-cased. An address is claimed only by an account that
 * was accepted (active or disabled): invitations do not claim it, so several tenants may invite the
 * same address and only the person who receives one and accepts it takes it.
 */
export const AccountSchema = defineEntity({
  name: 'Account',
  tableName: 'account',
  triggers: [noticeChange()],
  uniques: [{ name: 'account_claimed_email_unique', expression: `create unique index "account_claimed_email_unique" on "identity"."account" ("email") where "status" <> 'invited'` }],
  indexes: [{ properties: ['email'] }],
  properties: {
    id: p.uuid().primary(),
    email: p.string().length(254),
    passwordHash: p.string().length(255).nullable(),
    status: p.string().length(20).$type<AccountStatusValue>(),
    tenantId: p.uuid().nullable().index(),
    staffId: p.uuid().nullable().index(),
    invitationTokenHash: p.string().length(64).nullable().unique(),
    invitationExpiresAt: p.datetime().nullable(),
    lastLoginAt: p.datetime().nullable(),
    /** sha256 of the single-use password reset token of the last request (a new request replaces it); cleared when used. */
    passwordResetTokenHash: p.string().length(64).nullable().unique(),
    passwordResetExpiresAt: p.datetime().nullable(),
    /**
     * Access tokens carry the version they were issued under (`sv`); the gateway refuses a token
     * whose version is older. Raised on logout, password change, role revocation and any status
     * other than active, so those sessions end at once, not when the token expires.
     */
    sessionVersion: p.integer().default(0),
    /** The language the person chose (updateMyPreferences); null: the tenant's default. */
    locale: p.string().length(5).nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});
export type Account = InferEntity<typeof AccountSchema>;

/** Opaque refresh tokens, stored as sha256; rotation within a family detects reuse. */
export const RefreshTokenSchema = defineEntity({
  name: 'RefreshToken',
  tableName: 'refresh_token',
  properties: {
    id: p.uuid().primary(),
    accountId: p.uuid().index(),
    familyId: p.uuid().index(),
    tokenHash: p.string().length(64).unique(),
    createdAt: p.datetime(),
    expiresAt: p.datetime(),
    usedAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
  },
});
export type RefreshToken = InferEntity<typeof RefreshTokenSchema>;

/** The ES256 key pair signing access tokens; `slot` is fixed so replicas agree on one key. */
export const SigningKeySchema = defineEntity({
  name: 'SigningKey',
  tableName: 'signing_key',
  properties: {
    slot: p.string().length(20).primary(),
    kid: p.string().length(64).unique(),
    privateJwk: p.json<Record<string, unknown>>(),
    publicJwk: p.json<Record<string, unknown>>(),
    createdAt: p.datetime(),
  },
});
export type SigningKey = InferEntity<typeof SigningKeySchema>;

/** Failed sign-ins, per email and per client address; shared by every replica. */
export const LoginAttemptSchema = defineEntity({
  name: 'LoginAttempt',
  tableName: 'login_attempt',
  indexes: [{ properties: ['key', 'at'] }],
  properties: {
    id: p.uuid().primary(),
    key: p.string().length(300),
    at: p.datetime(),
  },
});
export type LoginAttempt = InferEntity<typeof LoginAttemptSchema>;
