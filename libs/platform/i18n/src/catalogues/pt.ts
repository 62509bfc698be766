export const pt: Record<string, string> = {
  'errors.common.INVALID_INPUT': 'Valor inválido para {{field}}: {{reason}}',
  'errors.common.DATE_IN_FUTURE': '{{field}} não pode ser no futuro.',
  'errors.common.DATE_BEFORE': '{{field}} tem de ser igual ou posterior a {{other}}.',
  'errors.common.NOT_AFTER': '{{field}} tem de ser posterior a {{other}}.',
  'errors.common.UNAUTHENTICATED': 'Tem de iniciar sessão.',
  'errors.common.FORBIDDEN': 'Não tem permissão para fazer isto.',
  'errors.common.NOT_FOUND': '{{entity}} não encontrado.',
  'errors.common.MODULE_UNAVAILABLE': 'O módulo {{module}} não está disponível.',
  'errors.common.IDEMPOTENCY_KEY_REUSED': 'Esta {{field}} já foi usada para um pedido diferente: envie uma nova chave com conteúdo novo.',
  'errors.identity.RESET_TOKEN_INVALID': 'Esta ligação para repor a palavra-passe é inválida, já foi usada ou expirou. Peça uma nova.',
  'errors.identity.INVALID_CREDENTIALS': 'O e-mail ou a palavra-passe estão errados.',
  'errors.identity.PASSWORD_GUESSABLE': 'Esta palavra-passe é demasiado fácil de adivinhar (uma palavra-passe comum, um padrão, ou o seu próprio e-mail ou nome). Algumas palavras sem relação entre si formam uma palavra-passe forte.',
};
