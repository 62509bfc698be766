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
  const instance = plainToInstance(cls as new () => T, raw, { enableImplicitConversion: false });
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  if (errors.length > 0) {
    const { path, reason } = firstError(errors, root);
    throw CommonErrors.INVALID_INPUT({ field: path, params: { field: path, reason } });
  }
  return instance;
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
