import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('TrainingExample')
export class Example {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => String) createdAt: string;
}
