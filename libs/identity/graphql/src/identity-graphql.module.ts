import { Module } from '@nestjs/common';
import { AuthResolver } from './auth/auth.resolver.js';
import { MeTasksResolver } from './auth/me-tasks.resolver.js';
import { ConsentResolver } from './consent/consent.resolver.js';
import { InstitutionResolver } from './institution/institution.resolver.js';
import { RoleResolver } from './roles/role.resolver.js';
import { PersonStaffResolver, StaffResolver } from './staff/staff.resolver.js';
import { TenantResolver } from './tenant/tenant.resolver.js';

/**
 * The identity part of the gateway schema. Needs a global provider of `Bus`; the gateway imports
 * this module and lists it in `GraphQLModule.forRoot({ include: [IdentityGraphqlModule] })`.
 */
@Module({
  providers: [AuthResolver, MeTasksResolver, TenantResolver, InstitutionResolver, StaffResolver, PersonStaffResolver, RoleResolver, ConsentResolver],
})
export class IdentityGraphqlModule {}
