import { IsIn, IsOptional } from 'class-validator';

export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** A list's `orderBy`: one of the list's sort fields, ascending unless `desc` is given. */
export interface OrderBy<F extends string> {
  field: F;
  direction?: SortDirection;
}

/**
 * The validated payload class of a list's `orderBy` over its sort fields (one shape across modules):
 * `@ValidateNested() @Type(() => StaffOrderBy) orderBy?: OrderBy<StaffSortField>`.
 */
export function orderByRequest<F extends string>(fields: readonly F[]): new () => OrderBy<F> {
  class OrderByRequest implements OrderBy<F> {
    @IsIn(fields as F[]) field!: F;
    @IsOptional() @IsIn(SORT_DIRECTIONS) direction?: SortDirection;
  }
  return OrderByRequest;
}

/** An ORM sort clause: `[{ lastName: 'asc' }, { id: 'asc' }]` (keys may be raw SQL fragments). */
export type SortClause = Array<Record<string, SortDirection>>;

/**
 * The SQL order of a list: the chosen field's column(s) in the chosen direction, then `tieBreak`
 * (the primary key) ascending (columns may be given lazily, for raw SQL fragments made only when chosen) so that pages never overlap or skip a row; `fallback` (the list's
 * historical order, ending with its own tie-break) when no `orderBy` is given.
 */
export function sortClause<F extends string>(
  order: OrderBy<F> | undefined,
  columns: Record<F, readonly string[] | (() => readonly string[])>,
  fallback: SortClause,
  tieBreak = 'id',
): SortClause {
  if (!order) return fallback;
  const direction = order.direction ?? 'asc';
  const chosen: readonly string[] | (() => readonly string[]) = columns[order.field];
  const names = typeof chosen === 'function' ? chosen() : chosen;
  return [...names.map((column): Record<string, SortDirection> => ({ [column]: direction })), { [tieBreak]: 'asc' }];
}

/** An ILIKE pattern matching `text` anywhere, with the pattern's own characters (`%`, `_`, `\`) escaped. */
export function containsPattern(text: string): string {
  return `%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
