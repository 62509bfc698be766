export { IdentityGraphqlModule } from './identity-graphql.module.js';
export * from './identity.enums.js';
export * from './auth/auth.types.js';
export * from './tenant/tenant.types.js';
export * from './institution/institution.types.js';
export * from './staff/staff.types.js';
export * from './roles/role.types.js';
export * from './consent/consent.types.js';
