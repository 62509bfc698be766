import { graphql } from '../../gql';

/** One page of the tenant's staff (search matches name or e-mail), in the order chosen. */
export const AdminStaff = graphql(`
  query AdminStaff($filter: StaffFilter, $page: PageInput, $orderBy: StaffOrderBy) {
    staff(filter: $filter, page: $page, orderBy: $orderBy) {
      total
      offset
      limit
      items {
        id
        displayName
        email
        position
        accountId
        accountStatus
        hiredOn
        institution {
          id
          name
        }
        unit {
          id
          name
        }
      }
    }
  }
`);

/** What the import page shows of a staff import job (started, then polled). */
export const StaffImportJobFields = graphql(`
  fragment StaffImportJobFields on StaffImportJob {
    id
    state
    total
    done
    failed
    errors {
      line
      field
      message
    }
  }
`);

/** Starts a staff import on the server: validated in full first (INVALID: nothing written), then written in chunks. */
export const StartStaffImport = graphql(`
  mutation StartStaffImport($input: ImportStaffInput!) {
    startStaffImport(input: $input) {
      ...StaffImportJobFields
    }
  }
`);

/** A running staff import, polled for its progress. */
export const StaffImportJobProgress = graphql(`
  query StaffImportJobProgress($id: ID!) {
    staffImportJob(id: $id) {
      ...StaffImportJobFields
    }
  }
`);

/** Dry run or import of a staff CSV: all rows or none; the row errors come in the caller's language. */
export const ImportStaffCsv = graphql(`
  mutation ImportStaffCsv($input: ImportStaffInput!) {
    importStaff(input: $input) {
      rows
      created
      valid
      errors {
        line
        field
        message
      }
    }
  }
`);

export const InviteStaff = graphql(`
  mutation AdminInviteStaff($staffId: ID!) {
    inviteStaff(staffId: $staffId) {
      accountId
      email
      expiresAt
    }
  }
`);

export const InviteAccount = graphql(`
  mutation AdminInviteAccount($input: InviteAccountInput!) {
    inviteAccount(input: $input) {
      accountId
      email
      expiresAt
    }
  }
`);

export const ResendInvitation = graphql(`
  mutation AdminResendInvitation($accountId: ID!) {
    resendInvitation(accountId: $accountId) {
      accountId
      email
      expiresAt
    }
  }
`);

/** The tenant's role assignments, with what a scope can name (institutions and programmes). */
export const AdminRoles = graphql(`
  query AdminRoles {
    me {
      accountId
      tenantId
    }
    roleAssignments {
      id
      accountId
      email
      role
      scopeType
      scopeId
      tenantId
      createdAt
    }
    institutions(page: { limit: 200 }) {
      items {
        id
        name
      }
    }
    programmes(page: { limit: 200 }) {
      items {
        id
        name
      }
    }
  }
`);

export const AssignRole = graphql(`
  mutation AdminAssignRole($input: AssignRoleInput!) {
    assignRole(input: $input) {
      id
    }
  }
`);

export const RevokeRole = graphql(`
  mutation AdminRevokeRole($id: ID!) {
    revokeRole(id: $id)
  }
`);

/** One page of the audit log, filtered. */
export const AdminAuditLog = graphql(`
  query AdminAuditLog($filter: AuditFilter, $page: PageInput) {
    auditLog(filter: $filter, page: $page) {
      total
      offset
      limit
      items {
        id
        at
        module
        action
        actorId
        entityType
        entityId
        subjectCount
        subjects {
          id
          displayName
        }
      }
    }
  }
`);

/** The tenant's shift patterns, for the rota preview. */
export const AdminShiftPatterns = graphql(`
  query AdminShiftPatterns {
    shiftPatterns {
      id
      name
      cycleDays
      shifts {
        day
        start
        hours
      }
    }
  }
`);

/** A programme's policy versions, oldest to newest as the API gives them, each with every setting. */
export const AdminPolicyVersions = graphql(`
  query AdminPolicyVersions($programmeId: ID!) {
    policyVersions(programmeId: $programmeId) {
      version
      createdAt
      policy {
        confidentialityText
        confidentialityTextIsPlatformWording
        consentTextVersion
        durationMonths
        eligibility {
          institutionKindChangeCounts
          newToProfessionMonths
          newToSettingMonths
        }
        fitCheckDays
        inactivityDays
        institutionScope
        languages
        lineManagerRule
        meetingCadenceDays
        mentorCapacity
        mentorKinds
        mentorTrainingRequired
        minMentorExperienceMonths
        participation
        supportContact {
          howToReach
          name
          supportStaffId
        }
      }
    }
  }
`);

export const AdminProgrammes = graphql(`
  query AdminProgrammes {
    programmes(page: { limit: 200 }) {
      items {
        id
        name
      }
    }
  }
`);
