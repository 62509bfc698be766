/**
 * notifications: Greek. Μηνύματα σφάλματος της ενότητας ειδοποιήσεων. Machine/LLM-drafted from the English; not yet reviewed by a native speaker (docs/translations.md).
 */
export const messages: Record<string, string> = {
  "errors.notifications.CATEGORY_ALWAYS_ON": "Τα μηνύματα λογαριασμού και ασφάλειας αποστέλλονται πάντα· δεν μπορούν να απενεργοποιηθούν.",
  "errors.notifications.EMPTY_WINDOW": "Το παράθυρο αποστολής πρέπει να ανοίγει πριν κλείσει (windowStart πριν από windowEnd).",
};
