import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import type { OrderBy, SortDirection } from '@m4pris/platform-core';

export const SortDirectionEnum: Record<string, SortDirection> = { ASC: 'asc', DESC: 'desc' };
registerEnumType(SortDirectionEnum, { name: 'SortDirection' });

/** GraphQL enum over a list's sort fields: `HIRED_ON` ↔ `hired_on`. */
export function sortFieldEnum<F extends string>(fields: readonly F[], name: string, description: string): Record<string, F> {
  const values = Object.fromEntries(fields.map((f) => [f.toUpperCase(), f])) as Record<string, F>;
  registerEnumType(values, { name, description });
  return values;
}

/**
 * `OrderByInput(StaffSortFieldEnum, 'StaffOrderBy')` → `input StaffOrderBy { field: StaffSortField!, direction: SortDirection }`:
 * one shape for every list's `orderBy`; rows that tie are ordered by id, so pages are stable.
 */
export function OrderByInput<F extends string>(fieldEnum: Record<string, F>, name: string): Type<OrderBy<F>> {
  @InputType(name, { description: 'Sort order of the list (ASC unless direction is given); ties are broken by id, so pages are stable.' })
  class OrderByType implements OrderBy<F> {
    @Field(() => fieldEnum) field: F;
    @Field(() => SortDirectionEnum, { nullable: true }) direction?: SortDirection;
  }
  return OrderByType;
}
