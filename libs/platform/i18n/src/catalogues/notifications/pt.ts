/**
 * notifications: Portuguese. Mensagens de erro do módulo de notificações. Machine/LLM-drafted from the English; not yet reviewed by a native speaker (docs/translations.md).
 */
export const messages: Record<string, string> = {
  "errors.notifications.CATEGORY_ALWAYS_ON": "As mensagens de conta e de segurança são sempre enviadas; não podem ser desativadas.",
  "errors.notifications.EMPTY_WINDOW": "A janela de envio tem de abrir antes de fechar (windowStart antes de windowEnd).",
};
