/**
 * notifications: Danish. Notifikationsmodulets fejlbeskeder. Machine/LLM-drafted from the English; not yet reviewed by a native speaker (docs/translations.md).
 */
export const messages: Record<string, string> = {
  "errors.notifications.CATEGORY_ALWAYS_ON": "Beskeder om konto og sikkerhed sendes altid; de kan ikke slås fra.",
  "errors.notifications.EMPTY_WINDOW": "Afsendelsesvinduet skal åbne, før det lukker (windowStart før windowEnd).",
};
