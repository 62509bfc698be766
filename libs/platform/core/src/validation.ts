import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, IsEmpty, IsOptional, registerDecorator, validateSync, type ValidationArguments, type ValidationError } from 'class-validator';
import { DATE_ONLY, addDays } from './dates.js';
import { CommonErrors, interpolate, PlatformError, type FieldError } from './errors.js';
import type { Class } from './messages.js';

/**
 * class-validator looks a class's rules up on every validation by scanning every class it knows
 * (an `instanceof` test per registered class, for inherited rules): with six modules' contracts that
 * was ~40 µs per bus request (3 % of the gateway's CPU in the `me` profile). The answer depends only
 * on the registered rules, so it is remembered per class and options, and forgotten whenever a rule is
 * registered (a module loaded later). Calls with validation groups (none here) are not cached.
 */
function rememberRuleLookups(): void {
  type Storage = ReturnType<typeof getMetadataStorage> & { m4pRulesCached?: true };
  const storage = getMetadataStorage() as Storage;
  if (storage.m4pRulesCached) return;
  storage.m4pRulesCached = true;
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  const cache = new Map<unknown, Map<string, ReturnType<typeof lookup>>>();
  storage.addValidationMetadata = (metadata) => {
    cache.clear();
    add(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strict, groups) => {
    if (groups?.length) return lookup(target, schema, always, strict, groups);
    const key = `${schema}|${always}|${strict}`;
    let byOptions = cache.get(target);
    if (!byOptions) cache.set(target, (byOptions = new Map()));
    let found = byOptions.get(key);
    if (!found) byOptions.set(key, (found = lookup(target, schema, always, strict, groups)));
    return found;
  };
}
rememberRuleLookups();

/**
 * Turns untrusted JSON into a validated payload instance, or throws BAD_USER_INPUT listing every
 * offending field (dotted paths) in `fields`, the first also as the error's own field and message.
 * Unknown properties are refused.
 */
export function validatePayload<T extends object>(cls: Class<T>, raw: unknown, root = ''): T {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw CommonErrors.INVALID_INPUT({ field: root || 'input', params: { field: root || 'input', reason: 'must be an object' } });
  }
  checkText(raw, root);
  const instance = plainToInstance(cls as new () => T, raw, { enableImplicitConversion: false });
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  if (errors.length > 0) throw invalidFields(collectErrors(errors, root));
  return instance;
}

/**
 * One BAD_USER_INPUT for several invalid fields: `fields` lists each (message key and params, so
 * the bus translates every entry into the caller's language); the first is the error's own.
 */
export function invalidFields(fields: FieldError[]): PlatformError {
  const first = fields[0];
  return new PlatformError({
    category: 'BAD_USER_INPUT',
    code: CommonErrors.codes.INVALID_INPUT,
    messageKey: first.messageKey,
    message: first.message,
    field: first.field,
    params: first.params,
    fields,
  });
}

/** Deepest nesting a payload may have (no request is deeper than a handful of levels). */
export const MAX_PAYLOAD_DEPTH = 32;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Every string must be well-formed Unicode without NUL characters: PostgreSQL refuses NUL in text,
 * and validators that encode strings (isEmail's byte length) throw on a lone surrogate, both as
 * internal errors rather than the caller's bad input. Nesting is bounded.
 */
function checkText(value: unknown, path: string, depth = 0): void {
  const at = path || 'input';
  if (typeof value === 'string') {
    if (value.includes('\u0000') || LONE_SURROGATE.test(value)) {
      throw CommonErrors.INVALID_INPUT({ field: at, params: { field: at, reason: 'must be valid Unicode text without NUL characters' } });
    }
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (depth >= MAX_PAYLOAD_DEPTH) throw CommonErrors.INVALID_INPUT({ field: at, params: { field: at, reason: 'is nested too deeply' } });
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkText(v, `${path}[${i}]`, depth + 1));
    return;
  }
  for (const [k, v] of Object.entries(value)) checkText(v, path ? `${path}.${k}` : k, depth + 1);
}

/**
 * Every invalid field, in declaration order, one entry per field (its first failed constraint):
 * a field's own rules before the cross-field rules of the same property. Cross-field rules carry
 * their own message key (see `crossField`), the others are INVALID_INPUT with the validator's reason.
 */
