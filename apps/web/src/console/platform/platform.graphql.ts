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

/** A new tenant; with `firstAdministrator` its administrator is invited and made tenant admin in the same step (all or nothing). */
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
