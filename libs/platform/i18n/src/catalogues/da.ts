export const da: Record<string, string> = {
  'errors.common.INVALID_INPUT': 'Ugyldig værdi for {{field}}: {{reason}}',
  'errors.common.UNAUTHENTICATED': 'Du skal være logget ind.',
  'errors.common.FORBIDDEN': 'Du har ikke adgang til dette.',
  'errors.common.NOT_FOUND': '{{entity}} blev ikke fundet.',
  'errors.common.MODULE_UNAVAILABLE': 'Modulet {{module}} er ikke tilgængeligt.',
  'errors.identity.INVALID_CREDENTIALS': 'E-mail eller adgangskode er forkert.',
};
