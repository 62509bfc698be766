import { graphql } from '../../gql';

/** The tenant's institutions with their units (one page of up to 200, by name). */
export const SetupInstitutions = graphql(`
  query SetupInstitutions {
    institutions(page: { limit: 200 }) {
      total
      items {
        id
        name
        kind
        region
        units {
          id
          name
        }
      }
    }
  }
`);

export const SetupCreateInstitution = graphql(`
  mutation SetupCreateInstitution($input: CreateInstitutionInput!) {
    createInstitution(input: $input) {
      id
      name
      kind
      region
    }
  }
`);

export const SetupUpdateInstitution = graphql(`
  mutation SetupUpdateInstitution($input: UpdateInstitutionInput!) {
    updateInstitution(input: $input) {
      id
      name
      kind
      region
    }
  }
`);

export const SetupCreateUnit = graphql(`
  mutation SetupCreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      id
      name
      institutionId
    }
  }
`);

export const SetupCreateShiftPattern = graphql(`
  mutation SetupCreateShiftPattern($input: CreateShiftPatternInput!) {
    createShiftPattern(input: $input) {
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

/** A unit's new name (tenant admin). */
export const SetupUpdateUnit = graphql(`
  mutation SetupUpdateUnit($input: UpdateUnitInput!) {
    updateUnit(input: $input) {
      id
      name
      institutionId
    }
  }
`);

/** Removes a unit nobody is in; refused (identity.UNIT_IN_USE, with the count) otherwise. */
export const SetupRemoveUnit = graphql(`
  mutation SetupRemoveUnit($id: ID!) {
    removeUnit(id: $id)
  }
`);

/** A pattern's new name and rota (validated as on create); staff on it keep it. */
export const SetupUpdateShiftPattern = graphql(`
  mutation SetupUpdateShiftPattern($input: UpdateShiftPatternInput!) {
    updateShiftPattern(input: $input) {
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

/** Removes a pattern nobody works; refused (identity.SHIFT_PATTERN_IN_USE, with the count) otherwise. */
export const SetupRemoveShiftPattern = graphql(`
  mutation SetupRemoveShiftPattern($id: ID!) {
    removeShiftPattern(id: $id)
  }
`);

/** Every published consent text of the tenant (purpose, language, newest version first). */
export const SetupConsentTexts = graphql(`
  query SetupConsentTexts {
    consentTexts {
      id
      purpose
      locale
      version
      text
      publishedAt
    }
  }
`);

export const SetupPublishConsentText = graphql(`
  mutation SetupPublishConsentText($input: PublishConsentTextInput!) {
    publishConsentText(input: $input) {
      id
      purpose
      locale
      version
    }
  }
`);

export const SetupNotificationSettings = graphql(`
  query SetupNotificationSettings {
    notificationSettings {
      senderName
      subjectPrefix
      window {
        start
        end
        timeZone
      }
    }
  }
`);

export const SetupUpdateNotificationSettings = graphql(`
  mutation SetupUpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {
    updateNotificationSettings(input: $input) {
      senderName
      subjectPrefix
      window {
        start
        end
        timeZone
      }
    }
  }
`);
