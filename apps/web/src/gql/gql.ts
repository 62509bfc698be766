/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SaveMyLanguage($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      accountId\n      locale\n    }\n  }\n": typeof types.SaveMyLanguageDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": typeof types.LogoutEverywhereDocument,
    "\n  query AdminStaff($filter: StaffFilter, $page: PageInput, $orderBy: StaffOrderBy) {\n    staff(filter: $filter, page: $page, orderBy: $orderBy) {\n      total\n      offset\n      limit\n      items {\n        id\n        displayName\n        email\n        position\n        accountId\n        accountStatus\n        hiredOn\n        institution {\n          id\n          name\n        }\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AdminStaffDocument,
    "\n  fragment StaffImportJobFields on StaffImportJob {\n    id\n    state\n    total\n    done\n    failed\n    errors {\n      line\n      field\n      message\n    }\n  }\n": typeof types.StaffImportJobFieldsFragmentDoc,
    "\n  mutation StartStaffImport($input: ImportStaffInput!) {\n    startStaffImport(input: $input) {\n      ...StaffImportJobFields\n    }\n  }\n": typeof types.StartStaffImportDocument,
    "\n  query StaffImportJobProgress($id: ID!) {\n    staffImportJob(id: $id) {\n      ...StaffImportJobFields\n    }\n  }\n": typeof types.StaffImportJobProgressDocument,
    "\n  mutation ImportStaffCsv($input: ImportStaffInput!) {\n    importStaff(input: $input) {\n      rows\n      created\n      valid\n      errors {\n        line\n        field\n        message\n      }\n    }\n  }\n": typeof types.ImportStaffCsvDocument,
    "\n  mutation AdminInviteStaff($staffId: ID!) {\n    inviteStaff(staffId: $staffId) {\n      accountId\n      email\n      expiresAt\n    }\n  }\n": typeof types.AdminInviteStaffDocument,
    "\n  mutation AdminInviteAccount($input: InviteAccountInput!) {\n    inviteAccount(input: $input) {\n      accountId\n      email\n      expiresAt\n    }\n  }\n": typeof types.AdminInviteAccountDocument,
    "\n  mutation AdminResendInvitation($accountId: ID!) {\n    resendInvitation(accountId: $accountId) {\n      accountId\n      email\n      expiresAt\n    }\n  }\n": typeof types.AdminResendInvitationDocument,
    "\n  query AdminRoles {\n    me {\n      accountId\n      tenantId\n    }\n    roleAssignments {\n      id\n      accountId\n      email\n      role\n      scopeType\n      scopeId\n      tenantId\n      createdAt\n    }\n    institutions(page: { limit: 200 }) {\n      items {\n        id\n        name\n      }\n    }\n    programmes(page: { limit: 200 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdminRolesDocument,
    "\n  mutation AdminAssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminAssignRoleDocument,
    "\n  mutation AdminRevokeRole($id: ID!) {\n    revokeRole(id: $id)\n  }\n": typeof types.AdminRevokeRoleDocument,
    "\n  query AdminAuditLog($filter: AuditFilter, $page: PageInput) {\n    auditLog(filter: $filter, page: $page) {\n      total\n      offset\n      limit\n      items {\n        id\n        at\n        module\n        action\n        actorId\n        entityType\n        entityId\n        subjectCount\n        subjects {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.AdminAuditLogDocument,
    "\n  query AdminShiftPatterns {\n    shiftPatterns {\n      id\n      name\n      cycleDays\n      shifts {\n        day\n        start\n        hours\n      }\n    }\n  }\n": typeof types.AdminShiftPatternsDocument,
    "\n  query AdminPolicyVersions($programmeId: ID!) {\n    policyVersions(programmeId: $programmeId) {\n      version\n      createdAt\n      policy {\n        confidentialityText\n        confidentialityTextIsPlatformWording\n        consentTextVersion\n        durationMonths\n        eligibility {\n          institutionKindChangeCounts\n          newToProfessionMonths\n          newToSettingMonths\n        }\n        fitCheckDays\n        inactivityDays\n        institutionScope\n        languages\n        lineManagerRule\n        meetingCadenceDays\n        mentorCapacity\n        mentorKinds\n        mentorTrainingRequired\n        minMentorExperienceMonths\n        participation\n        supportContact {\n          howToReach\n          name\n          supportStaffId\n        }\n      }\n    }\n  }\n": typeof types.AdminPolicyVersionsDocument,
    "\n  query AdminProgrammes {\n    programmes(page: { limit: 200 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdminProgrammesDocument,
    "\n  mutation AdminUpdatePolicy($programmeId: ID!, $policy: ProgrammePolicyInput!) {\n    updateProgrammePolicy(programmeId: $programmeId, policy: $policy) {\n      id\n      policyVersion\n    }\n  }\n": typeof types.AdminUpdatePolicyDocument,
    "\n  query SetupInstitutions {\n    institutions(page: { limit: 200 }) {\n      total\n      items {\n        id\n        name\n        kind\n        region\n        units {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SetupInstitutionsDocument,
    "\n  mutation SetupCreateInstitution($input: CreateInstitutionInput!) {\n    createInstitution(input: $input) {\n      id\n      name\n      kind\n      region\n    }\n  }\n": typeof types.SetupCreateInstitutionDocument,
    "\n  mutation SetupUpdateInstitution($input: UpdateInstitutionInput!) {\n    updateInstitution(input: $input) {\n      id\n      name\n      kind\n      region\n    }\n  }\n": typeof types.SetupUpdateInstitutionDocument,
    "\n  mutation SetupCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n      institutionId\n    }\n  }\n": typeof types.SetupCreateUnitDocument,
    "\n  mutation SetupCreateShiftPattern($input: CreateShiftPatternInput!) {\n    createShiftPattern(input: $input) {\n      id\n      name\n      cycleDays\n      shifts {\n        day\n        start\n        hours\n      }\n    }\n  }\n": typeof types.SetupCreateShiftPatternDocument,
    "\n  mutation SetupUpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n      name\n      institutionId\n    }\n  }\n": typeof types.SetupUpdateUnitDocument,
    "\n  mutation SetupRemoveUnit($id: ID!) {\n    removeUnit(id: $id)\n  }\n": typeof types.SetupRemoveUnitDocument,
    "\n  mutation SetupUpdateShiftPattern($input: UpdateShiftPatternInput!) {\n    updateShiftPattern(input: $input) {\n      id\n      name\n      cycleDays\n      shifts {\n        day\n        start\n        hours\n      }\n    }\n  }\n": typeof types.SetupUpdateShiftPatternDocument,
    "\n  mutation SetupRemoveShiftPattern($id: ID!) {\n    removeShiftPattern(id: $id)\n  }\n": typeof types.SetupRemoveShiftPatternDocument,
    "\n  query SetupConsentTexts {\n    consentTexts {\n      id\n      purpose\n      locale\n      version\n      text\n      publishedAt\n    }\n  }\n": typeof types.SetupConsentTextsDocument,
    "\n  mutation SetupPublishConsentText($input: PublishConsentTextInput!) {\n    publishConsentText(input: $input) {\n      id\n      purpose\n      locale\n      version\n    }\n  }\n": typeof types.SetupPublishConsentTextDocument,
    "\n  query SetupNotificationSettings {\n    notificationSettings {\n      senderName\n      subjectPrefix\n      window {\n        start\n        end\n        timeZone\n      }\n    }\n  }\n": typeof types.SetupNotificationSettingsDocument,
    "\n  mutation SetupUpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      senderName\n      subjectPrefix\n      window {\n        start\n        end\n        timeZone\n      }\n    }\n  }\n": typeof types.SetupUpdateNotificationSettingsDocument,
    "\n  query ConsoleApplications($cohortId: ID!, $filter: ApplicationFilter, $page: PageInput) {\n    applications(cohortId: $cohortId, filter: $filter, page: $page) {\n      total\n      items {\n        id\n        role\n        state\n        motivation\n        functions\n        strengthsOrNeeds\n        languages\n        eligibility\n        decisionReason\n        submittedAt\n        applicant {\n          id\n          displayName\n          institution {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleApplicationsDocument,
    "\n  mutation ConsoleDecideApplication($input: DecideApplicationInput!) {\n    decideApplication(input: $input) {\n      id\n      state\n      decisionReason\n      decidedAt\n    }\n  }\n": typeof types.ConsoleDecideApplicationDocument,
    "\n  mutation ConsoleCreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      name\n      programmeId\n      state\n      startsOn\n      endsOn\n      stateChangedAt\n      allowedTransitions\n    }\n  }\n": typeof types.ConsoleCreateCohortDocument,
    "\n  mutation ConsoleTransitionCohort($cohortId: ID!, $to: CohortState!) {\n    transitionCohort(cohortId: $cohortId, to: $to) {\n      id\n      state\n      stateChangedAt\n      allowedTransitions\n    }\n  }\n": typeof types.ConsoleTransitionCohortDocument,
    "\n  query ConsoleEligibleStaff($cohortId: ID!, $role: ParticipantRole, $page: PageInput) {\n    eligibleStaff(cohortId: $cohortId, role: $role, page: $page) {\n      total\n      offset\n      limit\n      items {\n        staffId\n        role\n        reasons\n        monthsOfService\n        person {\n          id\n          displayName\n          institution {\n            id\n            name\n          }\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleEligibleStaffDocument,
    "\n  mutation ConsoleCloseConcern($id: ID!) {\n    closeConcern(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n": typeof types.ConsoleCloseConcernDocument,
    "\n  query ConsoleMe {\n    me {\n      accountId\n      email\n      roles {\n        role\n        scopeType\n        scopeId\n        tenantId\n      }\n      staff {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ConsoleMeDocument,
    "\n  query SupportInbox($status: ConcernStatus) {\n    supportConcerns(status: $status) {\n      id\n      category\n      details\n      status\n      raisedAt\n      closedAt\n      relationshipId\n    }\n  }\n": typeof types.SupportInboxDocument,
    "\n  query ConsoleCohorts {\n    programmes(page: { limit: 200 }) {\n      items {\n        id\n        name\n        institutionIds\n      }\n    }\n    cohorts(page: { limit: 200 }) {\n      items {\n        id\n        name\n        programmeId\n        state\n        startsOn\n        endsOn\n        stateChangedAt\n        allowedTransitions\n      }\n    }\n  }\n": typeof types.ConsoleCohortsDocument,
    "\n  query EditorCourses {\n    trainingCourses {\n      id\n      title\n      code\n      key\n      version\n    }\n  }\n": typeof types.EditorCoursesDocument,
    "\n  query EditorCourse($id: ID!) {\n    trainingCourse(id: $id) {\n      ...EditorCourse\n    }\n  }\n": typeof types.EditorCourseDocument,
    "\n  fragment EditorCourse on TrainingCourse {\n    id\n    title\n    titleTranslations {\n      locale\n      text\n    }\n    code\n    description\n    descriptionTranslations {\n      locale\n      text\n    }\n    version\n    baseLocale\n    audience\n    modules {\n      id\n      cluster\n      title\n      titleTranslations {\n        locale\n        text\n      }\n      description\n      descriptionTranslations {\n        locale\n        text\n      }\n      units {\n        id\n        title\n        titleTranslations {\n          locale\n          text\n        }\n        summary\n        summaryTranslations {\n          locale\n          text\n        }\n        minutes\n        knowledgeCheck {\n          passMark\n          questions {\n            id\n            kind\n            text\n            textTranslations {\n              locale\n              text\n            }\n            options {\n              id\n              text\n            }\n            optionTranslations {\n              optionId\n              locale\n              text\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.EditorCourseFragmentDoc,
    "\n  mutation EditorCreateCourse($input: CreateTrainingCourseInput!) {\n    createTrainingCourse(input: $input) {\n      ...EditorCourse\n    }\n  }\n": typeof types.EditorCreateCourseDocument,
    "\n  mutation EditorAddModule($input: AddCourseModuleInput!) {\n    addCourseModule(input: $input) {\n      ...EditorCourse\n    }\n  }\n": typeof types.EditorAddModuleDocument,
    "\n  mutation EditorAddUnit($input: AddCourseUnitInput!) {\n    addCourseUnit(input: $input) {\n      ...EditorCourse\n    }\n  }\n": typeof types.EditorAddUnitDocument,
    "\n  mutation EditorAddQuestion($input: AddKnowledgeCheckQuestionInput!) {\n    addKnowledgeCheckQuestion(input: $input) {\n      ...EditorCourse\n    }\n  }\n": typeof types.EditorAddQuestionDocument,
    "\n  query EditorAnswerKey($courseId: ID!) {\n    courseAnswerKey(courseId: $courseId) {\n      questionId\n      correctOptionIds\n    }\n  }\n": typeof types.EditorAnswerKeyDocument,
    "\n  mutation EditorUpdateCourse($input: UpdateCourseInput!) {\n    updateTrainingCourse(input: $input) {\n      ...EditorCourse\n    }\n  }\n": typeof types.EditorUpdateCourseDocument,
    "\n  mutation EditorUpdateModule($input: UpdateCourseModuleInput!) {\n    updateCourseModule(input: $input) {\n      ...EditorCourse\n    }\n  }\n": typeof types.EditorUpdateModuleDocument,
    "\n  mutation EditorMoveModule($input: MoveCourseModuleInput!) {\n    moveCourseModule(input: $input) {\n      ...EditorCourse\n    }\n  }\n": typeof types.EditorMoveModuleDocument,
    "\n  mutation EditorRemoveModule($courseId: ID!, $moduleId: ID!) {\n    removeCourseModule(courseId: $courseId, moduleId: $moduleId) {\n      ...EditorCourse\n    }\n  }\n": typeof types.EditorRemoveModuleDocument,
    "\n  mutation EditorUpdateUnit($input: UpdateCourseUnitInput!) {\n    updateCourseUnit(input: $input) {\n      ...EditorCourse\n    }\n  }\n": typeof types.EditorUpdateUnitDocument,
    "\n  mutation EditorMoveUnit($input: MoveCourseUnitInput!) {\n    moveCourseUnit(input: $input) {\n      ...EditorCourse\n    }\n  }\n": typeof types.EditorMoveUnitDocument,
    "\n  mutation EditorRemoveUnit($courseId: ID!, $unitId: ID!) {\n    removeCourseUnit(courseId: $courseId, unitId: $unitId) {\n      ...EditorCourse\n    }\n  }\n": typeof types.EditorRemoveUnitDocument,
    "\n  mutation EditorUpdateQuestion($input: UpdateKnowledgeCheckQuestionInput!) {\n    updateKnowledgeCheckQuestion(input: $input) {\n      ...EditorCourse\n    }\n  }\n": typeof types.EditorUpdateQuestionDocument,
    "\n  mutation EditorRemoveQuestion($courseId: ID!, $questionId: ID!) {\n    removeKnowledgeCheckQuestion(courseId: $courseId, questionId: $questionId) {\n      ...EditorCourse\n    }\n  }\n": typeof types.EditorRemoveQuestionDocument,
    "\n  query EditorDefaultCurricula {\n    defaultCurricula {\n      key\n      title\n      description\n      audience\n      modules\n      units\n    }\n  }\n": typeof types.EditorDefaultCurriculaDocument,
    "\n  mutation EditorAdoptDefaultCourse($input: AdoptDefaultCourseInput!) {\n    adoptDefaultCourse(input: $input) {\n      id\n      title\n      key\n      version\n    }\n  }\n": typeof types.EditorAdoptDefaultCourseDocument,
    "\n  query ConsoleDashboard($cohortId: ID!) {\n    cohortDashboard(cohortId: $cohortId) {\n      cohortId\n      state\n      activeDuos\n      pausedDuos\n      endedEarly\n      closedDuos\n      rematchRequests\n      meetings\n      meetingsPerDuo\n      meetingMinutes\n      duosNeedingAttention\n      openConcerns\n      applications {\n        role\n        state\n        count\n      }\n      attentionByReason {\n        reason\n        count\n      }\n      functionBalance {\n        function\n        meetings\n        share\n      }\n      weeks {\n        startsOn\n        meetings\n        duosNeedingAttention\n      }\n    }\n  }\n": typeof types.ConsoleDashboardDocument,
    "\n  query ConsoleDuos($cohortId: ID!, $state: RelationshipState, $page: PageInput) {\n    relationships(cohortId: $cohortId, state: $state, page: $page) {\n      total\n      items {\n        id\n        state\n        startedOn\n        plannedEndOn\n        lastMeetingOn\n        lastCheckInOn\n        meetingCount\n        agreementAcknowledged\n        fitCheckDone\n        openConcerns\n        rematchRequested\n        endReason\n        mentor {\n          id\n          displayName\n        }\n        mentee {\n          id\n          displayName\n        }\n      }\n    }\n    duosNeedingAttention(cohortId: $cohortId) {\n      relationshipId\n      reasons\n      daysSinceContact\n      lastMeetingOn\n      relationship {\n        id\n        mentor {\n          id\n          displayName\n        }\n        mentee {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.ConsoleDuosDocument,
    "\n  mutation ConsoleRematch($id: ID!) {\n    rematch(relationshipId: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleRematchDocument,
    "\n  query ConsoleMatchRuns($cohortId: ID!) {\n    matchRuns(cohortId: $cohortId) {\n      id\n      status\n      progress\n      createdAt\n    }\n  }\n": typeof types.ConsoleMatchRunsDocument,
    "\n  query ConsoleMatchRun($id: ID!) {\n    matchRun(id: $id) {\n      id\n      cohortId\n      status\n      progress\n      createdAt\n      finishedAt\n      mentees\n      mentors\n      meanScore\n      weightsVersion\n      proposals {\n        id\n        status\n        pinned\n        score\n        flags\n        reason\n        mentorStaffId\n        menteeStaffId\n        mentor {\n          id\n          displayName\n        }\n        mentee {\n          id\n          displayName\n        }\n        breakdown {\n          criterion\n          detail\n          value\n          points\n          weight\n        }\n      }\n      unmatched {\n        staffId\n        role\n        person {\n          id\n          displayName\n        }\n        explanation\n      }\n    }\n  }\n": typeof types.ConsoleMatchRunDocument,
    "\n  mutation ConsoleRunMatch($input: RunMatchInput!) {\n    runMatch(input: $input) {\n      id\n      status\n      progress\n      mentees\n      mentors\n    }\n  }\n": typeof types.ConsoleRunMatchDocument,
    "\n  mutation ConsoleApproveProposals($input: ApproveProposalsInput!) {\n    approveProposals(input: $input) {\n      id\n      status\n      proposals {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ConsoleApproveProposalsDocument,
    "\n  mutation ConsoleRejectProposal($id: ID!) {\n    rejectProposal(proposalId: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleRejectProposalDocument,
    "\n  mutation ConsolePinPair($input: PairInput!) {\n    pinPair(input: $input) {\n      kind\n      mentorStaffId\n      menteeStaffId\n    }\n  }\n": typeof types.ConsolePinPairDocument,
    "\n  mutation ConsoleForbidPair($input: PairInput!) {\n    forbidPair(input: $input) {\n      kind\n      mentorStaffId\n      menteeStaffId\n    }\n  }\n": typeof types.ConsoleForbidPairDocument,
    "\n  query PlatformTenants($page: PageInput, $search: String) {\n    tenants(page: $page, search: $search) {\n      total\n      offset\n      limit\n      items {\n        id\n        code\n        name\n        country\n        defaultLocale\n        enabledModules\n        createdAt\n      }\n    }\n  }\n": typeof types.PlatformTenantsDocument,
    "\n  mutation PlatformCreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      code\n      name\n      country\n      defaultLocale\n      enabledModules\n      createdAt\n    }\n  }\n": typeof types.PlatformCreateTenantDocument,
    "\n  mutation PlatformUpdateTenantModules($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      id\n      enabledModules\n    }\n  }\n": typeof types.PlatformUpdateTenantModulesDocument,
    "\n  query PlatformOutgoingMail($page: PageInput) {\n    outgoingMail(page: $page) {\n      total\n      offset\n      limit\n      items {\n        id\n        recipient\n        subject\n        status\n        attempts\n        createdAt\n        sentAt\n      }\n    }\n  }\n": typeof types.PlatformOutgoingMailDocument,
    "\n  query ResearchProgrammes {\n    programmes(page: { limit: 200 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ResearchProgrammesDocument,
    "\n  query ResearchPlan($programmeId: ID!) {\n    surveyPlan(programmeId: $programmeId) {\n      version\n      updatedAt\n      waves {\n        kind\n        dueWithinDays\n        menteeInstruments\n        mentorInstruments\n      }\n    }\n  }\n": typeof types.ResearchPlanDocument,
    "\n  query ResearchResponseFlow($programmeId: ID!) {\n    surveyResponseFlow(programmeId: $programmeId) {\n      waves {\n        wave\n        invited\n        notStarted\n        started\n        completed\n        expired\n      }\n    }\n  }\n": typeof types.ResearchResponseFlowDocument,
    "\n  query ResearchPrePost($input: PrePostReportInput!) {\n    prePostReport(input: $input) {\n      minCell\n      minCellSensitive\n      pre\n      post\n      cells {\n        group\n        instrumentCode\n        score\n        suppressed\n        pairs\n        preMean\n        postMean\n        meanChange\n        ciLow\n        ciHigh\n        dz\n        pValue\n        wilcoxonP\n        higherIsBetter\n      }\n    }\n  }\n": typeof types.ResearchPrePostDocument,
    "\n  query ResearchOutcomes($programmeId: ID!) {\n    programmeOutcomes(programmeId: $programmeId) {\n      duosFormed\n      activeDuos\n      closedDuos\n      endedEarly\n      meetingsLogged\n      meetingsPerDuoMean\n      retention {\n        months\n        mentees\n        menteesRetained\n        comparison\n        comparisonRetained\n      }\n    }\n  }\n": typeof types.ResearchOutcomesDocument,
    "\n  query ResearchCodebook($programmeId: ID!) {\n    surveyCodebook(programmeId: $programmeId) {\n      csv\n      variables\n    }\n  }\n": typeof types.ResearchCodebookDocument,
    "\n  query ResearchExport($input: SurveyExportInput!) {\n    surveyExport(input: $input) {\n      header\n      csv\n      rows\n      total\n      nextOffset\n    }\n  }\n": typeof types.ResearchExportDocument,
    "\n  query ResearchInstruments {\n    evaluationInstruments {\n      code\n      name\n      responseAnchors\n      textLocales\n      licence {\n        wordingShipped\n      }\n      items {\n        id\n      }\n    }\n  }\n": typeof types.ResearchInstrumentsDocument,
    "\n  mutation ResearchLoadInstrumentText($input: LoadInstrumentTextInput!) {\n    loadInstrumentText(input: $input) {\n      instrumentCode\n      locale\n      items\n      source\n      loadedAt\n    }\n  }\n": typeof types.ResearchLoadInstrumentTextDocument,
    "\n  query ConsoleTrainingCourses {\n    trainingCourses {\n      id\n      title\n      code\n    }\n  }\n": typeof types.ConsoleTrainingCoursesDocument,
    "\n  fragment ConsoleTrainingSession on TrainingSession {\n    id\n    courseId\n    title\n    startsAt\n    endsAt\n    place\n    onlineUrl\n    language\n    capacity\n    booked\n    seatsLeft\n    waitlisted\n    allowWaitlist\n    registerKept\n    trainerStaffId\n    trainerName\n    cancelledAt\n    cancelReason\n  }\n": typeof types.ConsoleTrainingSessionFragmentDoc,
    "\n  query ConsoleTenantSessions($offset: Int!, $limit: Int!) {\n    tenantTrainingSessions(page: { offset: $offset, limit: $limit }) {\n      total\n      items {\n        ...ConsoleTrainingSession\n      }\n    }\n  }\n": typeof types.ConsoleTenantSessionsDocument,
    "\n  query ConsoleTrainerCandidates($search: String) {\n    staff(filter: { search: $search }, page: { limit: 20 }, orderBy: { field: NAME }) {\n      items {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ConsoleTrainerCandidatesDocument,
    "\n  mutation ConsoleScheduleSession($input: ScheduleTrainingSessionInput!) {\n    scheduleTrainingSession(input: $input) {\n      ...ConsoleTrainingSession\n    }\n  }\n": typeof types.ConsoleScheduleSessionDocument,
    "\n  mutation ConsoleUpdateSession($input: UpdateTrainingSessionInput!) {\n    updateTrainingSession(input: $input) {\n      ...ConsoleTrainingSession\n    }\n  }\n": typeof types.ConsoleUpdateSessionDocument,
    "\n  mutation ConsoleCancelSession($input: CancelTrainingSessionInput!) {\n    cancelTrainingSession(input: $input) {\n      ...ConsoleTrainingSession\n    }\n  }\n": typeof types.ConsoleCancelSessionDocument,
    "\n  fragment ConsoleSessionRegister on SessionRegister {\n    session {\n      ...ConsoleTrainingSession\n    }\n    entries {\n      id\n      staffId\n      status\n      waitlistPosition\n      attendance\n    }\n  }\n": typeof types.ConsoleSessionRegisterFragmentDoc,
    "\n  query ConsoleSessionRegister($sessionId: ID!) {\n    sessionRegister(sessionId: $sessionId) {\n      ...ConsoleSessionRegister\n    }\n  }\n": typeof types.ConsoleSessionRegisterDocument,
    "\n  query ConsoleStaffNames($ids: [ID!]!) {\n    staff(filter: { ids: $ids, includeLeft: true }, page: { limit: 200 }) {\n      items {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ConsoleStaffNamesDocument,
    "\n  mutation ConsoleRecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      ...ConsoleSessionRegister\n    }\n  }\n": typeof types.ConsoleRecordAttendanceDocument,
    "\n  query ConsoleMentorsTrained($cohortId: ID!) {\n    mentorsTrained(cohortId: $cohortId) {\n      cohortId\n      trained\n      needed\n      shortfall\n      menteesAccepted\n      mentorCapacity\n    }\n  }\n": typeof types.ConsoleMentorsTrainedDocument,
    "\n  query OpenCohorts {\n    cohorts(filter: { state: RECRUITING }) {\n      items {\n        id\n        name\n        startsOn\n        endsOn\n        programmeId\n      }\n    }\n    myApplications {\n      id\n      cohortId\n      role\n      state\n      submittedAt\n    }\n  }\n": typeof types.OpenCohortsDocument,
    "\n  query ParticipationConsent {\n    consentTexts(purpose: \"programme.participation\") {\n      id\n      locale\n      text\n      version\n    }\n  }\n": typeof types.ParticipationConsentDocument,
    "\n  mutation Apply($input: SubmitApplicationInput!) {\n    submitApplication(input: $input) {\n      id\n      cohortId\n      role\n      state\n      submittedAt\n    }\n  }\n": typeof types.ApplyDocument,
    "\n  mutation Withdraw($id: ID!) {\n    withdrawApplication(id: $id) {\n      id\n      state\n    }\n  }\n": typeof types.WithdrawDocument,
    "\n  fragment NotificationPreferencesFields on NotificationPreferences {\n    digest\n    categories {\n      category\n      enabled\n      switchable\n    }\n    window {\n      start\n      end\n      timeZone\n    }\n  }\n": typeof types.NotificationPreferencesFieldsFragmentDoc,
    "\n  query MyNotificationPreferences {\n    myNotificationPreferences {\n      ...NotificationPreferencesFields\n    }\n  }\n": typeof types.MyNotificationPreferencesDocument,
    "\n  mutation UpdateMyNotificationPreferences($input: UpdateMyNotificationPreferencesInput!) {\n    updateMyNotificationPreferences(input: $input) {\n      ...NotificationPreferencesFields\n    }\n  }\n": typeof types.UpdateMyNotificationPreferencesDocument,
    "\n  query SettingsMe {\n    me {\n      accountId\n      email\n      locale\n    }\n  }\n": typeof types.SettingsMeDocument,
    "\n  query MyTasks {\n    me {\n      accountId\n      tasks {\n        kind\n        dueOn\n        link\n        subject {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MyTasksDocument,
    "\n  query MyTraining {\n    trainingCourses {\n      id\n      title\n      description\n    }\n    myEnrolments {\n      id\n      courseId\n      ...EnrolmentProgress\n    }\n    myCertificates {\n      id\n      courseTitle\n      issuedOn\n      code\n      valid\n    }\n  }\n": typeof types.MyTrainingDocument,
    "\n  mutation EnrolMe($input: EnrolInput!) {\n    enrol(input: $input) {\n      id\n      courseId\n      status\n    }\n  }\n": typeof types.EnrolMeDocument,
    "\n  query CertificatePdf($id: ID!) {\n    certificatePdf(id: $id) {\n      base64\n      contentType\n      filename\n    }\n  }\n": typeof types.CertificatePdfDocument,
    "\n  query MyDuos {\n    myRelationships {\n      id\n      state\n      myRole\n      startedOn\n      plannedEndOn\n      meetingCount\n      lastMeetingOn\n      fitCheckDone\n      agreementAcknowledged\n      mentor {\n        ...DuoPartner\n      }\n      mentee {\n        ...DuoPartner\n      }\n      cohort {\n        id\n        name\n      }\n      programme {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyDuosDocument,
    "\n  fragment DuoPartner on Person {\n    id\n    displayName\n    workEmail\n    institution {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    shiftPattern {\n      id\n      name\n    }\n  }\n": typeof types.DuoPartnerFragmentDoc,
    "\n  query DuoDetail($id: ID!) {\n    agreement(relationshipId: $id) {\n      relationshipId\n      cadenceDays\n      goalsSummary\n      practicalities\n      confidentialityText\n      mentorAcknowledgedAt\n      menteeAcknowledgedAt\n    }\n    goals(relationshipId: $id) {\n      id\n      title\n      function\n      progress\n      status\n    }\n    meetings(relationshipId: $id) {\n      id\n      heldOn\n      durationMinutes\n      functions\n    }\n  }\n": typeof types.DuoDetailDocument,
    "\n  mutation LogMeeting($input: LogMeetingInput!) {\n    logMeeting(input: $input) {\n      id\n      heldOn\n      durationMinutes\n      functions\n    }\n  }\n": typeof types.LogMeetingDocument,
    "\n  mutation SaveAgreement($input: SaveAgreementInput!) {\n    saveAgreement(input: $input) {\n      relationshipId\n      cadenceDays\n      goalsSummary\n      practicalities\n      mentorAcknowledgedAt\n      menteeAcknowledgedAt\n    }\n  }\n": typeof types.SaveAgreementDocument,
    "\n  mutation AcknowledgeAgreement($id: ID!) {\n    acknowledgeAgreement(relationshipId: $id) {\n      relationshipId\n      mentorAcknowledgedAt\n      menteeAcknowledgedAt\n    }\n  }\n": typeof types.AcknowledgeAgreementDocument,
    "\n  mutation AddGoal($input: AddGoalInput!) {\n    addGoal(input: $input) {\n      id\n      title\n      function\n      progress\n      status\n    }\n  }\n": typeof types.AddGoalDocument,
    "\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n      progress\n      status\n    }\n  }\n": typeof types.UpdateGoalDocument,
    "\n  mutation AnswerFitCheck($input: AnswerFitCheckInput!) {\n    answerFitCheck(input: $input) {\n      id\n      state\n      fitCheckDone\n    }\n  }\n": typeof types.AnswerFitCheckDocument,
    "\n  mutation RaiseConcern($input: RaiseConcernInput!) {\n    raiseConcern(input: $input) {\n      id\n      status\n      supportContact {\n        name\n        howToReach\n      }\n    }\n  }\n": typeof types.RaiseConcernDocument,
    "\n  mutation PauseDuo($id: ID!) {\n    pauseRelationship(id: $id) {\n      id\n      state\n    }\n  }\n": typeof types.PauseDuoDocument,
    "\n  mutation ResumeDuo($id: ID!) {\n    resumeRelationship(id: $id) {\n      id\n      state\n    }\n  }\n": typeof types.ResumeDuoDocument,
    "\n  mutation EndDuoEarly($input: EndRelationshipEarlyInput!) {\n    endRelationshipEarly(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.EndDuoEarlyDocument,
    "\n  mutation CloseDuo($input: CloseRelationshipInput!) {\n    closeRelationship(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.CloseDuoDocument,
    "\n  query UnreadCount {\n    unreadCount\n  }\n": typeof types.UnreadCountDocument,
    "\n  query MyNotifications($page: PageInput) {\n    myNotifications(page: $page) {\n      total\n      offset\n      limit\n      items {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query ExportMyData {\n    exportPersonalData {\n      exportedAt\n      data\n    }\n  }\n": typeof types.ExportMyDataDocument,
    "\n  query MySurveys {\n    mySurveyInvitations {\n      id\n      wave\n      state\n      dueOn\n      answered\n      itemCount\n    }\n    mySurveyScores {\n      invitationId\n      instrumentCode\n      wave\n      score\n      value\n      min\n      max\n      signpost\n      completedOn\n    }\n  }\n": typeof types.MySurveysDocument,
    "\n  query SurveyDetail($id: ID!) {\n    mySurveyInvitation(id: $id) {\n      id\n      wave\n      state\n      answered\n      itemCount\n      attributions\n      items {\n        itemId\n        instrumentCode\n        text\n        anchors\n        responseMin\n        responseMax\n        value\n      }\n    }\n  }\n": typeof types.SurveyDetailDocument,
    "\n  mutation SaveSurveyAnswers($input: SaveSurveyAnswersInput!) {\n    saveSurveyAnswers(input: $input) {\n      id\n      state\n      answered\n      itemCount\n      items {\n        itemId\n        instrumentCode\n        value\n      }\n    }\n  }\n": typeof types.SaveSurveyAnswersDocument,
    "\n  query CourseUnits($id: ID!, $version: Int) {\n    trainingCourse(id: $id, version: $version) {\n      id\n      modules {\n        id\n        title\n        units {\n          id\n          title\n          summary\n          minutes\n          required\n          knowledgeCheck {\n            passMark\n            questions {\n              id\n              kind\n              text\n              options {\n                id\n                text\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CourseUnitsDocument,
    "\n  fragment EnrolmentProgress on Enrolment {\n    id\n    courseVersion\n    status\n    completedOn\n    certificateId\n    progress {\n      requiredUnits\n      requiredUnitsDone\n      checksPassed\n      checksRequired\n      units {\n        unitId\n        done\n        attempts\n        bestScore\n        checkPassed\n      }\n    }\n  }\n": typeof types.EnrolmentProgressFragmentDoc,
    "\n  mutation SubmitKnowledgeCheck($input: SubmitKnowledgeCheckInput!) {\n    submitKnowledgeCheck(input: $input) {\n      score\n      passMark\n      passed\n      enrolment {\n        ...EnrolmentProgress\n      }\n    }\n  }\n": typeof types.SubmitKnowledgeCheckDocument,
    "\n  mutation CompleteUnit($enrolmentId: ID!, $unitId: ID!) {\n    completeUnit(enrolmentId: $enrolmentId, unitId: $unitId) {\n      ...EnrolmentProgress\n    }\n  }\n": typeof types.CompleteUnitDocument,
    "\n  query CourseSessions($courseId: ID!) {\n    trainingSessions(courseId: $courseId) {\n      id\n      title\n      startsAt\n      endsAt\n      place\n      onlineUrl\n      language\n      capacity\n      seatsLeft\n      waitlisted\n      allowWaitlist\n      cancelledAt\n      cancelReason\n    }\n    mySessionBookings {\n      id\n      sessionId\n      status\n      waitlistPosition\n    }\n  }\n": typeof types.CourseSessionsDocument,
    "\n  mutation BookSession($sessionId: ID!) {\n    bookTrainingSession(input: { sessionId: $sessionId }) {\n      id\n      sessionId\n      status\n      waitlistPosition\n    }\n  }\n": typeof types.BookSessionDocument,
    "\n  mutation CancelBooking($sessionId: ID!) {\n    cancelTrainingBooking(input: { sessionId: $sessionId }) {\n      id\n      sessionId\n      status\n      waitlistPosition\n    }\n  }\n": typeof types.CancelBookingDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
};
const documents: Documents = {
    "\n  mutation SaveMyLanguage($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      accountId\n      locale\n    }\n  }\n": types.SaveMyLanguageDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": types.LogoutEverywhereDocument,
    "\n  query AdminStaff($filter: StaffFilter, $page: PageInput, $orderBy: StaffOrderBy) {\n    staff(filter: $filter, page: $page, orderBy: $orderBy) {\n      total\n      offset\n      limit\n      items {\n        id\n        displayName\n        email\n        position\n        accountId\n        accountStatus\n        hiredOn\n        institution {\n          id\n          name\n        }\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AdminStaffDocument,
    "\n  fragment StaffImportJobFields on StaffImportJob {\n    id\n    state\n    total\n    done\n    failed\n    errors {\n      line\n      field\n      message\n    }\n  }\n": types.StaffImportJobFieldsFragmentDoc,
    "\n  mutation StartStaffImport($input: ImportStaffInput!) {\n    startStaffImport(input: $input) {\n      ...StaffImportJobFields\n    }\n  }\n": types.StartStaffImportDocument,
    "\n  query StaffImportJobProgress($id: ID!) {\n    staffImportJob(id: $id) {\n      ...StaffImportJobFields\n    }\n  }\n": types.StaffImportJobProgressDocument,
    "\n  mutation ImportStaffCsv($input: ImportStaffInput!) {\n    importStaff(input: $input) {\n      rows\n      created\n      valid\n      errors {\n        line\n        field\n        message\n      }\n    }\n  }\n": types.ImportStaffCsvDocument,
    "\n  mutation AdminInviteStaff($staffId: ID!) {\n    inviteStaff(staffId: $staffId) {\n      accountId\n      email\n      expiresAt\n    }\n  }\n": types.AdminInviteStaffDocument,
    "\n  mutation AdminInviteAccount($input: InviteAccountInput!) {\n    inviteAccount(input: $input) {\n      accountId\n      email\n      expiresAt\n    }\n  }\n": types.AdminInviteAccountDocument,
    "\n  mutation AdminResendInvitation($accountId: ID!) {\n    resendInvitation(accountId: $accountId) {\n      accountId\n      email\n      expiresAt\n    }\n  }\n": types.AdminResendInvitationDocument,
    "\n  query AdminRoles {\n    me {\n      accountId\n      tenantId\n    }\n    roleAssignments {\n      id\n      accountId\n      email\n      role\n      scopeType\n      scopeId\n      tenantId\n      createdAt\n    }\n    institutions(page: { limit: 200 }) {\n      items {\n        id\n        name\n      }\n    }\n    programmes(page: { limit: 200 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.AdminRolesDocument,
    "\n  mutation AdminAssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      id\n    }\n  }\n": types.AdminAssignRoleDocument,
    "\n  mutation AdminRevokeRole($id: ID!) {\n    revokeRole(id: $id)\n  }\n": types.AdminRevokeRoleDocument,
    "\n  query AdminAuditLog($filter: AuditFilter, $page: PageInput) {\n    auditLog(filter: $filter, page: $page) {\n      total\n      offset\n      limit\n      items {\n        id\n        at\n        module\n        action\n        actorId\n        entityType\n        entityId\n        subjectCount\n        subjects {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.AdminAuditLogDocument,
    "\n  query AdminShiftPatterns {\n    shiftPatterns {\n      id\n      name\n      cycleDays\n      shifts {\n        day\n        start\n        hours\n      }\n    }\n  }\n": types.AdminShiftPatternsDocument,
    "\n  query AdminPolicyVersions($programmeId: ID!) {\n    policyVersions(programmeId: $programmeId) {\n      version\n      createdAt\n      policy {\n        confidentialityText\n        confidentialityTextIsPlatformWording\n        consentTextVersion\n        durationMonths\n        eligibility {\n          institutionKindChangeCounts\n          newToProfessionMonths\n          newToSettingMonths\n        }\n        fitCheckDays\n        inactivityDays\n        institutionScope\n        languages\n        lineManagerRule\n        meetingCadenceDays\n        mentorCapacity\n        mentorKinds\n        mentorTrainingRequired\n        minMentorExperienceMonths\n        participation\n        supportContact {\n          howToReach\n          name\n          supportStaffId\n        }\n      }\n    }\n  }\n": types.AdminPolicyVersionsDocument,
    "\n  query AdminProgrammes {\n    programmes(page: { limit: 200 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.AdminProgrammesDocument,
    "\n  mutation AdminUpdatePolicy($programmeId: ID!, $policy: ProgrammePolicyInput!) {\n    updateProgrammePolicy(programmeId: $programmeId, policy: $policy) {\n      id\n      policyVersion\n    }\n  }\n": types.AdminUpdatePolicyDocument,
    "\n  query SetupInstitutions {\n    institutions(page: { limit: 200 }) {\n      total\n      items {\n        id\n        name\n        kind\n        region\n        units {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SetupInstitutionsDocument,
    "\n  mutation SetupCreateInstitution($input: CreateInstitutionInput!) {\n    createInstitution(input: $input) {\n      id\n      name\n      kind\n      region\n    }\n  }\n": types.SetupCreateInstitutionDocument,
    "\n  mutation SetupUpdateInstitution($input: UpdateInstitutionInput!) {\n    updateInstitution(input: $input) {\n      id\n      name\n      kind\n      region\n    }\n  }\n": types.SetupUpdateInstitutionDocument,
    "\n  mutation SetupCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n      institutionId\n    }\n  }\n": types.SetupCreateUnitDocument,
    "\n  mutation SetupCreateShiftPattern($input: CreateShiftPatternInput!) {\n    createShiftPattern(input: $input) {\n      id\n      name\n      cycleDays\n      shifts {\n        day\n        start\n        hours\n      }\n    }\n  }\n": types.SetupCreateShiftPatternDocument,
    "\n  mutation SetupUpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n      name\n      institutionId\n    }\n  }\n": types.SetupUpdateUnitDocument,
    "\n  mutation SetupRemoveUnit($id: ID!) {\n    removeUnit(id: $id)\n  }\n": types.SetupRemoveUnitDocument,
    "\n  mutation SetupUpdateShiftPattern($input: UpdateShiftPatternInput!) {\n    updateShiftPattern(input: $input) {\n      id\n      name\n      cycleDays\n      shifts {\n        day\n        start\n        hours\n      }\n    }\n  }\n": types.SetupUpdateShiftPatternDocument,
    "\n  mutation SetupRemoveShiftPattern($id: ID!) {\n    removeShiftPattern(id: $id)\n  }\n": types.SetupRemoveShiftPatternDocument,
    "\n  query SetupConsentTexts {\n    consentTexts {\n      id\n      purpose\n      locale\n      version\n      text\n      publishedAt\n    }\n  }\n": types.SetupConsentTextsDocument,
    "\n  mutation SetupPublishConsentText($input: PublishConsentTextInput!) {\n    publishConsentText(input: $input) {\n      id\n      purpose\n      locale\n      version\n    }\n  }\n": types.SetupPublishConsentTextDocument,
    "\n  query SetupNotificationSettings {\n    notificationSettings {\n      senderName\n      subjectPrefix\n      window {\n        start\n        end\n        timeZone\n      }\n    }\n  }\n": types.SetupNotificationSettingsDocument,
    "\n  mutation SetupUpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      senderName\n      subjectPrefix\n      window {\n        start\n        end\n        timeZone\n      }\n    }\n  }\n": types.SetupUpdateNotificationSettingsDocument,
    "\n  query ConsoleApplications($cohortId: ID!, $filter: ApplicationFilter, $page: PageInput) {\n    applications(cohortId: $cohortId, filter: $filter, page: $page) {\n      total\n      items {\n        id\n        role\n        state\n        motivation\n        functions\n        strengthsOrNeeds\n        languages\n        eligibility\n        decisionReason\n        submittedAt\n        applicant {\n          id\n          displayName\n          institution {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleApplicationsDocument,
    "\n  mutation ConsoleDecideApplication($input: DecideApplicationInput!) {\n    decideApplication(input: $input) {\n      id\n      state\n      decisionReason\n      decidedAt\n    }\n  }\n": types.ConsoleDecideApplicationDocument,
    "\n  mutation ConsoleCreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      name\n      programmeId\n      state\n      startsOn\n      endsOn\n      stateChangedAt\n      allowedTransitions\n    }\n  }\n": types.ConsoleCreateCohortDocument,
    "\n  mutation ConsoleTransitionCohort($cohortId: ID!, $to: CohortState!) {\n    transitionCohort(cohortId: $cohortId, to: $to) {\n      id\n      state\n      stateChangedAt\n      allowedTransitions\n    }\n  }\n": types.ConsoleTransitionCohortDocument,
    "\n  query ConsoleEligibleStaff($cohortId: ID!, $role: ParticipantRole, $page: PageInput) {\n    eligibleStaff(cohortId: $cohortId, role: $role, page: $page) {\n      total\n      offset\n      limit\n      items {\n        staffId\n        role\n        reasons\n        monthsOfService\n        person {\n          id\n          displayName\n          institution {\n            id\n            name\n          }\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleEligibleStaffDocument,
    "\n  mutation ConsoleCloseConcern($id: ID!) {\n    closeConcern(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n": types.ConsoleCloseConcernDocument,
    "\n  query ConsoleMe {\n    me {\n      accountId\n      email\n      roles {\n        role\n        scopeType\n        scopeId\n        tenantId\n      }\n      staff {\n        id\n        displayName\n      }\n    }\n  }\n": types.ConsoleMeDocument,
    "\n  query SupportInbox($status: ConcernStatus) {\n    supportConcerns(status: $status) {\n      id\n      category\n      details\n      status\n      raisedAt\n      closedAt\n      relationshipId\n    }\n  }\n": types.SupportInboxDocument,
    "\n  query ConsoleCohorts {\n    programmes(page: { limit: 200 }) {\n      items {\n        id\n        name\n        institutionIds\n      }\n    }\n    cohorts(page: { limit: 200 }) {\n      items {\n        id\n        name\n        programmeId\n        state\n        startsOn\n        endsOn\n        stateChangedAt\n        allowedTransitions\n      }\n    }\n  }\n": types.ConsoleCohortsDocument,
    "\n  query EditorCourses {\n    trainingCourses {\n      id\n      title\n      code\n      key\n      version\n    }\n  }\n": types.EditorCoursesDocument,
    "\n  query EditorCourse($id: ID!) {\n    trainingCourse(id: $id) {\n      ...EditorCourse\n    }\n  }\n": types.EditorCourseDocument,
    "\n  fragment EditorCourse on TrainingCourse {\n    id\n    title\n    titleTranslations {\n      locale\n      text\n    }\n    code\n    description\n    descriptionTranslations {\n      locale\n      text\n    }\n    version\n    baseLocale\n    audience\n    modules {\n      id\n      cluster\n      title\n      titleTranslations {\n        locale\n        text\n      }\n      description\n      descriptionTranslations {\n        locale\n        text\n      }\n      units {\n        id\n        title\n        titleTranslations {\n          locale\n          text\n        }\n        summary\n        summaryTranslations {\n          locale\n          text\n        }\n        minutes\n        knowledgeCheck {\n          passMark\n          questions {\n            id\n            kind\n            text\n            textTranslations {\n              locale\n              text\n            }\n            options {\n              id\n              text\n            }\n            optionTranslations {\n              optionId\n              locale\n              text\n            }\n          }\n        }\n      }\n    }\n  }\n": types.EditorCourseFragmentDoc,
    "\n  mutation EditorCreateCourse($input: CreateTrainingCourseInput!) {\n    createTrainingCourse(input: $input) {\n      ...EditorCourse\n    }\n  }\n": types.EditorCreateCourseDocument,
    "\n  mutation EditorAddModule($input: AddCourseModuleInput!) {\n    addCourseModule(input: $input) {\n      ...EditorCourse\n    }\n  }\n": types.EditorAddModuleDocument,
    "\n  mutation EditorAddUnit($input: AddCourseUnitInput!) {\n    addCourseUnit(input: $input) {\n      ...EditorCourse\n    }\n  }\n": types.EditorAddUnitDocument,
    "\n  mutation EditorAddQuestion($input: AddKnowledgeCheckQuestionInput!) {\n    addKnowledgeCheckQuestion(input: $input) {\n      ...EditorCourse\n    }\n  }\n": types.EditorAddQuestionDocument,
    "\n  query EditorAnswerKey($courseId: ID!) {\n    courseAnswerKey(courseId: $courseId) {\n      questionId\n      correctOptionIds\n    }\n  }\n": types.EditorAnswerKeyDocument,
    "\n  mutation EditorUpdateCourse($input: UpdateCourseInput!) {\n    updateTrainingCourse(input: $input) {\n      ...EditorCourse\n    }\n  }\n": types.EditorUpdateCourseDocument,
    "\n  mutation EditorUpdateModule($input: UpdateCourseModuleInput!) {\n    updateCourseModule(input: $input) {\n      ...EditorCourse\n    }\n  }\n": types.EditorUpdateModuleDocument,
    "\n  mutation EditorMoveModule($input: MoveCourseModuleInput!) {\n    moveCourseModule(input: $input) {\n      ...EditorCourse\n    }\n  }\n": types.EditorMoveModuleDocument,
    "\n  mutation EditorRemoveModule($courseId: ID!, $moduleId: ID!) {\n    removeCourseModule(courseId: $courseId, moduleId: $moduleId) {\n      ...EditorCourse\n    }\n  }\n": types.EditorRemoveModuleDocument,
    "\n  mutation EditorUpdateUnit($input: UpdateCourseUnitInput!) {\n    updateCourseUnit(input: $input) {\n      ...EditorCourse\n    }\n  }\n": types.EditorUpdateUnitDocument,
    "\n  mutation EditorMoveUnit($input: MoveCourseUnitInput!) {\n    moveCourseUnit(input: $input) {\n      ...EditorCourse\n    }\n  }\n": types.EditorMoveUnitDocument,
    "\n  mutation EditorRemoveUnit($courseId: ID!, $unitId: ID!) {\n    removeCourseUnit(courseId: $courseId, unitId: $unitId) {\n      ...EditorCourse\n    }\n  }\n": types.EditorRemoveUnitDocument,
    "\n  mutation EditorUpdateQuestion($input: UpdateKnowledgeCheckQuestionInput!) {\n    updateKnowledgeCheckQuestion(input: $input) {\n      ...EditorCourse\n    }\n  }\n": types.EditorUpdateQuestionDocument,
    "\n  mutation EditorRemoveQuestion($courseId: ID!, $questionId: ID!) {\n    removeKnowledgeCheckQuestion(courseId: $courseId, questionId: $questionId) {\n      ...EditorCourse\n    }\n  }\n": types.EditorRemoveQuestionDocument,
    "\n  query EditorDefaultCurricula {\n    defaultCurricula {\n      key\n      title\n      description\n      audience\n      modules\n      units\n    }\n  }\n": types.EditorDefaultCurriculaDocument,
    "\n  mutation EditorAdoptDefaultCourse($input: AdoptDefaultCourseInput!) {\n    adoptDefaultCourse(input: $input) {\n      id\n      title\n      key\n      version\n    }\n  }\n": types.EditorAdoptDefaultCourseDocument,
    "\n  query ConsoleDashboard($cohortId: ID!) {\n    cohortDashboard(cohortId: $cohortId) {\n      cohortId\n      state\n      activeDuos\n      pausedDuos\n      endedEarly\n      closedDuos\n      rematchRequests\n      meetings\n      meetingsPerDuo\n      meetingMinutes\n      duosNeedingAttention\n      openConcerns\n      applications {\n        role\n        state\n        count\n      }\n      attentionByReason {\n        reason\n        count\n      }\n      functionBalance {\n        function\n        meetings\n        share\n      }\n      weeks {\n        startsOn\n        meetings\n        duosNeedingAttention\n      }\n    }\n  }\n": types.ConsoleDashboardDocument,
    "\n  query ConsoleDuos($cohortId: ID!, $state: RelationshipState, $page: PageInput) {\n    relationships(cohortId: $cohortId, state: $state, page: $page) {\n      total\n      items {\n        id\n        state\n        startedOn\n        plannedEndOn\n        lastMeetingOn\n        lastCheckInOn\n        meetingCount\n        agreementAcknowledged\n        fitCheckDone\n        openConcerns\n        rematchRequested\n        endReason\n        mentor {\n          id\n          displayName\n        }\n        mentee {\n          id\n          displayName\n        }\n      }\n    }\n    duosNeedingAttention(cohortId: $cohortId) {\n      relationshipId\n      reasons\n      daysSinceContact\n      lastMeetingOn\n      relationship {\n        id\n        mentor {\n          id\n          displayName\n        }\n        mentee {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.ConsoleDuosDocument,
    "\n  mutation ConsoleRematch($id: ID!) {\n    rematch(relationshipId: $id) {\n      id\n      status\n    }\n  }\n": types.ConsoleRematchDocument,
    "\n  query ConsoleMatchRuns($cohortId: ID!) {\n    matchRuns(cohortId: $cohortId) {\n      id\n      status\n      progress\n      createdAt\n    }\n  }\n": types.ConsoleMatchRunsDocument,
    "\n  query ConsoleMatchRun($id: ID!) {\n    matchRun(id: $id) {\n      id\n      cohortId\n      status\n      progress\n      createdAt\n      finishedAt\n      mentees\n      mentors\n      meanScore\n      weightsVersion\n      proposals {\n        id\n        status\n        pinned\n        score\n        flags\n        reason\n        mentorStaffId\n        menteeStaffId\n        mentor {\n          id\n          displayName\n        }\n        mentee {\n          id\n          displayName\n        }\n        breakdown {\n          criterion\n          detail\n          value\n          points\n          weight\n        }\n      }\n      unmatched {\n        staffId\n        role\n        person {\n          id\n          displayName\n        }\n        explanation\n      }\n    }\n  }\n": types.ConsoleMatchRunDocument,
    "\n  mutation ConsoleRunMatch($input: RunMatchInput!) {\n    runMatch(input: $input) {\n      id\n      status\n      progress\n      mentees\n      mentors\n    }\n  }\n": types.ConsoleRunMatchDocument,
    "\n  mutation ConsoleApproveProposals($input: ApproveProposalsInput!) {\n    approveProposals(input: $input) {\n      id\n      status\n      proposals {\n        id\n        status\n      }\n    }\n  }\n": types.ConsoleApproveProposalsDocument,
    "\n  mutation ConsoleRejectProposal($id: ID!) {\n    rejectProposal(proposalId: $id) {\n      id\n      status\n    }\n  }\n": types.ConsoleRejectProposalDocument,
    "\n  mutation ConsolePinPair($input: PairInput!) {\n    pinPair(input: $input) {\n      kind\n      mentorStaffId\n      menteeStaffId\n    }\n  }\n": types.ConsolePinPairDocument,
    "\n  mutation ConsoleForbidPair($input: PairInput!) {\n    forbidPair(input: $input) {\n      kind\n      mentorStaffId\n      menteeStaffId\n    }\n  }\n": types.ConsoleForbidPairDocument,
    "\n  query PlatformTenants($page: PageInput, $search: String) {\n    tenants(page: $page, search: $search) {\n      total\n      offset\n      limit\n      items {\n        id\n        code\n        name\n        country\n        defaultLocale\n        enabledModules\n        createdAt\n      }\n    }\n  }\n": types.PlatformTenantsDocument,
    "\n  mutation PlatformCreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      code\n      name\n      country\n      defaultLocale\n      enabledModules\n      createdAt\n    }\n  }\n": types.PlatformCreateTenantDocument,
    "\n  mutation PlatformUpdateTenantModules($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      id\n      enabledModules\n    }\n  }\n": types.PlatformUpdateTenantModulesDocument,
    "\n  query PlatformOutgoingMail($page: PageInput) {\n    outgoingMail(page: $page) {\n      total\n      offset\n      limit\n      items {\n        id\n        recipient\n        subject\n        status\n        attempts\n        createdAt\n        sentAt\n      }\n    }\n  }\n": types.PlatformOutgoingMailDocument,
    "\n  query ResearchProgrammes {\n    programmes(page: { limit: 200 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.ResearchProgrammesDocument,
    "\n  query ResearchPlan($programmeId: ID!) {\n    surveyPlan(programmeId: $programmeId) {\n      version\n      updatedAt\n      waves {\n        kind\n        dueWithinDays\n        menteeInstruments\n        mentorInstruments\n      }\n    }\n  }\n": types.ResearchPlanDocument,
    "\n  query ResearchResponseFlow($programmeId: ID!) {\n    surveyResponseFlow(programmeId: $programmeId) {\n      waves {\n        wave\n        invited\n        notStarted\n        started\n        completed\n        expired\n      }\n    }\n  }\n": types.ResearchResponseFlowDocument,
    "\n  query ResearchPrePost($input: PrePostReportInput!) {\n    prePostReport(input: $input) {\n      minCell\n      minCellSensitive\n      pre\n      post\n      cells {\n        group\n        instrumentCode\n        score\n        suppressed\n        pairs\n        preMean\n        postMean\n        meanChange\n        ciLow\n        ciHigh\n        dz\n        pValue\n        wilcoxonP\n        higherIsBetter\n      }\n    }\n  }\n": types.ResearchPrePostDocument,
    "\n  query ResearchOutcomes($programmeId: ID!) {\n    programmeOutcomes(programmeId: $programmeId) {\n      duosFormed\n      activeDuos\n      closedDuos\n      endedEarly\n      meetingsLogged\n      meetingsPerDuoMean\n      retention {\n        months\n        mentees\n        menteesRetained\n        comparison\n        comparisonRetained\n      }\n    }\n  }\n": types.ResearchOutcomesDocument,
    "\n  query ResearchCodebook($programmeId: ID!) {\n    surveyCodebook(programmeId: $programmeId) {\n      csv\n      variables\n    }\n  }\n": types.ResearchCodebookDocument,
    "\n  query ResearchExport($input: SurveyExportInput!) {\n    surveyExport(input: $input) {\n      header\n      csv\n      rows\n      total\n      nextOffset\n    }\n  }\n": types.ResearchExportDocument,
    "\n  query ResearchInstruments {\n    evaluationInstruments {\n      code\n      name\n      responseAnchors\n      textLocales\n      licence {\n        wordingShipped\n      }\n      items {\n        id\n      }\n    }\n  }\n": types.ResearchInstrumentsDocument,
    "\n  mutation ResearchLoadInstrumentText($input: LoadInstrumentTextInput!) {\n    loadInstrumentText(input: $input) {\n      instrumentCode\n      locale\n      items\n      source\n      loadedAt\n    }\n  }\n": types.ResearchLoadInstrumentTextDocument,
    "\n  query ConsoleTrainingCourses {\n    trainingCourses {\n      id\n      title\n      code\n    }\n  }\n": types.ConsoleTrainingCoursesDocument,
    "\n  fragment ConsoleTrainingSession on TrainingSession {\n    id\n    courseId\n    title\n    startsAt\n    endsAt\n    place\n    onlineUrl\n    language\n    capacity\n    booked\n    seatsLeft\n    waitlisted\n    allowWaitlist\n    registerKept\n    trainerStaffId\n    trainerName\n    cancelledAt\n    cancelReason\n  }\n": types.ConsoleTrainingSessionFragmentDoc,
    "\n  query ConsoleTenantSessions($offset: Int!, $limit: Int!) {\n    tenantTrainingSessions(page: { offset: $offset, limit: $limit }) {\n      total\n      items {\n        ...ConsoleTrainingSession\n      }\n    }\n  }\n": types.ConsoleTenantSessionsDocument,
    "\n  query ConsoleTrainerCandidates($search: String) {\n    staff(filter: { search: $search }, page: { limit: 20 }, orderBy: { field: NAME }) {\n      items {\n        id\n        displayName\n      }\n    }\n  }\n": types.ConsoleTrainerCandidatesDocument,
    "\n  mutation ConsoleScheduleSession($input: ScheduleTrainingSessionInput!) {\n    scheduleTrainingSession(input: $input) {\n      ...ConsoleTrainingSession\n    }\n  }\n": types.ConsoleScheduleSessionDocument,
    "\n  mutation ConsoleUpdateSession($input: UpdateTrainingSessionInput!) {\n    updateTrainingSession(input: $input) {\n      ...ConsoleTrainingSession\n    }\n  }\n": types.ConsoleUpdateSessionDocument,
    "\n  mutation ConsoleCancelSession($input: CancelTrainingSessionInput!) {\n    cancelTrainingSession(input: $input) {\n      ...ConsoleTrainingSession\n    }\n  }\n": types.ConsoleCancelSessionDocument,
    "\n  fragment ConsoleSessionRegister on SessionRegister {\n    session {\n      ...ConsoleTrainingSession\n    }\n    entries {\n      id\n      staffId\n      status\n      waitlistPosition\n      attendance\n    }\n  }\n": types.ConsoleSessionRegisterFragmentDoc,
    "\n  query ConsoleSessionRegister($sessionId: ID!) {\n    sessionRegister(sessionId: $sessionId) {\n      ...ConsoleSessionRegister\n    }\n  }\n": types.ConsoleSessionRegisterDocument,
    "\n  query ConsoleStaffNames($ids: [ID!]!) {\n    staff(filter: { ids: $ids, includeLeft: true }, page: { limit: 200 }) {\n      items {\n        id\n        displayName\n      }\n    }\n  }\n": types.ConsoleStaffNamesDocument,
    "\n  mutation ConsoleRecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      ...ConsoleSessionRegister\n    }\n  }\n": types.ConsoleRecordAttendanceDocument,
    "\n  query ConsoleMentorsTrained($cohortId: ID!) {\n    mentorsTrained(cohortId: $cohortId) {\n      cohortId\n      trained\n      needed\n      shortfall\n      menteesAccepted\n      mentorCapacity\n    }\n  }\n": types.ConsoleMentorsTrainedDocument,
    "\n  query OpenCohorts {\n    cohorts(filter: { state: RECRUITING }) {\n      items {\n        id\n        name\n        startsOn\n        endsOn\n        programmeId\n      }\n    }\n    myApplications {\n      id\n      cohortId\n      role\n      state\n      submittedAt\n    }\n  }\n": types.OpenCohortsDocument,
    "\n  query ParticipationConsent {\n    consentTexts(purpose: \"programme.participation\") {\n      id\n      locale\n      text\n      version\n    }\n  }\n": types.ParticipationConsentDocument,
    "\n  mutation Apply($input: SubmitApplicationInput!) {\n    submitApplication(input: $input) {\n      id\n      cohortId\n      role\n      state\n      submittedAt\n    }\n  }\n": types.ApplyDocument,
    "\n  mutation Withdraw($id: ID!) {\n    withdrawApplication(id: $id) {\n      id\n      state\n    }\n  }\n": types.WithdrawDocument,
    "\n  fragment NotificationPreferencesFields on NotificationPreferences {\n    digest\n    categories {\n      category\n      enabled\n      switchable\n    }\n    window {\n      start\n      end\n      timeZone\n    }\n  }\n": types.NotificationPreferencesFieldsFragmentDoc,
    "\n  query MyNotificationPreferences {\n    myNotificationPreferences {\n      ...NotificationPreferencesFields\n    }\n  }\n": types.MyNotificationPreferencesDocument,
    "\n  mutation UpdateMyNotificationPreferences($input: UpdateMyNotificationPreferencesInput!) {\n    updateMyNotificationPreferences(input: $input) {\n      ...NotificationPreferencesFields\n    }\n  }\n": types.UpdateMyNotificationPreferencesDocument,
    "\n  query SettingsMe {\n    me {\n      accountId\n      email\n      locale\n    }\n  }\n": types.SettingsMeDocument,
    "\n  query MyTasks {\n    me {\n      accountId\n      tasks {\n        kind\n        dueOn\n        link\n        subject {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MyTasksDocument,
    "\n  query MyTraining {\n    trainingCourses {\n      id\n      title\n      description\n    }\n    myEnrolments {\n      id\n      courseId\n      ...EnrolmentProgress\n    }\n    myCertificates {\n      id\n      courseTitle\n      issuedOn\n      code\n      valid\n    }\n  }\n": types.MyTrainingDocument,
    "\n  mutation EnrolMe($input: EnrolInput!) {\n    enrol(input: $input) {\n      id\n      courseId\n      status\n    }\n  }\n": types.EnrolMeDocument,
    "\n  query CertificatePdf($id: ID!) {\n    certificatePdf(id: $id) {\n      base64\n      contentType\n      filename\n    }\n  }\n": types.CertificatePdfDocument,
    "\n  query MyDuos {\n    myRelationships {\n      id\n      state\n      myRole\n      startedOn\n      plannedEndOn\n      meetingCount\n      lastMeetingOn\n      fitCheckDone\n      agreementAcknowledged\n      mentor {\n        ...DuoPartner\n      }\n      mentee {\n        ...DuoPartner\n      }\n      cohort {\n        id\n        name\n      }\n      programme {\n        id\n        name\n      }\n    }\n  }\n": types.MyDuosDocument,
    "\n  fragment DuoPartner on Person {\n    id\n    displayName\n    workEmail\n    institution {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    shiftPattern {\n      id\n      name\n    }\n  }\n": types.DuoPartnerFragmentDoc,
    "\n  query DuoDetail($id: ID!) {\n    agreement(relationshipId: $id) {\n      relationshipId\n      cadenceDays\n      goalsSummary\n      practicalities\n      confidentialityText\n      mentorAcknowledgedAt\n      menteeAcknowledgedAt\n    }\n    goals(relationshipId: $id) {\n      id\n      title\n      function\n      progress\n      status\n    }\n    meetings(relationshipId: $id) {\n      id\n      heldOn\n      durationMinutes\n      functions\n    }\n  }\n": types.DuoDetailDocument,
    "\n  mutation LogMeeting($input: LogMeetingInput!) {\n    logMeeting(input: $input) {\n      id\n      heldOn\n      durationMinutes\n      functions\n    }\n  }\n": types.LogMeetingDocument,
    "\n  mutation SaveAgreement($input: SaveAgreementInput!) {\n    saveAgreement(input: $input) {\n      relationshipId\n      cadenceDays\n      goalsSummary\n      practicalities\n      mentorAcknowledgedAt\n      menteeAcknowledgedAt\n    }\n  }\n": types.SaveAgreementDocument,
    "\n  mutation AcknowledgeAgreement($id: ID!) {\n    acknowledgeAgreement(relationshipId: $id) {\n      relationshipId\n      mentorAcknowledgedAt\n      menteeAcknowledgedAt\n    }\n  }\n": types.AcknowledgeAgreementDocument,
    "\n  mutation AddGoal($input: AddGoalInput!) {\n    addGoal(input: $input) {\n      id\n      title\n      function\n      progress\n      status\n    }\n  }\n": types.AddGoalDocument,
    "\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n      progress\n      status\n    }\n  }\n": types.UpdateGoalDocument,
    "\n  mutation AnswerFitCheck($input: AnswerFitCheckInput!) {\n    answerFitCheck(input: $input) {\n      id\n      state\n      fitCheckDone\n    }\n  }\n": types.AnswerFitCheckDocument,
    "\n  mutation RaiseConcern($input: RaiseConcernInput!) {\n    raiseConcern(input: $input) {\n      id\n      status\n      supportContact {\n        name\n        howToReach\n      }\n    }\n  }\n": types.RaiseConcernDocument,
    "\n  mutation PauseDuo($id: ID!) {\n    pauseRelationship(id: $id) {\n      id\n      state\n    }\n  }\n": types.PauseDuoDocument,
    "\n  mutation ResumeDuo($id: ID!) {\n    resumeRelationship(id: $id) {\n      id\n      state\n    }\n  }\n": types.ResumeDuoDocument,
    "\n  mutation EndDuoEarly($input: EndRelationshipEarlyInput!) {\n    endRelationshipEarly(input: $input) {\n      id\n      state\n    }\n  }\n": types.EndDuoEarlyDocument,
    "\n  mutation CloseDuo($input: CloseRelationshipInput!) {\n    closeRelationship(input: $input) {\n      id\n      state\n    }\n  }\n": types.CloseDuoDocument,
    "\n  query UnreadCount {\n    unreadCount\n  }\n": types.UnreadCountDocument,
    "\n  query MyNotifications($page: PageInput) {\n    myNotifications(page: $page) {\n      total\n      offset\n      limit\n      items {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query ExportMyData {\n    exportPersonalData {\n      exportedAt\n      data\n    }\n  }\n": types.ExportMyDataDocument,
    "\n  query MySurveys {\n    mySurveyInvitations {\n      id\n      wave\n      state\n      dueOn\n      answered\n      itemCount\n    }\n    mySurveyScores {\n      invitationId\n      instrumentCode\n      wave\n      score\n      value\n      min\n      max\n      signpost\n      completedOn\n    }\n  }\n": types.MySurveysDocument,
    "\n  query SurveyDetail($id: ID!) {\n    mySurveyInvitation(id: $id) {\n      id\n      wave\n      state\n      answered\n      itemCount\n      attributions\n      items {\n        itemId\n        instrumentCode\n        text\n        anchors\n        responseMin\n        responseMax\n        value\n      }\n    }\n  }\n": types.SurveyDetailDocument,
    "\n  mutation SaveSurveyAnswers($input: SaveSurveyAnswersInput!) {\n    saveSurveyAnswers(input: $input) {\n      id\n      state\n      answered\n      itemCount\n      items {\n        itemId\n        instrumentCode\n        value\n      }\n    }\n  }\n": types.SaveSurveyAnswersDocument,
    "\n  query CourseUnits($id: ID!, $version: Int) {\n    trainingCourse(id: $id, version: $version) {\n      id\n      modules {\n        id\n        title\n        units {\n          id\n          title\n          summary\n          minutes\n          required\n          knowledgeCheck {\n            passMark\n            questions {\n              id\n              kind\n              text\n              options {\n                id\n                text\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CourseUnitsDocument,
    "\n  fragment EnrolmentProgress on Enrolment {\n    id\n    courseVersion\n    status\n    completedOn\n    certificateId\n    progress {\n      requiredUnits\n      requiredUnitsDone\n      checksPassed\n      checksRequired\n      units {\n        unitId\n        done\n        attempts\n        bestScore\n        checkPassed\n      }\n    }\n  }\n": types.EnrolmentProgressFragmentDoc,
    "\n  mutation SubmitKnowledgeCheck($input: SubmitKnowledgeCheckInput!) {\n    submitKnowledgeCheck(input: $input) {\n      score\n      passMark\n      passed\n      enrolment {\n        ...EnrolmentProgress\n      }\n    }\n  }\n": types.SubmitKnowledgeCheckDocument,
    "\n  mutation CompleteUnit($enrolmentId: ID!, $unitId: ID!) {\n    completeUnit(enrolmentId: $enrolmentId, unitId: $unitId) {\n      ...EnrolmentProgress\n    }\n  }\n": types.CompleteUnitDocument,
    "\n  query CourseSessions($courseId: ID!) {\n    trainingSessions(courseId: $courseId) {\n      id\n      title\n      startsAt\n      endsAt\n      place\n      onlineUrl\n      language\n      capacity\n      seatsLeft\n      waitlisted\n      allowWaitlist\n      cancelledAt\n      cancelReason\n    }\n    mySessionBookings {\n      id\n      sessionId\n      status\n      waitlistPosition\n    }\n  }\n": types.CourseSessionsDocument,
    "\n  mutation BookSession($sessionId: ID!) {\n    bookTrainingSession(input: { sessionId: $sessionId }) {\n      id\n      sessionId\n      status\n      waitlistPosition\n    }\n  }\n": types.BookSessionDocument,
    "\n  mutation CancelBooking($sessionId: ID!) {\n    cancelTrainingBooking(input: { sessionId: $sessionId }) {\n      id\n      sessionId\n      status\n      waitlistPosition\n    }\n  }\n": types.CancelBookingDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMyLanguage($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      accountId\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SaveMyLanguage($input: UpdateMyPreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      accountId\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n"): (typeof documents)["\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminStaff($filter: StaffFilter, $page: PageInput, $orderBy: StaffOrderBy) {\n    staff(filter: $filter, page: $page, orderBy: $orderBy) {\n      total\n      offset\n      limit\n      items {\n        id\n        displayName\n        email\n        position\n        accountId\n        accountStatus\n        hiredOn\n        institution {\n          id\n          name\n        }\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminStaff($filter: StaffFilter, $page: PageInput, $orderBy: StaffOrderBy) {\n    staff(filter: $filter, page: $page, orderBy: $orderBy) {\n      total\n      offset\n      limit\n      items {\n        id\n        displayName\n        email\n        position\n        accountId\n        accountStatus\n        hiredOn\n        institution {\n          id\n          name\n        }\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffImportJobFields on StaffImportJob {\n    id\n    state\n    total\n    done\n    failed\n    errors {\n      line\n      field\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment StaffImportJobFields on StaffImportJob {\n    id\n    state\n    total\n    done\n    failed\n    errors {\n      line\n      field\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartStaffImport($input: ImportStaffInput!) {\n    startStaffImport(input: $input) {\n      ...StaffImportJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartStaffImport($input: ImportStaffInput!) {\n    startStaffImport(input: $input) {\n      ...StaffImportJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffImportJobProgress($id: ID!) {\n    staffImportJob(id: $id) {\n      ...StaffImportJobFields\n    }\n  }\n"): (typeof documents)["\n  query StaffImportJobProgress($id: ID!) {\n    staffImportJob(id: $id) {\n      ...StaffImportJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportStaffCsv($input: ImportStaffInput!) {\n    importStaff(input: $input) {\n      rows\n      created\n      valid\n      errors {\n        line\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportStaffCsv($input: ImportStaffInput!) {\n    importStaff(input: $input) {\n      rows\n      created\n      valid\n      errors {\n        line\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminInviteStaff($staffId: ID!) {\n    inviteStaff(staffId: $staffId) {\n      accountId\n      email\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation AdminInviteStaff($staffId: ID!) {\n    inviteStaff(staffId: $staffId) {\n      accountId\n      email\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminInviteAccount($input: InviteAccountInput!) {\n    inviteAccount(input: $input) {\n      accountId\n      email\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation AdminInviteAccount($input: InviteAccountInput!) {\n    inviteAccount(input: $input) {\n      accountId\n      email\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminResendInvitation($accountId: ID!) {\n    resendInvitation(accountId: $accountId) {\n      accountId\n      email\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation AdminResendInvitation($accountId: ID!) {\n    resendInvitation(accountId: $accountId) {\n      accountId\n      email\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRoles {\n    me {\n      accountId\n      tenantId\n    }\n    roleAssignments {\n      id\n      accountId\n      email\n      role\n      scopeType\n      scopeId\n      tenantId\n      createdAt\n    }\n    institutions(page: { limit: 200 }) {\n      items {\n        id\n        name\n      }\n    }\n    programmes(page: { limit: 200 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminRoles {\n    me {\n      accountId\n      tenantId\n    }\n    roleAssignments {\n      id\n      accountId\n      email\n      role\n      scopeType\n      scopeId\n      tenantId\n      createdAt\n    }\n    institutions(page: { limit: 200 }) {\n      items {\n        id\n        name\n      }\n    }\n    programmes(page: { limit: 200 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminAssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevokeRole($id: ID!) {\n    revokeRole(id: $id)\n  }\n"): (typeof documents)["\n  mutation AdminRevokeRole($id: ID!) {\n    revokeRole(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAuditLog($filter: AuditFilter, $page: PageInput) {\n    auditLog(filter: $filter, page: $page) {\n      total\n      offset\n      limit\n      items {\n        id\n        at\n        module\n        action\n        actorId\n        entityType\n        entityId\n        subjectCount\n        subjects {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminAuditLog($filter: AuditFilter, $page: PageInput) {\n    auditLog(filter: $filter, page: $page) {\n      total\n      offset\n      limit\n      items {\n        id\n        at\n        module\n        action\n        actorId\n        entityType\n        entityId\n        subjectCount\n        subjects {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminShiftPatterns {\n    shiftPatterns {\n      id\n      name\n      cycleDays\n      shifts {\n        day\n        start\n        hours\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminShiftPatterns {\n    shiftPatterns {\n      id\n      name\n      cycleDays\n      shifts {\n        day\n        start\n        hours\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPolicyVersions($programmeId: ID!) {\n    policyVersions(programmeId: $programmeId) {\n      version\n      createdAt\n      policy {\n        confidentialityText\n        confidentialityTextIsPlatformWording\n        consentTextVersion\n        durationMonths\n        eligibility {\n          institutionKindChangeCounts\n          newToProfessionMonths\n          newToSettingMonths\n        }\n        fitCheckDays\n        inactivityDays\n        institutionScope\n        languages\n        lineManagerRule\n        meetingCadenceDays\n        mentorCapacity\n        mentorKinds\n        mentorTrainingRequired\n        minMentorExperienceMonths\n        participation\n        supportContact {\n          howToReach\n          name\n          supportStaffId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminPolicyVersions($programmeId: ID!) {\n    policyVersions(programmeId: $programmeId) {\n      version\n      createdAt\n      policy {\n        confidentialityText\n        confidentialityTextIsPlatformWording\n        consentTextVersion\n        durationMonths\n        eligibility {\n          institutionKindChangeCounts\n          newToProfessionMonths\n          newToSettingMonths\n        }\n        fitCheckDays\n        inactivityDays\n        institutionScope\n        languages\n        lineManagerRule\n        meetingCadenceDays\n        mentorCapacity\n        mentorKinds\n        mentorTrainingRequired\n        minMentorExperienceMonths\n        participation\n        supportContact {\n          howToReach\n          name\n          supportStaffId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminProgrammes {\n    programmes(page: { limit: 200 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminProgrammes {\n    programmes(page: { limit: 200 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdatePolicy($programmeId: ID!, $policy: ProgrammePolicyInput!) {\n    updateProgrammePolicy(programmeId: $programmeId, policy: $policy) {\n      id\n      policyVersion\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdatePolicy($programmeId: ID!, $policy: ProgrammePolicyInput!) {\n    updateProgrammePolicy(programmeId: $programmeId, policy: $policy) {\n      id\n      policyVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SetupInstitutions {\n    institutions(page: { limit: 200 }) {\n      total\n      items {\n        id\n        name\n        kind\n        region\n        units {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SetupInstitutions {\n    institutions(page: { limit: 200 }) {\n      total\n      items {\n        id\n        name\n        kind\n        region\n        units {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetupCreateInstitution($input: CreateInstitutionInput!) {\n    createInstitution(input: $input) {\n      id\n      name\n      kind\n      region\n    }\n  }\n"): (typeof documents)["\n  mutation SetupCreateInstitution($input: CreateInstitutionInput!) {\n    createInstitution(input: $input) {\n      id\n      name\n      kind\n      region\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetupUpdateInstitution($input: UpdateInstitutionInput!) {\n    updateInstitution(input: $input) {\n      id\n      name\n      kind\n      region\n    }\n  }\n"): (typeof documents)["\n  mutation SetupUpdateInstitution($input: UpdateInstitutionInput!) {\n    updateInstitution(input: $input) {\n      id\n      name\n      kind\n      region\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetupCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n      institutionId\n    }\n  }\n"): (typeof documents)["\n  mutation SetupCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n      institutionId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetupCreateShiftPattern($input: CreateShiftPatternInput!) {\n    createShiftPattern(input: $input) {\n      id\n      name\n      cycleDays\n      shifts {\n        day\n        start\n        hours\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetupCreateShiftPattern($input: CreateShiftPatternInput!) {\n    createShiftPattern(input: $input) {\n      id\n      name\n      cycleDays\n      shifts {\n        day\n        start\n        hours\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetupUpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n      name\n      institutionId\n    }\n  }\n"): (typeof documents)["\n  mutation SetupUpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n      name\n      institutionId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetupRemoveUnit($id: ID!) {\n    removeUnit(id: $id)\n  }\n"): (typeof documents)["\n  mutation SetupRemoveUnit($id: ID!) {\n    removeUnit(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetupUpdateShiftPattern($input: UpdateShiftPatternInput!) {\n    updateShiftPattern(input: $input) {\n      id\n      name\n      cycleDays\n      shifts {\n        day\n        start\n        hours\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetupUpdateShiftPattern($input: UpdateShiftPatternInput!) {\n    updateShiftPattern(input: $input) {\n      id\n      name\n      cycleDays\n      shifts {\n        day\n        start\n        hours\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetupRemoveShiftPattern($id: ID!) {\n    removeShiftPattern(id: $id)\n  }\n"): (typeof documents)["\n  mutation SetupRemoveShiftPattern($id: ID!) {\n    removeShiftPattern(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SetupConsentTexts {\n    consentTexts {\n      id\n      purpose\n      locale\n      version\n      text\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  query SetupConsentTexts {\n    consentTexts {\n      id\n      purpose\n      locale\n      version\n      text\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetupPublishConsentText($input: PublishConsentTextInput!) {\n    publishConsentText(input: $input) {\n      id\n      purpose\n      locale\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SetupPublishConsentText($input: PublishConsentTextInput!) {\n    publishConsentText(input: $input) {\n      id\n      purpose\n      locale\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SetupNotificationSettings {\n    notificationSettings {\n      senderName\n      subjectPrefix\n      window {\n        start\n        end\n        timeZone\n      }\n    }\n  }\n"): (typeof documents)["\n  query SetupNotificationSettings {\n    notificationSettings {\n      senderName\n      subjectPrefix\n      window {\n        start\n        end\n        timeZone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetupUpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      senderName\n      subjectPrefix\n      window {\n        start\n        end\n        timeZone\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetupUpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      senderName\n      subjectPrefix\n      window {\n        start\n        end\n        timeZone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleApplications($cohortId: ID!, $filter: ApplicationFilter, $page: PageInput) {\n    applications(cohortId: $cohortId, filter: $filter, page: $page) {\n      total\n      items {\n        id\n        role\n        state\n        motivation\n        functions\n        strengthsOrNeeds\n        languages\n        eligibility\n        decisionReason\n        submittedAt\n        applicant {\n          id\n          displayName\n          institution {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleApplications($cohortId: ID!, $filter: ApplicationFilter, $page: PageInput) {\n    applications(cohortId: $cohortId, filter: $filter, page: $page) {\n      total\n      items {\n        id\n        role\n        state\n        motivation\n        functions\n        strengthsOrNeeds\n        languages\n        eligibility\n        decisionReason\n        submittedAt\n        applicant {\n          id\n          displayName\n          institution {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDecideApplication($input: DecideApplicationInput!) {\n    decideApplication(input: $input) {\n      id\n      state\n      decisionReason\n      decidedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleDecideApplication($input: DecideApplicationInput!) {\n    decideApplication(input: $input) {\n      id\n      state\n      decisionReason\n      decidedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      name\n      programmeId\n      state\n      startsOn\n      endsOn\n      stateChangedAt\n      allowedTransitions\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      name\n      programmeId\n      state\n      startsOn\n      endsOn\n      stateChangedAt\n      allowedTransitions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleTransitionCohort($cohortId: ID!, $to: CohortState!) {\n    transitionCohort(cohortId: $cohortId, to: $to) {\n      id\n      state\n      stateChangedAt\n      allowedTransitions\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleTransitionCohort($cohortId: ID!, $to: CohortState!) {\n    transitionCohort(cohortId: $cohortId, to: $to) {\n      id\n      state\n      stateChangedAt\n      allowedTransitions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleEligibleStaff($cohortId: ID!, $role: ParticipantRole, $page: PageInput) {\n    eligibleStaff(cohortId: $cohortId, role: $role, page: $page) {\n      total\n      offset\n      limit\n      items {\n        staffId\n        role\n        reasons\n        monthsOfService\n        person {\n          id\n          displayName\n          institution {\n            id\n            name\n          }\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleEligibleStaff($cohortId: ID!, $role: ParticipantRole, $page: PageInput) {\n    eligibleStaff(cohortId: $cohortId, role: $role, page: $page) {\n      total\n      offset\n      limit\n      items {\n        staffId\n        role\n        reasons\n        monthsOfService\n        person {\n          id\n          displayName\n          institution {\n            id\n            name\n          }\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCloseConcern($id: ID!) {\n    closeConcern(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCloseConcern($id: ID!) {\n    closeConcern(id: $id) {\n      id\n      status\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMe {\n    me {\n      accountId\n      email\n      roles {\n        role\n        scopeType\n        scopeId\n        tenantId\n      }\n      staff {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMe {\n    me {\n      accountId\n      email\n      roles {\n        role\n        scopeType\n        scopeId\n        tenantId\n      }\n      staff {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportInbox($status: ConcernStatus) {\n    supportConcerns(status: $status) {\n      id\n      category\n      details\n      status\n      raisedAt\n      closedAt\n      relationshipId\n    }\n  }\n"): (typeof documents)["\n  query SupportInbox($status: ConcernStatus) {\n    supportConcerns(status: $status) {\n      id\n      category\n      details\n      status\n      raisedAt\n      closedAt\n      relationshipId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCohorts {\n    programmes(page: { limit: 200 }) {\n      items {\n        id\n        name\n        institutionIds\n      }\n    }\n    cohorts(page: { limit: 200 }) {\n      items {\n        id\n        name\n        programmeId\n        state\n        startsOn\n        endsOn\n        stateChangedAt\n        allowedTransitions\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleCohorts {\n    programmes(page: { limit: 200 }) {\n      items {\n        id\n        name\n        institutionIds\n      }\n    }\n    cohorts(page: { limit: 200 }) {\n      items {\n        id\n        name\n        programmeId\n        state\n        startsOn\n        endsOn\n        stateChangedAt\n        allowedTransitions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorCourses {\n    trainingCourses {\n      id\n      title\n      code\n      key\n      version\n    }\n  }\n"): (typeof documents)["\n  query EditorCourses {\n    trainingCourses {\n      id\n      title\n      code\n      key\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorCourse($id: ID!) {\n    trainingCourse(id: $id) {\n      ...EditorCourse\n    }\n  }\n"): (typeof documents)["\n  query EditorCourse($id: ID!) {\n    trainingCourse(id: $id) {\n      ...EditorCourse\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditorCourse on TrainingCourse {\n    id\n    title\n    titleTranslations {\n      locale\n      text\n    }\n    code\n    description\n    descriptionTranslations {\n      locale\n      text\n    }\n    version\n    baseLocale\n    audience\n    modules {\n      id\n      cluster\n      title\n      titleTranslations {\n        locale\n        text\n      }\n      description\n      descriptionTranslations {\n        locale\n        text\n      }\n      units {\n        id\n        title\n        titleTranslations {\n          locale\n          text\n        }\n        summary\n        summaryTranslations {\n          locale\n          text\n        }\n        minutes\n        knowledgeCheck {\n          passMark\n          questions {\n            id\n            kind\n            text\n            textTranslations {\n              locale\n              text\n            }\n            options {\n              id\n              text\n            }\n            optionTranslations {\n              optionId\n              locale\n              text\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EditorCourse on TrainingCourse {\n    id\n    title\n    titleTranslations {\n      locale\n      text\n    }\n    code\n    description\n    descriptionTranslations {\n      locale\n      text\n    }\n    version\n    baseLocale\n    audience\n    modules {\n      id\n      cluster\n      title\n      titleTranslations {\n        locale\n        text\n      }\n      description\n      descriptionTranslations {\n        locale\n        text\n      }\n      units {\n        id\n        title\n        titleTranslations {\n          locale\n          text\n        }\n        summary\n        summaryTranslations {\n          locale\n          text\n        }\n        minutes\n        knowledgeCheck {\n          passMark\n          questions {\n            id\n            kind\n            text\n            textTranslations {\n              locale\n              text\n            }\n            options {\n              id\n              text\n            }\n            optionTranslations {\n              optionId\n              locale\n              text\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorCreateCourse($input: CreateTrainingCourseInput!) {\n    createTrainingCourse(input: $input) {\n      ...EditorCourse\n    }\n  }\n"): (typeof documents)["\n  mutation EditorCreateCourse($input: CreateTrainingCourseInput!) {\n    createTrainingCourse(input: $input) {\n      ...EditorCourse\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorAddModule($input: AddCourseModuleInput!) {\n    addCourseModule(input: $input) {\n      ...EditorCourse\n    }\n  }\n"): (typeof documents)["\n  mutation EditorAddModule($input: AddCourseModuleInput!) {\n    addCourseModule(input: $input) {\n      ...EditorCourse\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorAddUnit($input: AddCourseUnitInput!) {\n    addCourseUnit(input: $input) {\n      ...EditorCourse\n    }\n  }\n"): (typeof documents)["\n  mutation EditorAddUnit($input: AddCourseUnitInput!) {\n    addCourseUnit(input: $input) {\n      ...EditorCourse\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorAddQuestion($input: AddKnowledgeCheckQuestionInput!) {\n    addKnowledgeCheckQuestion(input: $input) {\n      ...EditorCourse\n    }\n  }\n"): (typeof documents)["\n  mutation EditorAddQuestion($input: AddKnowledgeCheckQuestionInput!) {\n    addKnowledgeCheckQuestion(input: $input) {\n      ...EditorCourse\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorAnswerKey($courseId: ID!) {\n    courseAnswerKey(courseId: $courseId) {\n      questionId\n      correctOptionIds\n    }\n  }\n"): (typeof documents)["\n  query EditorAnswerKey($courseId: ID!) {\n    courseAnswerKey(courseId: $courseId) {\n      questionId\n      correctOptionIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorUpdateCourse($input: UpdateCourseInput!) {\n    updateTrainingCourse(input: $input) {\n      ...EditorCourse\n    }\n  }\n"): (typeof documents)["\n  mutation EditorUpdateCourse($input: UpdateCourseInput!) {\n    updateTrainingCourse(input: $input) {\n      ...EditorCourse\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorUpdateModule($input: UpdateCourseModuleInput!) {\n    updateCourseModule(input: $input) {\n      ...EditorCourse\n    }\n  }\n"): (typeof documents)["\n  mutation EditorUpdateModule($input: UpdateCourseModuleInput!) {\n    updateCourseModule(input: $input) {\n      ...EditorCourse\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorMoveModule($input: MoveCourseModuleInput!) {\n    moveCourseModule(input: $input) {\n      ...EditorCourse\n    }\n  }\n"): (typeof documents)["\n  mutation EditorMoveModule($input: MoveCourseModuleInput!) {\n    moveCourseModule(input: $input) {\n      ...EditorCourse\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorRemoveModule($courseId: ID!, $moduleId: ID!) {\n    removeCourseModule(courseId: $courseId, moduleId: $moduleId) {\n      ...EditorCourse\n    }\n  }\n"): (typeof documents)["\n  mutation EditorRemoveModule($courseId: ID!, $moduleId: ID!) {\n    removeCourseModule(courseId: $courseId, moduleId: $moduleId) {\n      ...EditorCourse\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorUpdateUnit($input: UpdateCourseUnitInput!) {\n    updateCourseUnit(input: $input) {\n      ...EditorCourse\n    }\n  }\n"): (typeof documents)["\n  mutation EditorUpdateUnit($input: UpdateCourseUnitInput!) {\n    updateCourseUnit(input: $input) {\n      ...EditorCourse\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorMoveUnit($input: MoveCourseUnitInput!) {\n    moveCourseUnit(input: $input) {\n      ...EditorCourse\n    }\n  }\n"): (typeof documents)["\n  mutation EditorMoveUnit($input: MoveCourseUnitInput!) {\n    moveCourseUnit(input: $input) {\n      ...EditorCourse\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorRemoveUnit($courseId: ID!, $unitId: ID!) {\n    removeCourseUnit(courseId: $courseId, unitId: $unitId) {\n      ...EditorCourse\n    }\n  }\n"): (typeof documents)["\n  mutation EditorRemoveUnit($courseId: ID!, $unitId: ID!) {\n    removeCourseUnit(courseId: $courseId, unitId: $unitId) {\n      ...EditorCourse\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorUpdateQuestion($input: UpdateKnowledgeCheckQuestionInput!) {\n    updateKnowledgeCheckQuestion(input: $input) {\n      ...EditorCourse\n    }\n  }\n"): (typeof documents)["\n  mutation EditorUpdateQuestion($input: UpdateKnowledgeCheckQuestionInput!) {\n    updateKnowledgeCheckQuestion(input: $input) {\n      ...EditorCourse\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorRemoveQuestion($courseId: ID!, $questionId: ID!) {\n    removeKnowledgeCheckQuestion(courseId: $courseId, questionId: $questionId) {\n      ...EditorCourse\n    }\n  }\n"): (typeof documents)["\n  mutation EditorRemoveQuestion($courseId: ID!, $questionId: ID!) {\n    removeKnowledgeCheckQuestion(courseId: $courseId, questionId: $questionId) {\n      ...EditorCourse\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorDefaultCurricula {\n    defaultCurricula {\n      key\n      title\n      description\n      audience\n      modules\n      units\n    }\n  }\n"): (typeof documents)["\n  query EditorDefaultCurricula {\n    defaultCurricula {\n      key\n      title\n      description\n      audience\n      modules\n      units\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorAdoptDefaultCourse($input: AdoptDefaultCourseInput!) {\n    adoptDefaultCourse(input: $input) {\n      id\n      title\n      key\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation EditorAdoptDefaultCourse($input: AdoptDefaultCourseInput!) {\n    adoptDefaultCourse(input: $input) {\n      id\n      title\n      key\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDashboard($cohortId: ID!) {\n    cohortDashboard(cohortId: $cohortId) {\n      cohortId\n      state\n      activeDuos\n      pausedDuos\n      endedEarly\n      closedDuos\n      rematchRequests\n      meetings\n      meetingsPerDuo\n      meetingMinutes\n      duosNeedingAttention\n      openConcerns\n      applications {\n        role\n        state\n        count\n      }\n      attentionByReason {\n        reason\n        count\n      }\n      functionBalance {\n        function\n        meetings\n        share\n      }\n      weeks {\n        startsOn\n        meetings\n        duosNeedingAttention\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDashboard($cohortId: ID!) {\n    cohortDashboard(cohortId: $cohortId) {\n      cohortId\n      state\n      activeDuos\n      pausedDuos\n      endedEarly\n      closedDuos\n      rematchRequests\n      meetings\n      meetingsPerDuo\n      meetingMinutes\n      duosNeedingAttention\n      openConcerns\n      applications {\n        role\n        state\n        count\n      }\n      attentionByReason {\n        reason\n        count\n      }\n      functionBalance {\n        function\n        meetings\n        share\n      }\n      weeks {\n        startsOn\n        meetings\n        duosNeedingAttention\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDuos($cohortId: ID!, $state: RelationshipState, $page: PageInput) {\n    relationships(cohortId: $cohortId, state: $state, page: $page) {\n      total\n      items {\n        id\n        state\n        startedOn\n        plannedEndOn\n        lastMeetingOn\n        lastCheckInOn\n        meetingCount\n        agreementAcknowledged\n        fitCheckDone\n        openConcerns\n        rematchRequested\n        endReason\n        mentor {\n          id\n          displayName\n        }\n        mentee {\n          id\n          displayName\n        }\n      }\n    }\n    duosNeedingAttention(cohortId: $cohortId) {\n      relationshipId\n      reasons\n      daysSinceContact\n      lastMeetingOn\n      relationship {\n        id\n        mentor {\n          id\n          displayName\n        }\n        mentee {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDuos($cohortId: ID!, $state: RelationshipState, $page: PageInput) {\n    relationships(cohortId: $cohortId, state: $state, page: $page) {\n      total\n      items {\n        id\n        state\n        startedOn\n        plannedEndOn\n        lastMeetingOn\n        lastCheckInOn\n        meetingCount\n        agreementAcknowledged\n        fitCheckDone\n        openConcerns\n        rematchRequested\n        endReason\n        mentor {\n          id\n          displayName\n        }\n        mentee {\n          id\n          displayName\n        }\n      }\n    }\n    duosNeedingAttention(cohortId: $cohortId) {\n      relationshipId\n      reasons\n      daysSinceContact\n      lastMeetingOn\n      relationship {\n        id\n        mentor {\n          id\n          displayName\n        }\n        mentee {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRematch($id: ID!) {\n    rematch(relationshipId: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRematch($id: ID!) {\n    rematch(relationshipId: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMatchRuns($cohortId: ID!) {\n    matchRuns(cohortId: $cohortId) {\n      id\n      status\n      progress\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMatchRuns($cohortId: ID!) {\n    matchRuns(cohortId: $cohortId) {\n      id\n      status\n      progress\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMatchRun($id: ID!) {\n    matchRun(id: $id) {\n      id\n      cohortId\n      status\n      progress\n      createdAt\n      finishedAt\n      mentees\n      mentors\n      meanScore\n      weightsVersion\n      proposals {\n        id\n        status\n        pinned\n        score\n        flags\n        reason\n        mentorStaffId\n        menteeStaffId\n        mentor {\n          id\n          displayName\n        }\n        mentee {\n          id\n          displayName\n        }\n        breakdown {\n          criterion\n          detail\n          value\n          points\n          weight\n        }\n      }\n      unmatched {\n        staffId\n        role\n        person {\n          id\n          displayName\n        }\n        explanation\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMatchRun($id: ID!) {\n    matchRun(id: $id) {\n      id\n      cohortId\n      status\n      progress\n      createdAt\n      finishedAt\n      mentees\n      mentors\n      meanScore\n      weightsVersion\n      proposals {\n        id\n        status\n        pinned\n        score\n        flags\n        reason\n        mentorStaffId\n        menteeStaffId\n        mentor {\n          id\n          displayName\n        }\n        mentee {\n          id\n          displayName\n        }\n        breakdown {\n          criterion\n          detail\n          value\n          points\n          weight\n        }\n      }\n      unmatched {\n        staffId\n        role\n        person {\n          id\n          displayName\n        }\n        explanation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRunMatch($input: RunMatchInput!) {\n    runMatch(input: $input) {\n      id\n      status\n      progress\n      mentees\n      mentors\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRunMatch($input: RunMatchInput!) {\n    runMatch(input: $input) {\n      id\n      status\n      progress\n      mentees\n      mentors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleApproveProposals($input: ApproveProposalsInput!) {\n    approveProposals(input: $input) {\n      id\n      status\n      proposals {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleApproveProposals($input: ApproveProposalsInput!) {\n    approveProposals(input: $input) {\n      id\n      status\n      proposals {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRejectProposal($id: ID!) {\n    rejectProposal(proposalId: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRejectProposal($id: ID!) {\n    rejectProposal(proposalId: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsolePinPair($input: PairInput!) {\n    pinPair(input: $input) {\n      kind\n      mentorStaffId\n      menteeStaffId\n    }\n  }\n"): (typeof documents)["\n  mutation ConsolePinPair($input: PairInput!) {\n    pinPair(input: $input) {\n      kind\n      mentorStaffId\n      menteeStaffId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleForbidPair($input: PairInput!) {\n    forbidPair(input: $input) {\n      kind\n      mentorStaffId\n      menteeStaffId\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleForbidPair($input: PairInput!) {\n    forbidPair(input: $input) {\n      kind\n      mentorStaffId\n      menteeStaffId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformTenants($page: PageInput, $search: String) {\n    tenants(page: $page, search: $search) {\n      total\n      offset\n      limit\n      items {\n        id\n        code\n        name\n        country\n        defaultLocale\n        enabledModules\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlatformTenants($page: PageInput, $search: String) {\n    tenants(page: $page, search: $search) {\n      total\n      offset\n      limit\n      items {\n        id\n        code\n        name\n        country\n        defaultLocale\n        enabledModules\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlatformCreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      code\n      name\n      country\n      defaultLocale\n      enabledModules\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation PlatformCreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      code\n      name\n      country\n      defaultLocale\n      enabledModules\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlatformUpdateTenantModules($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      id\n      enabledModules\n    }\n  }\n"): (typeof documents)["\n  mutation PlatformUpdateTenantModules($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      id\n      enabledModules\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformOutgoingMail($page: PageInput) {\n    outgoingMail(page: $page) {\n      total\n      offset\n      limit\n      items {\n        id\n        recipient\n        subject\n        status\n        attempts\n        createdAt\n        sentAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlatformOutgoingMail($page: PageInput) {\n    outgoingMail(page: $page) {\n      total\n      offset\n      limit\n      items {\n        id\n        recipient\n        subject\n        status\n        attempts\n        createdAt\n        sentAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearchProgrammes {\n    programmes(page: { limit: 200 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResearchProgrammes {\n    programmes(page: { limit: 200 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearchPlan($programmeId: ID!) {\n    surveyPlan(programmeId: $programmeId) {\n      version\n      updatedAt\n      waves {\n        kind\n        dueWithinDays\n        menteeInstruments\n        mentorInstruments\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResearchPlan($programmeId: ID!) {\n    surveyPlan(programmeId: $programmeId) {\n      version\n      updatedAt\n      waves {\n        kind\n        dueWithinDays\n        menteeInstruments\n        mentorInstruments\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearchResponseFlow($programmeId: ID!) {\n    surveyResponseFlow(programmeId: $programmeId) {\n      waves {\n        wave\n        invited\n        notStarted\n        started\n        completed\n        expired\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResearchResponseFlow($programmeId: ID!) {\n    surveyResponseFlow(programmeId: $programmeId) {\n      waves {\n        wave\n        invited\n        notStarted\n        started\n        completed\n        expired\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearchPrePost($input: PrePostReportInput!) {\n    prePostReport(input: $input) {\n      minCell\n      minCellSensitive\n      pre\n      post\n      cells {\n        group\n        instrumentCode\n        score\n        suppressed\n        pairs\n        preMean\n        postMean\n        meanChange\n        ciLow\n        ciHigh\n        dz\n        pValue\n        wilcoxonP\n        higherIsBetter\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResearchPrePost($input: PrePostReportInput!) {\n    prePostReport(input: $input) {\n      minCell\n      minCellSensitive\n      pre\n      post\n      cells {\n        group\n        instrumentCode\n        score\n        suppressed\n        pairs\n        preMean\n        postMean\n        meanChange\n        ciLow\n        ciHigh\n        dz\n        pValue\n        wilcoxonP\n        higherIsBetter\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearchOutcomes($programmeId: ID!) {\n    programmeOutcomes(programmeId: $programmeId) {\n      duosFormed\n      activeDuos\n      closedDuos\n      endedEarly\n      meetingsLogged\n      meetingsPerDuoMean\n      retention {\n        months\n        mentees\n        menteesRetained\n        comparison\n        comparisonRetained\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResearchOutcomes($programmeId: ID!) {\n    programmeOutcomes(programmeId: $programmeId) {\n      duosFormed\n      activeDuos\n      closedDuos\n      endedEarly\n      meetingsLogged\n      meetingsPerDuoMean\n      retention {\n        months\n        mentees\n        menteesRetained\n        comparison\n        comparisonRetained\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearchCodebook($programmeId: ID!) {\n    surveyCodebook(programmeId: $programmeId) {\n      csv\n      variables\n    }\n  }\n"): (typeof documents)["\n  query ResearchCodebook($programmeId: ID!) {\n    surveyCodebook(programmeId: $programmeId) {\n      csv\n      variables\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearchExport($input: SurveyExportInput!) {\n    surveyExport(input: $input) {\n      header\n      csv\n      rows\n      total\n      nextOffset\n    }\n  }\n"): (typeof documents)["\n  query ResearchExport($input: SurveyExportInput!) {\n    surveyExport(input: $input) {\n      header\n      csv\n      rows\n      total\n      nextOffset\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearchInstruments {\n    evaluationInstruments {\n      code\n      name\n      responseAnchors\n      textLocales\n      licence {\n        wordingShipped\n      }\n      items {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResearchInstruments {\n    evaluationInstruments {\n      code\n      name\n      responseAnchors\n      textLocales\n      licence {\n        wordingShipped\n      }\n      items {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResearchLoadInstrumentText($input: LoadInstrumentTextInput!) {\n    loadInstrumentText(input: $input) {\n      instrumentCode\n      locale\n      items\n      source\n      loadedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResearchLoadInstrumentText($input: LoadInstrumentTextInput!) {\n    loadInstrumentText(input: $input) {\n      instrumentCode\n      locale\n      items\n      source\n      loadedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleTrainingCourses {\n    trainingCourses {\n      id\n      title\n      code\n    }\n  }\n"): (typeof documents)["\n  query ConsoleTrainingCourses {\n    trainingCourses {\n      id\n      title\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleTrainingSession on TrainingSession {\n    id\n    courseId\n    title\n    startsAt\n    endsAt\n    place\n    onlineUrl\n    language\n    capacity\n    booked\n    seatsLeft\n    waitlisted\n    allowWaitlist\n    registerKept\n    trainerStaffId\n    trainerName\n    cancelledAt\n    cancelReason\n  }\n"): (typeof documents)["\n  fragment ConsoleTrainingSession on TrainingSession {\n    id\n    courseId\n    title\n    startsAt\n    endsAt\n    place\n    onlineUrl\n    language\n    capacity\n    booked\n    seatsLeft\n    waitlisted\n    allowWaitlist\n    registerKept\n    trainerStaffId\n    trainerName\n    cancelledAt\n    cancelReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleTenantSessions($offset: Int!, $limit: Int!) {\n    tenantTrainingSessions(page: { offset: $offset, limit: $limit }) {\n      total\n      items {\n        ...ConsoleTrainingSession\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleTenantSessions($offset: Int!, $limit: Int!) {\n    tenantTrainingSessions(page: { offset: $offset, limit: $limit }) {\n      total\n      items {\n        ...ConsoleTrainingSession\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleTrainerCandidates($search: String) {\n    staff(filter: { search: $search }, page: { limit: 20 }, orderBy: { field: NAME }) {\n      items {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleTrainerCandidates($search: String) {\n    staff(filter: { search: $search }, page: { limit: 20 }, orderBy: { field: NAME }) {\n      items {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleScheduleSession($input: ScheduleTrainingSessionInput!) {\n    scheduleTrainingSession(input: $input) {\n      ...ConsoleTrainingSession\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleScheduleSession($input: ScheduleTrainingSessionInput!) {\n    scheduleTrainingSession(input: $input) {\n      ...ConsoleTrainingSession\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateSession($input: UpdateTrainingSessionInput!) {\n    updateTrainingSession(input: $input) {\n      ...ConsoleTrainingSession\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateSession($input: UpdateTrainingSessionInput!) {\n    updateTrainingSession(input: $input) {\n      ...ConsoleTrainingSession\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCancelSession($input: CancelTrainingSessionInput!) {\n    cancelTrainingSession(input: $input) {\n      ...ConsoleTrainingSession\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCancelSession($input: CancelTrainingSessionInput!) {\n    cancelTrainingSession(input: $input) {\n      ...ConsoleTrainingSession\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleSessionRegister on SessionRegister {\n    session {\n      ...ConsoleTrainingSession\n    }\n    entries {\n      id\n      staffId\n      status\n      waitlistPosition\n      attendance\n    }\n  }\n"): (typeof documents)["\n  fragment ConsoleSessionRegister on SessionRegister {\n    session {\n      ...ConsoleTrainingSession\n    }\n    entries {\n      id\n      staffId\n      status\n      waitlistPosition\n      attendance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSessionRegister($sessionId: ID!) {\n    sessionRegister(sessionId: $sessionId) {\n      ...ConsoleSessionRegister\n    }\n  }\n"): (typeof documents)["\n  query ConsoleSessionRegister($sessionId: ID!) {\n    sessionRegister(sessionId: $sessionId) {\n      ...ConsoleSessionRegister\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleStaffNames($ids: [ID!]!) {\n    staff(filter: { ids: $ids, includeLeft: true }, page: { limit: 200 }) {\n      items {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleStaffNames($ids: [ID!]!) {\n    staff(filter: { ids: $ids, includeLeft: true }, page: { limit: 200 }) {\n      items {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      ...ConsoleSessionRegister\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      ...ConsoleSessionRegister\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMentorsTrained($cohortId: ID!) {\n    mentorsTrained(cohortId: $cohortId) {\n      cohortId\n      trained\n      needed\n      shortfall\n      menteesAccepted\n      mentorCapacity\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMentorsTrained($cohortId: ID!) {\n    mentorsTrained(cohortId: $cohortId) {\n      cohortId\n      trained\n      needed\n      shortfall\n      menteesAccepted\n      mentorCapacity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenCohorts {\n    cohorts(filter: { state: RECRUITING }) {\n      items {\n        id\n        name\n        startsOn\n        endsOn\n        programmeId\n      }\n    }\n    myApplications {\n      id\n      cohortId\n      role\n      state\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  query OpenCohorts {\n    cohorts(filter: { state: RECRUITING }) {\n      items {\n        id\n        name\n        startsOn\n        endsOn\n        programmeId\n      }\n    }\n    myApplications {\n      id\n      cohortId\n      role\n      state\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipationConsent {\n    consentTexts(purpose: \"programme.participation\") {\n      id\n      locale\n      text\n      version\n    }\n  }\n"): (typeof documents)["\n  query ParticipationConsent {\n    consentTexts(purpose: \"programme.participation\") {\n      id\n      locale\n      text\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Apply($input: SubmitApplicationInput!) {\n    submitApplication(input: $input) {\n      id\n      cohortId\n      role\n      state\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  mutation Apply($input: SubmitApplicationInput!) {\n    submitApplication(input: $input) {\n      id\n      cohortId\n      role\n      state\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Withdraw($id: ID!) {\n    withdrawApplication(id: $id) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation Withdraw($id: ID!) {\n    withdrawApplication(id: $id) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationPreferencesFields on NotificationPreferences {\n    digest\n    categories {\n      category\n      enabled\n      switchable\n    }\n    window {\n      start\n      end\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationPreferencesFields on NotificationPreferences {\n    digest\n    categories {\n      category\n      enabled\n      switchable\n    }\n    window {\n      start\n      end\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotificationPreferences {\n    myNotificationPreferences {\n      ...NotificationPreferencesFields\n    }\n  }\n"): (typeof documents)["\n  query MyNotificationPreferences {\n    myNotificationPreferences {\n      ...NotificationPreferencesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyNotificationPreferences($input: UpdateMyNotificationPreferencesInput!) {\n    updateMyNotificationPreferences(input: $input) {\n      ...NotificationPreferencesFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyNotificationPreferences($input: UpdateMyNotificationPreferencesInput!) {\n    updateMyNotificationPreferences(input: $input) {\n      ...NotificationPreferencesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsMe {\n    me {\n      accountId\n      email\n      locale\n    }\n  }\n"): (typeof documents)["\n  query SettingsMe {\n    me {\n      accountId\n      email\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTasks {\n    me {\n      accountId\n      tasks {\n        kind\n        dueOn\n        link\n        subject {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTasks {\n    me {\n      accountId\n      tasks {\n        kind\n        dueOn\n        link\n        subject {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTraining {\n    trainingCourses {\n      id\n      title\n      description\n    }\n    myEnrolments {\n      id\n      courseId\n      ...EnrolmentProgress\n    }\n    myCertificates {\n      id\n      courseTitle\n      issuedOn\n      code\n      valid\n    }\n  }\n"): (typeof documents)["\n  query MyTraining {\n    trainingCourses {\n      id\n      title\n      description\n    }\n    myEnrolments {\n      id\n      courseId\n      ...EnrolmentProgress\n    }\n    myCertificates {\n      id\n      courseTitle\n      issuedOn\n      code\n      valid\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrolMe($input: EnrolInput!) {\n    enrol(input: $input) {\n      id\n      courseId\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation EnrolMe($input: EnrolInput!) {\n    enrol(input: $input) {\n      id\n      courseId\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificatePdf($id: ID!) {\n    certificatePdf(id: $id) {\n      base64\n      contentType\n      filename\n    }\n  }\n"): (typeof documents)["\n  query CertificatePdf($id: ID!) {\n    certificatePdf(id: $id) {\n      base64\n      contentType\n      filename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDuos {\n    myRelationships {\n      id\n      state\n      myRole\n      startedOn\n      plannedEndOn\n      meetingCount\n      lastMeetingOn\n      fitCheckDone\n      agreementAcknowledged\n      mentor {\n        ...DuoPartner\n      }\n      mentee {\n        ...DuoPartner\n      }\n      cohort {\n        id\n        name\n      }\n      programme {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyDuos {\n    myRelationships {\n      id\n      state\n      myRole\n      startedOn\n      plannedEndOn\n      meetingCount\n      lastMeetingOn\n      fitCheckDone\n      agreementAcknowledged\n      mentor {\n        ...DuoPartner\n      }\n      mentee {\n        ...DuoPartner\n      }\n      cohort {\n        id\n        name\n      }\n      programme {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DuoPartner on Person {\n    id\n    displayName\n    workEmail\n    institution {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    shiftPattern {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment DuoPartner on Person {\n    id\n    displayName\n    workEmail\n    institution {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    shiftPattern {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DuoDetail($id: ID!) {\n    agreement(relationshipId: $id) {\n      relationshipId\n      cadenceDays\n      goalsSummary\n      practicalities\n      confidentialityText\n      mentorAcknowledgedAt\n      menteeAcknowledgedAt\n    }\n    goals(relationshipId: $id) {\n      id\n      title\n      function\n      progress\n      status\n    }\n    meetings(relationshipId: $id) {\n      id\n      heldOn\n      durationMinutes\n      functions\n    }\n  }\n"): (typeof documents)["\n  query DuoDetail($id: ID!) {\n    agreement(relationshipId: $id) {\n      relationshipId\n      cadenceDays\n      goalsSummary\n      practicalities\n      confidentialityText\n      mentorAcknowledgedAt\n      menteeAcknowledgedAt\n    }\n    goals(relationshipId: $id) {\n      id\n      title\n      function\n      progress\n      status\n    }\n    meetings(relationshipId: $id) {\n      id\n      heldOn\n      durationMinutes\n      functions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogMeeting($input: LogMeetingInput!) {\n    logMeeting(input: $input) {\n      id\n      heldOn\n      durationMinutes\n      functions\n    }\n  }\n"): (typeof documents)["\n  mutation LogMeeting($input: LogMeetingInput!) {\n    logMeeting(input: $input) {\n      id\n      heldOn\n      durationMinutes\n      functions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAgreement($input: SaveAgreementInput!) {\n    saveAgreement(input: $input) {\n      relationshipId\n      cadenceDays\n      goalsSummary\n      practicalities\n      mentorAcknowledgedAt\n      menteeAcknowledgedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SaveAgreement($input: SaveAgreementInput!) {\n    saveAgreement(input: $input) {\n      relationshipId\n      cadenceDays\n      goalsSummary\n      practicalities\n      mentorAcknowledgedAt\n      menteeAcknowledgedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeAgreement($id: ID!) {\n    acknowledgeAgreement(relationshipId: $id) {\n      relationshipId\n      mentorAcknowledgedAt\n      menteeAcknowledgedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeAgreement($id: ID!) {\n    acknowledgeAgreement(relationshipId: $id) {\n      relationshipId\n      mentorAcknowledgedAt\n      menteeAcknowledgedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddGoal($input: AddGoalInput!) {\n    addGoal(input: $input) {\n      id\n      title\n      function\n      progress\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AddGoal($input: AddGoalInput!) {\n    addGoal(input: $input) {\n      id\n      title\n      function\n      progress\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n      progress\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n      progress\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerFitCheck($input: AnswerFitCheckInput!) {\n    answerFitCheck(input: $input) {\n      id\n      state\n      fitCheckDone\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerFitCheck($input: AnswerFitCheckInput!) {\n    answerFitCheck(input: $input) {\n      id\n      state\n      fitCheckDone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseConcern($input: RaiseConcernInput!) {\n    raiseConcern(input: $input) {\n      id\n      status\n      supportContact {\n        name\n        howToReach\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RaiseConcern($input: RaiseConcernInput!) {\n    raiseConcern(input: $input) {\n      id\n      status\n      supportContact {\n        name\n        howToReach\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseDuo($id: ID!) {\n    pauseRelationship(id: $id) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation PauseDuo($id: ID!) {\n    pauseRelationship(id: $id) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeDuo($id: ID!) {\n    resumeRelationship(id: $id) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeDuo($id: ID!) {\n    resumeRelationship(id: $id) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndDuoEarly($input: EndRelationshipEarlyInput!) {\n    endRelationshipEarly(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation EndDuoEarly($input: EndRelationshipEarlyInput!) {\n    endRelationshipEarly(input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseDuo($input: CloseRelationshipInput!) {\n    closeRelationship(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation CloseDuo($input: CloseRelationshipInput!) {\n    closeRelationship(input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadCount {\n    unreadCount\n  }\n"): (typeof documents)["\n  query UnreadCount {\n    unreadCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($page: PageInput) {\n    myNotifications(page: $page) {\n      total\n      offset\n      limit\n      items {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications($page: PageInput) {\n    myNotifications(page: $page) {\n      total\n      offset\n      limit\n      items {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportMyData {\n    exportPersonalData {\n      exportedAt\n      data\n    }\n  }\n"): (typeof documents)["\n  query ExportMyData {\n    exportPersonalData {\n      exportedAt\n      data\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySurveys {\n    mySurveyInvitations {\n      id\n      wave\n      state\n      dueOn\n      answered\n      itemCount\n    }\n    mySurveyScores {\n      invitationId\n      instrumentCode\n      wave\n      score\n      value\n      min\n      max\n      signpost\n      completedOn\n    }\n  }\n"): (typeof documents)["\n  query MySurveys {\n    mySurveyInvitations {\n      id\n      wave\n      state\n      dueOn\n      answered\n      itemCount\n    }\n    mySurveyScores {\n      invitationId\n      instrumentCode\n      wave\n      score\n      value\n      min\n      max\n      signpost\n      completedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyDetail($id: ID!) {\n    mySurveyInvitation(id: $id) {\n      id\n      wave\n      state\n      answered\n      itemCount\n      attributions\n      items {\n        itemId\n        instrumentCode\n        text\n        anchors\n        responseMin\n        responseMax\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveyDetail($id: ID!) {\n    mySurveyInvitation(id: $id) {\n      id\n      wave\n      state\n      answered\n      itemCount\n      attributions\n      items {\n        itemId\n        instrumentCode\n        text\n        anchors\n        responseMin\n        responseMax\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSurveyAnswers($input: SaveSurveyAnswersInput!) {\n    saveSurveyAnswers(input: $input) {\n      id\n      state\n      answered\n      itemCount\n      items {\n        itemId\n        instrumentCode\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSurveyAnswers($input: SaveSurveyAnswersInput!) {\n    saveSurveyAnswers(input: $input) {\n      id\n      state\n      answered\n      itemCount\n      items {\n        itemId\n        instrumentCode\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseUnits($id: ID!, $version: Int) {\n    trainingCourse(id: $id, version: $version) {\n      id\n      modules {\n        id\n        title\n        units {\n          id\n          title\n          summary\n          minutes\n          required\n          knowledgeCheck {\n            passMark\n            questions {\n              id\n              kind\n              text\n              options {\n                id\n                text\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CourseUnits($id: ID!, $version: Int) {\n    trainingCourse(id: $id, version: $version) {\n      id\n      modules {\n        id\n        title\n        units {\n          id\n          title\n          summary\n          minutes\n          required\n          knowledgeCheck {\n            passMark\n            questions {\n              id\n              kind\n              text\n              options {\n                id\n                text\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EnrolmentProgress on Enrolment {\n    id\n    courseVersion\n    status\n    completedOn\n    certificateId\n    progress {\n      requiredUnits\n      requiredUnitsDone\n      checksPassed\n      checksRequired\n      units {\n        unitId\n        done\n        attempts\n        bestScore\n        checkPassed\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EnrolmentProgress on Enrolment {\n    id\n    courseVersion\n    status\n    completedOn\n    certificateId\n    progress {\n      requiredUnits\n      requiredUnitsDone\n      checksPassed\n      checksRequired\n      units {\n        unitId\n        done\n        attempts\n        bestScore\n        checkPassed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitKnowledgeCheck($input: SubmitKnowledgeCheckInput!) {\n    submitKnowledgeCheck(input: $input) {\n      score\n      passMark\n      passed\n      enrolment {\n        ...EnrolmentProgress\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitKnowledgeCheck($input: SubmitKnowledgeCheckInput!) {\n    submitKnowledgeCheck(input: $input) {\n      score\n      passMark\n      passed\n      enrolment {\n        ...EnrolmentProgress\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteUnit($enrolmentId: ID!, $unitId: ID!) {\n    completeUnit(enrolmentId: $enrolmentId, unitId: $unitId) {\n      ...EnrolmentProgress\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteUnit($enrolmentId: ID!, $unitId: ID!) {\n    completeUnit(enrolmentId: $enrolmentId, unitId: $unitId) {\n      ...EnrolmentProgress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseSessions($courseId: ID!) {\n    trainingSessions(courseId: $courseId) {\n      id\n      title\n      startsAt\n      endsAt\n      place\n      onlineUrl\n      language\n      capacity\n      seatsLeft\n      waitlisted\n      allowWaitlist\n      cancelledAt\n      cancelReason\n    }\n    mySessionBookings {\n      id\n      sessionId\n      status\n      waitlistPosition\n    }\n  }\n"): (typeof documents)["\n  query CourseSessions($courseId: ID!) {\n    trainingSessions(courseId: $courseId) {\n      id\n      title\n      startsAt\n      endsAt\n      place\n      onlineUrl\n      language\n      capacity\n      seatsLeft\n      waitlisted\n      allowWaitlist\n      cancelledAt\n      cancelReason\n    }\n    mySessionBookings {\n      id\n      sessionId\n      status\n      waitlistPosition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookSession($sessionId: ID!) {\n    bookTrainingSession(input: { sessionId: $sessionId }) {\n      id\n      sessionId\n      status\n      waitlistPosition\n    }\n  }\n"): (typeof documents)["\n  mutation BookSession($sessionId: ID!) {\n    bookTrainingSession(input: { sessionId: $sessionId }) {\n      id\n      sessionId\n      status\n      waitlistPosition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelBooking($sessionId: ID!) {\n    cancelTrainingBooking(input: { sessionId: $sessionId }) {\n      id\n      sessionId\n      status\n      waitlistPosition\n    }\n  }\n"): (typeof documents)["\n  mutation CancelBooking($sessionId: ID!) {\n    cancelTrainingBooking(input: { sessionId: $sessionId }) {\n      id\n      sessionId\n      status\n      waitlistPosition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;