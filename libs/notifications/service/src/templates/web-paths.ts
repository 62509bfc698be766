/**
 * Every page of the web app a message links to: each is a route of apps/web (`web-paths.spec.ts`
 * reads the app's route tables and fails on a path it does not have). A message names one of
 * these, never an entity's id: the page shows the reader their own duo, surveys, sessions.
 */
export const WEB_PATHS = {
  home: '/',
  invitation: '/invitation',
  resetPassword: '/reset-password',
  applications: '/cohorts',
  duo: '/duo',
  surveys: '/surveys',
  training: '/training',
  inbox: '/inbox',
  settings: '/settings',
  supportInbox: '/console/concerns',
  consoleDuos: '/console/duos',
} as const;

export type WebPath = (typeof WEB_PATHS)[keyof typeof WEB_PATHS];
