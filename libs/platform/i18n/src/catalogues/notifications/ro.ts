/**
 * notifications: Romanian. Mesajele de eroare ale modulului de notificări. Machine/LLM-drafted from the English; not yet reviewed by a native speaker (docs/translations.md).
 */
export const messages: Record<string, string> = {
  "errors.notifications.CATEGORY_ALWAYS_ON": "Mesajele despre cont și securitate se trimit întotdeauna; nu pot fi dezactivate.",
  "errors.notifications.EMPTY_WINDOW": "Intervalul de trimitere trebuie să înceapă înainte să se încheie (windowStart înainte de windowEnd).",
};
