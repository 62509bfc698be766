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