function collectErrors(errors: ValidationError[], prefix: string, out: FieldError[] = []): FieldError[] {
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const constraints = Object.entries(e.constraints ?? {});
    if (constraints.length > 0) {
      // class-validator lists a property's constraints in reverse order of the decorators; a
      // field's own rule (shape) is reported rather than a cross-field rule it cannot yet be judged by.
      const own = constraints.find(([name]) => !CROSS_FIELD.has(name)) ?? constraints[0];
      const [name, reason] = own;
      const rule = CROSS_FIELD.get(name);
      if (rule) {
        const ctx = (e.contexts?.[name] ?? {}) as { other?: string };
        const params = { field: path, other: ctx.other ?? '' };
        out.push({ field: path, messageKey: rule.messageKey, params, message: interpolate(rule.message, params) });
      } else {
        out.push({ field: path, messageKey: 'errors.common.INVALID_INPUT', params: { field: path, reason }, message: `Invalid value for ${path}: ${reason}` });
      }
    } else if (e.children && e.children.length > 0) {
      collectErrors(e.children, path, out);
    } else {
      out.push({ field: path, messageKey: 'errors.common.INVALID_INPUT', params: { field: path, reason: 'invalid' }, message: `Invalid value for ${path}: invalid` });
    }
  }
  return out;
}


// --- cross-field rules -----------------------------------------------------------------------

interface CrossFieldRule {
  messageKey: string;
  /** English text with {{field}} and {{other}}; catalogues translate the key. */
  message: string;
}

/** The cross-field rules by constraint name; their messages are translated like common errors. */
const CROSS_FIELD = new Map<string, CrossFieldRule>([
  ['notInFuture', { messageKey: 'errors.common.DATE_IN_FUTURE', message: '{{field}} must not be in the future.' }],
  ['onOrAfterField', { messageKey: 'errors.common.DATE_BEFORE', message: '{{field}} must be on or after {{other}}.' }],
  ['afterField', { messageKey: 'errors.common.NOT_AFTER', message: '{{field}} must be after {{other}}.' }],
]);

/**
 * Today's date where it is latest on Earth (UTC+14): a date is "in the future" only when it has
 * not begun anywhere yet, so a hire recorded just after midnight in Copenhagen is not refused.
 */
export function latestToday(now = new Date()): string {
  return addDays(now.toISOString().slice(0, 10), now.getUTCHours() >= 10 ? 1 : 0);
}

/** A `YYYY-MM-DD` date that is not after today (see `latestToday`). Skipped when the date is malformed. */
export function NotInFuture(): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'notInFuture',
      target: target.constructor,
      propertyName: property as string,
      options: { message: `${String(property)} must not be in the future` },
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !DATE_ONLY.test(value) || value <= latestToday(),
      },
    });
}

/**
 * A later field of a pair: on or after (`inclusive`) or strictly after another property of the same
 * payload. Dates (`YYYY-MM-DD`) and ISO 8601 date-times compare by time. Skipped when either is
 * absent or unparsable (their own rules report that), so the later field alone carries the error.
 */
function laterThan(other: string, inclusive: boolean): PropertyDecorator {
  const name = inclusive ? 'onOrAfterField' : 'afterField';
  return (target, property) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: property as string,
      constraints: [other],
      options: { message: `${String(property)} must be ${inclusive ? 'on or ' : ''}after ${other}`, context: { other } },
      validator: {
        validate: (value: unknown, args: ValidationArguments) => {
          const before = (args.object as Record<string, unknown>)[other];
          const a = instant(before);
          const b = instant(value);
          if (a === undefined || b === undefined) return true;
          return inclusive ? b >= a : b > a;
        },
      },
    });
}

export const OnOrAfterField = (other: string) => laterThan(other, true);
export const AfterField = (other: string) => laterThan(other, false);

function instant(v: unknown): number | undefined {
  if (typeof v !== 'string') return undefined;
  if (DATE_ONLY.test(v)) return Date.parse(`${v}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(v)) return undefined;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : t;
}

/**
 * A request without input. class-validator refuses (forbidUnknownValues) an instance of a class with
 * no rule at all, so `{}` would fail validation: the class carries one rule that only absence meets.
 */
export class EmptyRequest {
  @IsOptional() @IsEmpty() readonly _?: never;
}

/**
 * The field error a cross-field rule gives, for use cases that judge a pair against a stored value
 * (an update giving only one of the two dates).
 */
export function crossFieldError(rule: 'notInFuture' | 'onOrAfterField' | 'afterField', field: string, other = ''): FieldError {
  const { messageKey, message } = CROSS_FIELD.get(rule)!;
  const params = { field, other };
  return { field, messageKey, params, message: interpolate(message, params) };
}
