import { OrderByInput, sortFieldEnum } from '@m4pris/platform-graphql';
import { APPLICATION_SORT_FIELDS, COHORT_SORT_FIELDS, PROGRAMME_SORT_FIELDS, RELATIONSHIP_SORT_FIELDS } from '@m4pris/programmes-contracts';

/** `orderBy` inputs of programmes' lists: one shape (`{ field, direction }`), ties broken by id. */
export const ApplicationOrderBy = OrderByInput(
  sortFieldEnum(APPLICATION_SORT_FIELDS, 'ApplicationSortField', "SUBMITTED_AT is the default; APPLICANT_NAME sorts by the applicant's display name (coordinators see it)."),
  'ApplicationOrderBy',
);
export const RelationshipOrderBy = OrderByInput(
  sortFieldEnum(RELATIONSHIP_SORT_FIELDS, 'RelationshipSortField', "STARTED_ON is the default; MENTOR_NAME and MENTEE_NAME sort by display name (the duo's coordinator sees it)."),
  'RelationshipOrderBy',
);
export const CohortOrderBy = OrderByInput(sortFieldEnum(COHORT_SORT_FIELDS, 'CohortSortField', 'STARTS_ON (latest first) is the default.'), 'CohortOrderBy');
export const ProgrammeOrderBy = OrderByInput(sortFieldEnum(PROGRAMME_SORT_FIELDS, 'ProgrammeSortField', 'CREATED_AT is the default.'), 'ProgrammeOrderBy');
