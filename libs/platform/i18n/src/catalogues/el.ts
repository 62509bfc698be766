export const el: Record<string, string> = {
  'errors.common.INVALID_INPUT': 'Μη έγκυρη τιμή για {{field}}: {{reason}}',
  'errors.common.DATE_IN_FUTURE': 'Το {{field}} δεν μπορεί να είναι στο μέλλον.',
  'errors.common.DATE_BEFORE': 'Το {{field}} πρέπει να είναι την ίδια ή μεταγενέστερη ημερομηνία από το {{other}}.',
  'errors.common.NOT_AFTER': 'Το {{field}} πρέπει να είναι μετά το {{other}}.',
  'errors.common.UNAUTHENTICATED': 'Πρέπει να συνδεθείτε.',
  'errors.common.FORBIDDEN': 'Δεν έχετε δικαίωμα γι’ αυτή την ενέργεια.',
  'errors.common.NOT_FOUND': 'Δεν βρέθηκε: {{entity}}.',
  'errors.common.MODULE_UNAVAILABLE': 'Η ενότητα {{module}} δεν είναι διαθέσιμη.',
  'errors.common.IDEMPOTENCY_KEY_REUSED': 'Αυτό το {{field}} χρησιμοποιήθηκε ήδη για διαφορετικό αίτημα: στείλτε νέο κλειδί με νέο περιεχόμενο.',
  'errors.identity.RESET_TOKEN_INVALID': 'Ο σύνδεσμος επαναφοράς κωδικού δεν είναι έγκυρος, έχει ήδη χρησιμοποιηθεί ή έχει λήξει. Ζητήστε νέο.',
  'errors.identity.INVALID_CREDENTIALS': 'Λάθος email ή κωδικός πρόσβασης.',
};
