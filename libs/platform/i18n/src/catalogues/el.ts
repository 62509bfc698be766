export const el: Record<string, string> = {
  'errors.common.INVALID_INPUT': 'Μη έγκυρη τιμή για {{field}}: {{reason}}',
  'errors.common.UNAUTHENTICATED': 'Πρέπει να συνδεθείτε.',
  'errors.common.FORBIDDEN': 'Δεν έχετε δικαίωμα γι’ αυτή την ενέργεια.',
  'errors.common.NOT_FOUND': 'Δεν βρέθηκε: {{entity}}.',
  'errors.common.MODULE_UNAVAILABLE': 'Η ενότητα {{module}} δεν είναι διαθέσιμη.',
  'errors.common.IDEMPOTENCY_KEY_REUSED': 'Αυτό το {{field}} χρησιμοποιήθηκε ήδη για διαφορετικό αίτημα: στείλτε νέο κλειδί με νέο περιεχόμενο.',
  'errors.identity.INVALID_CREDENTIALS': 'Λάθος email ή κωδικός πρόσβασης.',
};
