export const da: Record<string, string> = {
  'errors.common.INVALID_INPUT': 'Ugyldig værdi for {{field}}: {{reason}}',
  'errors.common.DATE_IN_FUTURE': '{{field}} må ikke ligge i fremtiden.',
  'errors.common.DATE_BEFORE': '{{field}} skal være samme dag som eller efter {{other}}.',
  'errors.common.NOT_AFTER': '{{field}} skal være efter {{other}}.',
  'errors.common.UNAUTHENTICATED': 'Du skal være logget ind.',
  'errors.common.FORBIDDEN': 'Du har ikke adgang til dette.',
  'errors.common.NOT_FOUND': '{{entity}} blev ikke fundet.',
  'errors.common.MODULE_UNAVAILABLE': 'Modulet {{module}} er ikke tilgængeligt.',
  'errors.common.IDEMPOTENCY_KEY_REUSED': 'Denne {{field}} er allerede brugt til en anden forespørgsel: send en ny nøgle med nyt indhold.',
  'errors.identity.RESET_TOKEN_INVALID': 'Linket til nulstilling af adgangskoden er ugyldigt, allerede brugt eller udløbet. Bed om et nyt.',
  'errors.identity.INVALID_CREDENTIALS': 'E-mail eller adgangskode er forkert.',
  'errors.identity.PASSWORD_GUESSABLE': 'Adgangskoden er for let at gætte (en almindelig adgangskode, et mønster eller din egen e-mailadresse eller dit navn). Nogle få ord uden sammenhæng giver en stærk adgangskode.',
};
