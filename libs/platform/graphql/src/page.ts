import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { MAX_PAGE_SIZE } from '@m4pris/platform-core';

@InputType({ description: `Offset pagination; at most ${MAX_PAGE_SIZE} items a page.` })
export class PageInput {
  @Field(() => Int, { nullable: true, defaultValue: 0 }) offset?: number;
  @Field(() => Int, { nullable: true, defaultValue: 50 }) limit?: number;
}

export interface PageShape<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

/** `Paginated(StaffType)` → an object type `StaffPage { items total offset limit }`. */
export function Paginated<T>(item: Type<T>, name: string): Type<PageShape<T>> {
  @ObjectType(name)
  class PageType implements PageShape<T> {
    @Field(() => [item]) items: T[];
    @Field(() => Int) total: number;
    @Field(() => Int) offset: number;
    @Field(() => Int) limit: number;
  }
  return PageType;
}
