import { graphql } from '../../gql';

/** The instance's tenants, a page at a time (platform administrator). */
export const PlatformTenants = graphql(`
  query PlatformTenants($page: PageInput, $search: String) {
    tenants(page: $page, search: $search) {
      total
      offset
      limit
      items {
        id
        code
        name
        country
        defaultLocale
        enabledModules
        createdAt
      }
    }
  }
`);

export const PlatformCreateTenant = graphql(`
  mutation PlatformCreateTenant($input: CreateTenantInput!) {
    createTenant(input: $input) {
      id
      code
      name
      country
      defaultLocale
      enabledModules
      createdAt
    }
  }
`);

/** The modules a tenant runs (the platform administrator's alone to change). */
export const PlatformUpdateTenantModules = graphql(`
  mutation PlatformUpdateTenantModules($input: UpdateTenantInput!) {
    updateTenant(input: $input) {
      id
      enabledModules
    }
  }
`);

/** The tenant's first administrator: an account invited into the tenant (the link goes to their mailbox only)… */
export const PlatformInviteFirstAdmin = graphql(`
  mutation PlatformInviteFirstAdmin($input: InviteAccountInput!) {
    inviteAccount(input: $input) {
      accountId
      email
      expiresAt
    }
  }
`);

/** …then given the tenant administrator role (allowed while the tenant has no administrator). */
export const PlatformGrantFirstAdmin = graphql(`
  mutation PlatformGrantFirstAdmin($input: AssignRoleInput!) {
    assignRole(input: $input) {
      id
    }
  }
`);

/** The instance's outgoing e-mail: subject, recipient, status and attempts (never bodies or links). */
export const PlatformOutgoingMail = graphql(`
  query PlatformOutgoingMail($page: PageInput) {
    outgoingMail(page: $page) {
      total
      offset
      limit
      items {
        id
        recipient
        subject
        status
        attempts
        createdAt
        sentAt
      }
    }
  }
`);
