import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TASK_KINDS } from '@m4pris/platform-core';

/** The task kinds as a GraphQL enum (AGREEMENT_TO_ACKNOWLEDGE …), values the contract's strings. */
export const TaskKindEnum = Object.fromEntries(TASK_KINDS.map((k) => [k.toUpperCase(), k])) as Record<string, string>;
registerEnumType(TaskKindEnum, {
  name: 'TaskKind',
  description:
    'AGREEMENT_TO_ACKNOWLEDGE (your duo agreement), FIT_CHECK (is this duo a fit? open after the first meeting), MEETING_OVERDUE (no meeting within the agreed cadence), CLOSURE_REFLECTION (the duo is ending: leave your reflection), SURVEY (an open survey), TRAINING_UNIT (a course not completed), TRAINING_SESSION (a booked session ahead).',
});

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

@ObjectType({
  description:
    "Something you have to do, gathered across modules (one request per module). Show `kind` with `subject.name`, sort by `dueOn` (already soonest first, undated last) and open `link`.",
})
export class Task {
  @Field(() => TaskKindEnum) kind: string;
  @Field(() => String, { nullable: true, description: 'Date (YYYY-MM-DD) the task is due; null when it has none.' }) dueOn: string | null;
  @Field({ description: 'Path in the web app where the task is done, e.g. /duo?relationship=<id>#agreement, /surveys/<invitationId>, /training?course=<courseId>.' }) link: string;
  @Field(() => NamedRef, {
    nullable: true,
    description: "What the task is about, named for you: for a duo's tasks the duo (id: the relationship's id, name: your partner's display name); for training the course or session (by its title); none for a survey.",
  })
  subject: NamedRef | null;
}
