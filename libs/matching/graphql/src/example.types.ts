import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('MatchingExample')
export class Example {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => String) createdAt: string;
}
