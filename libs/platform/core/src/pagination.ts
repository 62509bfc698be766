import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 200;

/** Offset pagination shared by every list request. */
export class PageRequest {
  @IsOptional() @IsInt() @Min(0) @Type(() => Number)
  offset?: number;

  @IsOptional() @IsInt() @Min(1) @Max(MAX_PAGE_SIZE) @Type(() => Number)
  limit?: number;
}

export function pageBounds(p?: PageRequest): { offset: number; limit: number } {
  return { offset: p?.offset ?? 0, limit: p?.limit ?? 50 };
}

/**
 * Bounds of a list that had no paging before (`myRelationships`, `matchRuns`, `roleAssignments`,
 * `supportConcerns`, `trainingCourses`): the whole list unless a page is asked for, so that existing
 * clients keep working; with a page, the same defaults as every other list.
 */
export function optionalPageBounds(p?: PageRequest): { offset?: number; limit?: number } {
  if (p?.offset === undefined && p?.limit === undefined) return {};
  return pageBounds(p);
}
