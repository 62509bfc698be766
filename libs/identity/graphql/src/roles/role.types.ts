import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import type { Role, ScopeType } from '@m4pris/platform-core';
import { RoleEnum, ScopeTypeEnum } from '../identity.enums.js';

@ObjectType()
export class RoleAssignment {
  @Field(() => ID) id: string;
  @Field(() => ID) accountId: string;
  @Field() email: string;
  @Field(() => RoleEnum) role: Role;
  @Field(() => ID, { nullable: true, description: 'Absent only for PLATFORM_ADMIN.' }) tenantId: string | null;
  @Field(() => ScopeTypeEnum, { nullable: true }) scopeType: ScopeType | null;
  @Field(() => ID, { nullable: true, description: 'Institution or programme id when scopeType is not TENANT.' }) scopeId: string | null;
  @Field({ description: 'ISO 8601 timestamp.' }) createdAt: string;
}

@InputType()
export class AssignRoleInput {
  @Field(() => ID) accountId: string;
  @Field(() => RoleEnum) role: Role;
  @Field(() => ID, { nullable: true, description: 'Tenant the role applies in; required except for PLATFORM_ADMIN.' }) tenantId?: string;
  @Field(() => ScopeTypeEnum, { nullable: true }) scopeType?: ScopeType;
  @Field(() => ID, { nullable: true }) scopeId?: string;
}

@InputType()
export class RoleAssignmentFilter {
  @Field(() => ID, { nullable: true }) accountId?: string;
  @Field(() => ID, { nullable: true }) tenantId?: string;
  @Field(() => RoleEnum, { nullable: true }) role?: Role;
}
