import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { NamedRefDto, RequestContext } from '@m4pris/platform-core';
import { ListProgrammes } from '@m4pris/programmes-contracts';
import { Ctx, GqlLoaders, Loaders, NamedRef } from '@m4pris/platform-graphql';
import { Bus } from '@m4pris/platform-messaging';
import {
  ExportWave,
  GetCodebook,
  GetMyInvitation,
  GetProgrammeOutcomes,
  GetPrePostReport,
  GetResponseFlow,
  GetSurveyPlan,
  ListEvaluationProgrammes,
  ListInstruments,
  ListMyInvitations,
  ListMyScores,
  LoadInstrumentText,
  SaveAnswers,
  SaveSurveyPlan,
} from '@m4pris/evaluation-contracts';
import {
  Codebook,
  EvaluationProgramme,
  ExportPage,
  Instrument,
  InstrumentText,
  Invitation,
  InvitationDetail,
  LoadInstrumentTextInput,
  MyScore,
  PrePostReport,
  PrePostReportInput,
  ProgrammeOutcomes,
  ResponseFlow,
  SaveSurveyAnswersInput,
  SaveSurveyPlanInput,
  SurveyExportInput,
  SurveyPlan,
} from './evaluation.types.js';

/** GraphQL adapter of the evaluation module: each field is one bus request with the caller's context. */
@Resolver()
export class EvaluationResolver {
  constructor(@Inject(Bus) private readonly bus: Bus) {}

  @Query(() => [Instrument], { description: 'The instrument registry (scoring keys, licences).' })
  evaluationInstruments(@Ctx() ctx: RequestContext) {
    return this.bus.request(ListInstruments, {}, ctx);
  }

  @Mutation(() => InstrumentText, { description: 'Load the wording of an instrument in one locale (researcher, tenant admin).' })
  loadInstrumentText(@Args('input') input: LoadInstrumentTextInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(LoadInstrumentText, input, ctx);
  }

  @Query(() => [EvaluationProgramme], { description: 'Programmes the evaluation module knows from programme events.' })
  evaluationProgrammes(@Ctx() ctx: RequestContext) {
    return this.bus.request(ListEvaluationProgrammes, {}, ctx);
  }

  @Query(() => SurveyPlan, { nullable: true })
  surveyPlan(@Args('programmeId', { type: () => ID }) programmeId: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(GetSurveyPlan, { programmeId }, ctx);
  }

  @Mutation(() => SurveyPlan, { description: 'Design or revise a programme’s survey plan (researcher).' })
  saveSurveyPlan(@Args('input') input: SaveSurveyPlanInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(SaveSurveyPlan, input, ctx);
  }

  @Query(() => [Invitation], { description: 'The signed-in respondent’s own survey invitations.' })
  mySurveyInvitations(@Ctx() ctx: RequestContext) {
    return this.bus.request(ListMyInvitations, {}, ctx);
  }

  @Query(() => InvitationDetail)
  mySurveyInvitation(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(GetMyInvitation, { invitationId: id }, ctx);
  }

  @Mutation(() => InvitationDetail, { description: 'Save answers (partial allowed) and optionally submit.' })
  saveSurveyAnswers(@Args('input') input: SaveSurveyAnswersInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(SaveAnswers, input, ctx);
  }

  @Query(() => [MyScore], { description: 'The signed-in respondent’s own scores.' })
  mySurveyScores(@Ctx() ctx: RequestContext) {
    return this.bus.request(ListMyScores, {}, ctx);
  }

  @Query(() => PrePostReport, { description: 'Paired pre/post analysis; aggregates with minimum cell sizes.' })
  prePostReport(@Args('input') input: PrePostReportInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(GetPrePostReport, input, ctx);
  }

  @Query(() => ResponseFlow)
  surveyResponseFlow(@Args('programmeId', { type: () => ID }) programmeId: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(GetResponseFlow, { programmeId }, ctx);
  }

  @Query(() => ProgrammeOutcomes)
  programmeOutcomes(@Args('programmeId', { type: () => ID }) programmeId: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(GetProgrammeOutcomes, { programmeId }, ctx);
  }

  @Query(() => ExportPage, { description: 'Pseudonymised CSV of one wave, one page at a time (researcher).' })
  surveyExport(@Args('input') input: SurveyExportInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(ExportWave, input, ctx);
  }

  @Query(() => Codebook, { description: 'Codebook of a programme’s export (researcher).' })
  surveyCodebook(@Args('programmeId', { type: () => ID }) programmeId: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(GetCodebook, { programmeId }, ctx);
  }
}

/**
 * `SurveyInvitation.programme { id name }`: the programme's name from programmes (which any member of
 * the tenant may read), one `programme.list` request with the ids of the whole list per query level (200 at most a page).
 */
@Resolver(() => Invitation)
export class InvitationProgrammeResolver {
  constructor(@Inject(Bus) private readonly bus: Bus) {}

  @ResolveField('programme', () => NamedRef, { nullable: true, description: 'The programme the survey is about, by name (null when programmes cannot name it).' })
  programme(@Parent() i: { programmeId: string }, @GqlLoaders() loaders: Loaders, @Ctx() ctx: RequestContext): Promise<NamedRefDto | null> {
    return loaders
      .get<NamedRefDto>('evaluation.programme', async (ids) => {
        const page = await this.bus.request(ListProgrammes, { ids: [...ids], limit: ids.length }, ctx);
        const byId = new Map(page.items.map((p) => [p.id, { id: p.id, name: p.name }]));
        return ids.map((id) => byId.get(id) ?? null);
      }, { maxBatchSize: 200 })
      .load(i.programmeId);
  }
}
