import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@m4pris/platform-core';
import { Ctx, PageInput } from '@m4pris/platform-graphql';
import { Bus } from '@m4pris/platform-messaging';
import {
  AcknowledgeAgreement,
  AddGoal,
  AnswerFitCheck,
  CloseConcern,
  CloseRelationship,
  CreateRelationship,
  EndRelationshipEarly,
  GetAgreement,
  GetRelationship,
  ListCheckIns,
  ListGoals,
  ListMeetings,
  ListReflections,
  ListRelationships,
  LogMeeting,
  MyConcerns,
  MyRelationships,
  PauseRelationship,
  RaiseConcern,
  RecordCheckIn,
  ResumeRelationship,
  SaveAgreement,
  SupportConcerns,
  UpdateGoal,
} from '@m4pris/programmes-contracts';
import { ConcernStatusEnum, RelationshipStateEnum } from './programmes.enums.js';
import { RelationshipOrderBy } from './programmes.sorting.js';
import {
  AddGoalInput,
  Agreement,
  AnswerFitCheckInput,
  CheckIn,
  CloseRelationshipInput,
  Concern,
  CreateRelationshipInput,
  EndRelationshipEarlyInput,
  Goal,
  LogMeetingInput,
  Meeting,
  RaiseConcernInput,
  RecordCheckInInput,
  Reflection,
  Relationship,
  RelationshipPage,
  SaveAgreementInput,
  UpdateGoalInput,
} from './programmes.types.js';

const REL = { type: () => ID };

@Resolver(() => Relationship)
export class RelationshipResolver {
  constructor(@Inject(Bus) private readonly bus: Bus) {}

  // --- the duo's view ------------------------------------------------------------------------

  @Query(() => [Relationship], { description: 'Your mentoring relationships (as mentor or mentee), latest start first, then id. Without page, all of them; with page, that page.' })
  myRelationships(@Ctx() ctx: RequestContext, @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput) {
    return this.bus.request(MyRelationships, { ...page }, ctx);
  }

  @Query(() => Relationship, { description: 'Metadata of a duo: the duo itself or its coordinator.' })
  relationship(@Args('id', REL) id: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(GetRelationship, { relationshipId: id }, ctx);
  }

  @Query(() => Agreement, { description: 'Duo only.' })
  agreement(@Args('relationshipId', REL) relationshipId: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(GetAgreement, { relationshipId }, ctx);
  }

  @Query(() => [Goal], { description: 'Duo only.' })
  goals(@Args('relationshipId', REL) relationshipId: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(ListGoals, { relationshipId }, ctx);
  }

  @Query(() => [Meeting], { description: 'Duo only (with the notes).' })
  meetings(@Args('relationshipId', REL) relationshipId: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(ListMeetings, { relationshipId }, ctx);
  }

  @Query(() => [Reflection], { description: 'Duo only.' })
  reflections(@Args('relationshipId', REL) relationshipId: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(ListReflections, { relationshipId }, ctx);
  }

  @Query(() => [Concern], { description: 'Concerns you raised.' })
  myConcerns(@Ctx() ctx: RequestContext) {
    return this.bus.request(MyConcerns, {}, ctx);
  }

  @Query(() => [Concern], { description: "Concerns routed to you as a programme's support contact, newest first, then id. Without page, all of them; with page, that page." })
  supportConcerns(
    @Ctx() ctx: RequestContext,
    @Args('status', { type: () => ConcernStatusEnum, nullable: true }) status?: string,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ) {
    return this.bus.request(SupportConcerns, { status, ...page } as never, ctx);
  }

  @Mutation(() => Agreement, { description: 'Saving resets both acknowledgements.' })
  saveAgreement(@Args('input') input: SaveAgreementInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(SaveAgreement, input, ctx);
  }

  @Mutation(() => Agreement)
  acknowledgeAgreement(@Args('relationshipId', REL) relationshipId: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(AcknowledgeAgreement, { relationshipId }, ctx);
  }

  @Mutation(() => Goal)
  addGoal(@Args('input') input: AddGoalInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(AddGoal, input as never, ctx);
  }

  @Mutation(() => Goal)
  updateGoal(@Args('input') input: UpdateGoalInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(UpdateGoal, input as never, ctx);
  }

  @Mutation(() => Meeting)
  logMeeting(@Args('input') input: LogMeetingInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(LogMeeting, input as never, ctx);
  }

  @Mutation(() => Relationship, { description: 'After the first meeting; NOT_A_FIT ends the duo and asks for a re-match.' })
  answerFitCheck(@Args('input') input: AnswerFitCheckInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(AnswerFitCheck, input as never, ctx);
  }

  @Mutation(() => Concern, { description: "Goes to the programme's support contact; the coordinator learns only that there is one." })
  raiseConcern(@Args('input') input: RaiseConcernInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(RaiseConcern, input as never, ctx);
  }

  @Mutation(() => Concern)
  closeConcern(@Args('id', REL) id: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(CloseConcern, { concernId: id }, ctx);
  }

  // --- the duo or its coordinator -------------------------------------------------------------

  @Mutation(() => Relationship)
  pauseRelationship(@Args('id', REL) id: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(PauseRelationship, { relationshipId: id }, ctx);
  }

  @Mutation(() => Relationship)
  resumeRelationship(@Args('id', REL) id: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(ResumeRelationship, { relationshipId: id }, ctx);
  }

  @Mutation(() => Relationship, { description: 'A reason code, no free text.' })
  endRelationshipEarly(@Args('input') input: EndRelationshipEarlyInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(EndRelationshipEarly, input as never, ctx);
  }

  @Mutation(() => Relationship, { description: 'Each side leaves a reflection; closed when both have, or when the coordinator closes the record.' })
  closeRelationship(@Args('input') input: CloseRelationshipInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(CloseRelationship, input, ctx);
  }

  // --- the coordinator ------------------------------------------------------------------------

  @Query(() => RelationshipPage, { description: 'Duos of a cohort within your scope (coordinators): metadata only.' })
  relationships(
    @Args('cohortId', REL) cohortId: string,
    @Ctx() ctx: RequestContext,
    @Args('state', { type: () => RelationshipStateEnum, nullable: true }) state?: string,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
    @Args('search', { nullable: true, description: "Matches the mentor's or the mentee's display name (case-insensitive), within your scope." }) search?: string,
    @Args('orderBy', { type: () => RelationshipOrderBy, nullable: true }) orderBy?: InstanceType<typeof RelationshipOrderBy>,
  ) {
    return this.bus.request(ListRelationships, { cohortId, state, ...page, search, orderBy } as never, ctx);
  }

  @Mutation(() => Relationship, { description: 'Form a duo by hand from two accepted applications.' })
  createRelationship(@Args('input') input: CreateRelationshipInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(CreateRelationship, input, ctx);
  }

  @Query(() => [CheckIn])
  checkIns(@Args('relationshipId', REL) relationshipId: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(ListCheckIns, { relationshipId }, ctx);
  }

  @Mutation(() => CheckIn)
  recordCheckIn(@Args('input') input: RecordCheckInInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(RecordCheckIn, input as never, ctx);
  }
}
