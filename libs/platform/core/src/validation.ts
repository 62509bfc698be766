import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { IsEmpty, IsOptional, validateSync, type ValidationError } from 'class-validator';
import { CommonErrors } from './errors.js';
import type { Class } from './messages.js';

/**
 * Turns untrusted JSON into a validated payload instance, or throws BAD_USER_INPUT naming the
 * first offending field (dotted path). Unknown properties are refused.
 */
export function validatePayload<T extends object>(cls: Class<T>, raw: unknown, root = ''): T {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw CommonErrors.INVALID_INPUT({ field: root || 'input', params: { field: root || 'input', reason: 'must be an object' } });
  }
  checkText(raw, root);
  const instance = plainToInstance(cls as new () => T, raw, { enableImplicitConversion: false });
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  if (errors.length > 0) {
    const { path, reason } = firstError(errors, root);
    throw CommonErrors.INVALID_INPUT({ field: path, params: { field: path, reason } });
  }
  return instance;
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

function firstError(errors: ValidationError[], prefix: string): { path: string; reason: string } {
  const e = errors[0]!;
  const path = prefix ? `${prefix}.${e.property}` : e.property;
  if (e.constraints && Object.keys(e.constraints).length > 0) {
    return { path, reason: Object.values(e.constraints)[0]! };
  }
  if (e.children && e.children.length > 0) return firstError(e.children, path);
  return { path, reason: 'invalid' };
}

/**
 * A request without input. class-validator refuses (forbidUnknownValues) an instance of a class with
 * no rule at all, so `{}` would fail validation: the class carries one rule that only absence meets.
 */
export class EmptyRequest {
  @IsOptional() @IsEmpty() readonly _?: never;
}
