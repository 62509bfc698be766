/**
 * Typed errors. The domain throws `PlatformError` with a module-specific `code`
 * (e.g. `identity.EMAIL_TAKEN`) and a `category` that adapters map to transports:
 * GraphQL `extensions.code` in platform-graphql, an error payload on the bus in platform-messaging.
 */
export const ERROR_CATEGORIES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'MODULE_UNAVAILABLE',
  'MODULE_DISABLED',
  'RATE_LIMITED',
  'INTERNAL',
] as const;
export type ErrorCategory = (typeof ERROR_CATEGORIES)[number];

export interface ErrorPayload {
  category: ErrorCategory;
  /** Stable, module-prefixed code, e.g. `identity.EMAIL_TAKEN`. */
  code: string;
  /** i18n key of the user-facing message. */
  messageKey: string;
  /** English text (the fallback when a catalogue lacks the key). */
  message: string;
  /** Input field the error is about, as a dotted path (`input.email`, `rows[3].email`). */
  field?: string;
  params?: Record<string, string | number>;
  /** Every invalid field of a BAD_USER_INPUT, the first being `field` itself. */
  fields?: FieldError[];
}

/** One invalid field: its dotted path, the message (translated on the bus) and its key and params. */
export interface FieldError {
  field: string;
  message: string;
  messageKey: string;
  params?: Record<string, string | number>;
}

export class PlatformError extends Error {
  readonly category: ErrorCategory;
  readonly code: string;
  readonly messageKey: string;
  readonly field?: string;
  readonly params?: Record<string, string | number>;
  readonly fields?: FieldError[];

  constructor(payload: Omit<ErrorPayload, 'messageKey'> & { messageKey?: string }) {
    super(payload.message);
    this.name = 'PlatformError';
    this.category = payload.category;
    this.code = payload.code;
    this.messageKey = payload.messageKey ?? `errors.${payload.code}`;
    this.field = payload.field;
    this.params = payload.params;
    this.fields = payload.fields;
  }

  toPayload(): ErrorPayload {
    return {
      category: this.category,
      code: this.code,
      messageKey: this.messageKey,
      message: this.message,
      ...(this.field !== undefined ? { field: this.field } : {}),
      ...(this.params !== undefined ? { params: this.params } : {}),
      ...(this.fields !== undefined ? { fields: this.fields } : {}),
    };
  }

  static fromPayload(p: ErrorPayload): PlatformError {
    return new PlatformError(p);
  }

  static isPayload(x: unknown): x is ErrorPayload {
    return (
      typeof x === 'object' &&
      x !== null &&
      typeof (x as ErrorPayload).code === 'string' &&
      (ERROR_CATEGORIES as readonly string[]).includes((x as ErrorPayload).category)
    );
  }
}

export interface ErrorSpec {
  category: ErrorCategory;
  message: string;
}

/**
 * Declares a module's error codes once, in its contracts lib:
 *
 *   export const IdentityErrors = defineErrors('identity', {
 *     EMAIL_TAKEN: { category: 'CONFLICT', message: 'This email address is already in use.' },
 *   });
 *   throw IdentityErrors.EMAIL_TAKEN({ field: 'email' });
 */
export function defineErrors<const T extends Record<string, ErrorSpec>>(
  module: string,
  specs: T,
): { [K in keyof T]: (opts?: { field?: string; params?: Record<string, string | number>; message?: string }) => PlatformError } & {
  codes: { [K in keyof T]: string };
} {
  const out: Record<string, unknown> = {};
  const codes: Record<string, string> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const code = `${module}.${name}`;
    codes[name] = code;
    out[name] = (opts: { field?: string; params?: Record<string, string | number>; message?: string } = {}) =>
      new PlatformError({
        category: spec.category,
        code,
        message: opts.message ?? interpolate(spec.message, opts.params),
        field: opts.field,
        params: opts.params,
      });
  }
  out.codes = codes;
  return out as never;
}

/** Fills `{{name}}` placeholders; unknown ones are left as they are. */
export function interpolate(text: string, params?: Record<string, string | number>): string {
  if (!params) return text;
  return text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => (k in params ? String(params[k]) : `{{${k}}}`));
}

/** Platform-wide codes every module may throw. */
export const CommonErrors = defineErrors('common', {
  INVALID_INPUT: { category: 'BAD_USER_INPUT', message: 'Invalid value for {{field}}: {{reason}}' },
  UNAUTHENTICATED: { category: 'UNAUTHENTICATED', message: 'You must be signed in.' },
  FORBIDDEN: { category: 'FORBIDDEN', message: 'You are not allowed to do this.' },
  NOT_FOUND: { category: 'NOT_FOUND', message: '{{entity}} not found.' },
  CONFLICT: { category: 'CONFLICT', message: 'This conflicts with existing data.' },
  IDEMPOTENCY_KEY_REUSED: { category: 'CONFLICT', message: 'This {{field}} was already used for a different request: send a new key with new content.' },
  MODULE_UNAVAILABLE: { category: 'MODULE_UNAVAILABLE', message: 'The {{module}} module is not available.' },
  /** The module runs, but the caller's tenant has not enabled it (not an outage: retrying will not help). */
  MODULE_DISABLED: { category: 'MODULE_DISABLED', message: 'The {{module}} module is not enabled for your organisation.' },
  RATE_LIMITED: { category: 'RATE_LIMITED', message: 'Too many attempts. Try again in {{seconds}} seconds.' },
  INTERNAL: { category: 'INTERNAL', message: 'Internal error.' },
});

export function invalidInput(field: string, reason: string): PlatformError {
  return CommonErrors.INVALID_INPUT({ field, params: { field, reason } });
}

export function notFound(entity: string, field?: string): PlatformError {
  return CommonErrors.NOT_FOUND({ field, params: { entity } });
}

export function moduleUnavailable(module: string): PlatformError {
  return CommonErrors.MODULE_UNAVAILABLE({ params: { module } });
}

export function moduleDisabled(module: string): PlatformError {
  return CommonErrors.MODULE_DISABLED({ params: { module } });
}
