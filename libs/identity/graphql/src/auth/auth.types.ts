import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { Role, ScopeType } from '@m4pris/platform-core';
import { RoleEnum, ScopeTypeEnum } from '../identity.enums.js';
import { Staff } from '../staff/staff.types.js';

@InputType()
export class LoginInput {
  @Field() email: string;
  @Field() password: string;
}

@InputType()
export class RefreshTokenInput {
  @Field({ description: 'The refresh token of the last TokenPair; single use (a reused token signs the session out everywhere).' })
  refreshToken: string;
}

@InputType()
export class LogoutInput {
  @Field() refreshToken: string;
}

@InputType()
export class ChangePasswordInput {
  @Field() currentPassword: string;
  @Field() newPassword: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field({ description: 'The single-use token of the Invitation.' }) token: string;
  @Field({ description: 'The password to set for the new account.' }) password: string;
}

@InputType({ description: 'The caller\'s own settings; only the given fields change.' })
export class UpdateMyPreferencesInput {
  @Field({ nullable: true, description: 'The language the platform speaks to you: en, da, pt, ro or el. Used where a request sends no Accept-Language, and for your notifications.' })
  locale?: string;
}

@ObjectType()
export class TokenPair {
  @Field({ description: 'ES256 JWT; send as `Authorization: Bearer <token>`.' }) accessToken: string;
  @Field() refreshToken: string;
  @Field(() => Int, { description: 'Seconds until the access token expires.' }) expiresIn: number;
  @Field({ description: 'Always `Bearer`.' }) tokenType: string;
}

@ObjectType({ description: 'One role the caller holds, as carried in the access token.' })
export class RoleGrant {
  @Field(() => RoleEnum) role: Role;
  @Field(() => ID, { nullable: true, description: 'Absent only for PLATFORM_ADMIN.' }) tenantId?: string | null;
  @Field(() => ScopeTypeEnum, { nullable: true }) scopeType?: ScopeType | null;
  @Field(() => ID, { nullable: true, description: 'Institution or programme id when scopeType is not TENANT.' }) scopeId?: string | null;
}

@ObjectType({ description: 'The signed-in caller.' })
export class Me {
  @Field(() => ID) accountId: string;
  @Field() email: string;
  @Field(() => ID, { nullable: true, description: 'Absent for the platform admin.' }) tenantId: string | null;
  @Field({ description: 'The language the platform speaks to you (en, da, pt, ro, el): your own choice (updateMyPreferences), else the tenant\'s default.' }) locale: string;
  @Field(() => [RoleGrant]) roles: RoleGrant[];
  @Field(() => Staff, { nullable: true, description: 'The staff record of the caller, when the account belongs to a staff member.' })
  staff: Staff | null;
}
