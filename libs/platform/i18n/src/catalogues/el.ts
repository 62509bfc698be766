export const el: Record<string, string> = {
  'errors.common.INVALID_INPUT': 'Μη έγκυρη τιμή για {{field}}: {{reason}}',
  'errors.common.UNAUTHENTICATED': 'Πρέπει να συνδεθείτε.',
  'errors.common.FORBIDDEN': 'Δεν έχετε δικαίωμα γι’ αυτή την ενέργεια.',
  'errors.common.NOT_FOUND': 'Δεν βρέθηκε: {{entity}}.',
  'errors.common.MODULE_UNAVAILABLE': 'Η ενότητα {{module}} δεν είναι διαθέσιμη.',
  'errors.identity.RESET_TOKEN_INVALID': 'Ο σύνδεσμος επαναφοράς κωδικού δεν είναι έγκυρος, έχει ήδη χρησιμοποιηθεί ή έχει λήξει. Ζητήστε νέο.',
  'errors.identity.INVALID_CREDENTIALS': 'Λάθος email ή κωδικός πρόσβασης.',
};
