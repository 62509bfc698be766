import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Something named: an institution, unit, shift pattern, cohort or programme.' })
export class NamedRef {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType({
  description:
    'A person as you may see them. One type across modules; the module that knows how you relate to the person decides what is filled — what you may not see is null.',
})
export class Person {
  @Field(() => ID) id: string;
  @Field({ description: 'Empty when the person has been erased.' }) displayName: string;
  @Field(() => NamedRef, { nullable: true }) institution?: NamedRef | null;
  @Field(() => NamedRef, { nullable: true }) unit?: NamedRef | null;
  @Field(() => NamedRef, { nullable: true }) shiftPattern?: NamedRef | null;
  @Field(() => String, { nullable: true }) workEmail?: string | null;
}
