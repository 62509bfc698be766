export const ro: Record<string, string> = {
  'errors.common.INVALID_INPUT': 'Valoare nevalidă pentru {{field}}: {{reason}}',
  'errors.common.DATE_IN_FUTURE': '{{field}} nu poate fi în viitor.',
  'errors.common.DATE_BEFORE': '{{field}} trebuie să fie în aceeași zi sau după {{other}}.',
  'errors.common.NOT_AFTER': '{{field}} trebuie să fie după {{other}}.',
  'errors.common.UNAUTHENTICATED': 'Trebuie să vă autentificați.',
  'errors.common.FORBIDDEN': 'Nu aveți permisiunea să faceți acest lucru.',
  'errors.common.NOT_FOUND': '{{entity}} nu a fost găsit.',
  'errors.common.MODULE_UNAVAILABLE': 'Modulul {{module}} nu este disponibil.',
  'errors.common.IDEMPOTENCY_KEY_REUSED': 'Această {{field}} a fost deja folosită pentru o altă cerere: trimiteți o cheie nouă cu conținut nou.',
  'errors.identity.RESET_TOKEN_INVALID': 'Acest link de resetare a parolei nu este valid, a fost deja folosit sau a expirat. Cereți unul nou.',
  'errors.identity.INVALID_CREDENTIALS': 'E-mailul sau parola sunt greșite.',
};
