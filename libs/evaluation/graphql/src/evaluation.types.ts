import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { Breakdown, ExportForm, InstrumentCode, InvitationState, RespondentRole, WaveKind } from '@m4pris/evaluation-contracts';
import { BreakdownEnum, ExportFormEnum, InstrumentCodeEnum, InvitationStateEnum, RespondentRoleEnum, WaveKindEnum } from './evaluation.enums.js';

@ObjectType('InstrumentItem')
export class InstrumentItem {
  @Field() id: string;
  @Field(() => String, { nullable: true }) subscale: string | null;
  @Field() reverse: boolean;
}

@ObjectType('InstrumentScore', { description: 'How one score of an instrument is computed.' })
export class InstrumentScore {
  @Field() code: string;
  @Field({ description: 'sum or mean' }) rule: string;
  @Field(() => [String]) items: string[];
  @Field(() => Int) minAnswered: number;
  @Field() prorated: boolean;
  @Field(() => Float) multiply: number;
  @Field(() => Float) min: number;
  @Field(() => Float) max: number;
  @Field() higherIsBetter: boolean;
  @Field(() => Float) reliability: number;
}

@ObjectType('InstrumentLicence')
export class InstrumentLicence {
  @Field() status: string;
  @Field() holder: string;
  @Field() attribution: string;
  @Field() url: string;
  @Field({ description: 'Whether the wording ships with the platform (only the programme’s own items).' }) wordingShipped: boolean;
}

@ObjectType('Instrument', { description: 'An instrument of the registry: scoring keys and licence; wording is loaded per tenant.' })
export class Instrument {
  @Field(() => InstrumentCodeEnum) code: InstrumentCode;
  @Field() version: string;
  @Field() name: string;
  @Field(() => Int) responseMin: number;
  @Field(() => Int) responseMax: number;
  @Field(() => Float) itemMultiply: number;
  @Field(() => [String]) responseAnchors: string[];
  @Field(() => [InstrumentItem]) items: InstrumentItem[];
  @Field(() => [InstrumentScore]) scores: InstrumentScore[];
  @Field(() => InstrumentLicence) licence: InstrumentLicence;
  @Field(() => [String]) textLocales: string[];
}

@InputType()
export class InstrumentItemTextInput {
  @Field() itemId: string;
  @Field() text: string;
}

@InputType()
export class LoadInstrumentTextInput {
  @Field(() => InstrumentCodeEnum) instrumentCode: InstrumentCode;
  @Field({ description: 'One of en, da, pt, ro, el.' }) locale: string;
  @Field({ nullable: true }) instructions?: string;
  @Field(() => [String], { description: 'Anchor labels, lowest response value first.' }) anchors: string[];
  @Field(() => [InstrumentItemTextInput]) items: InstrumentItemTextInput[];
  @Field({ description: 'Where the wording comes from (licensed file, official translation).' }) source: string;
}

@ObjectType('InstrumentText')
export class InstrumentText {
  @Field(() => InstrumentCodeEnum) instrumentCode: InstrumentCode;
  @Field() locale: string;
  @Field(() => Int) items: number;
  @Field() source: string;
  @Field() loadedAt: string;
}

@InputType()
export class WavePlanInput {
  @Field(() => WaveKindEnum) kind: WaveKind;
  @Field(() => [InstrumentCodeEnum]) mentorInstruments: InstrumentCode[];
  @Field(() => [InstrumentCodeEnum]) menteeInstruments: InstrumentCode[];
  @Field(() => Int) dueWithinDays: number;
  @Field(() => Int) remindBeforeDueDays: number;
  @Field(() => Int, { nullable: true, description: 'FOLLOW_UP only: months after the relationship ended.' }) monthsAfterEnd?: number;
}

@InputType()
export class SaveSurveyPlanInput {
  @Field(() => ID) programmeId: string;
  @Field(() => [WavePlanInput]) waves: WavePlanInput[];
}

@ObjectType('SurveyWavePlan')
export class WavePlan {
  @Field(() => WaveKindEnum) kind: WaveKind;
  @Field(() => [InstrumentCodeEnum]) mentorInstruments: InstrumentCode[];
  @Field(() => [InstrumentCodeEnum]) menteeInstruments: InstrumentCode[];
  @Field(() => Int) dueWithinDays: number;
  @Field(() => Int) remindBeforeDueDays: number;
  @Field(() => Int, { nullable: true }) monthsAfterEnd: number | null;
}

@ObjectType('SurveyPlan')
export class SurveyPlan {
  @Field(() => ID) id: string;
  @Field(() => ID) programmeId: string;
  @Field(() => Int) version: number;
  @Field(() => [WavePlan]) waves: WavePlan[];
  @Field() updatedAt: string;
}

@ObjectType('EvaluationProgramme')
export class EvaluationProgramme {
  @Field(() => ID) programmeId: string;
  @Field(() => Int) relationships: number;
  @Field() hasPlan: boolean;
}

@ObjectType('SurveyInvitation', { description: 'One survey wave for the signed-in respondent.' })
export class Invitation {
  @Field(() => ID) id: string;
  @Field(() => ID) programmeId: string;
  @Field(() => WaveKindEnum) wave: WaveKind;
  @Field(() => RespondentRoleEnum) role: RespondentRole;
  @Field(() => [InstrumentCodeEnum]) instruments: InstrumentCode[];
  @Field() opensOn: string;
  @Field() dueOn: string;
  @Field(() => InvitationStateEnum) state: InvitationState;
  @Field() reminderDue: boolean;
  @Field(() => Int) answered: number;
  @Field(() => Int) itemCount: number;
}

@ObjectType('SurveyItem')
export class SurveyItem {
  @Field(() => InstrumentCodeEnum) instrumentCode: InstrumentCode;
  @Field() itemId: string;
  @Field(() => String, { nullable: true, description: 'Wording in the caller’s locale; null when the tenant has not loaded it.' }) text: string | null;
  @Field(() => Int) responseMin: number;
  @Field(() => Int) responseMax: number;
  @Field(() => [String]) anchors: string[];
  @Field(() => Int, { nullable: true }) value: number | null;
}

@ObjectType('SurveyInvitationDetail')
export class InvitationDetail extends Invitation {
  @Field(() => [SurveyItem]) items: SurveyItem[];
  @Field(() => [String]) attributions: string[];
}

@InputType()
export class SurveyAnswerInput {
  @Field(() => InstrumentCodeEnum) instrumentCode: InstrumentCode;
  @Field() itemId: string;
  @Field(() => Int, { nullable: true, description: 'null clears a saved answer.' }) value?: number | null;
}

@InputType()
export class SaveSurveyAnswersInput {
  @Field(() => ID) invitationId: string;
  @Field(() => [SurveyAnswerInput]) answers: SurveyAnswerInput[];
  @Field({ description: 'Complete the response (every score needs its minimum number of answers).' }) submit: boolean;
  @Field(() => String, { nullable: true, description: 'A client-generated UUID: a replay with the same key by the same caller answers with the first result and writes nothing new; the same key with other content is a CONFLICT (common.IDEMPOTENCY_KEY_REUSED).' }) idempotencyKey?: string;
}

@ObjectType('MySurveyScore', { description: 'One of the caller’s own scores; never shown to anyone else.' })
export class MyScore {
  @Field(() => ID) invitationId: string;
  @Field(() => WaveKindEnum) wave: WaveKind;
  @Field(() => InstrumentCodeEnum) instrumentCode: InstrumentCode;
  @Field() score: string;
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field(() => Float) min: number;
  @Field(() => Float) max: number;
  @Field({ description: 'A low well-being score: point the respondent to support.' }) signpost: boolean;
  @Field() completedOn: string;
}

@InputType()
export class PrePostReportInput {
  @Field(() => ID) programmeId: string;
  @Field(() => WaveKindEnum, { nullable: true, description: 'Default BASELINE.' }) pre?: WaveKind;
  @Field(() => WaveKindEnum, { nullable: true, description: 'Default CLOSURE.' }) post?: WaveKind;
  @Field(() => BreakdownEnum, { nullable: true }) breakdown?: Breakdown;
}

@ObjectType('PrePostCell', { description: 'Paired pre/post statistics of one score for one group; null fields are suppressed.' })
export class PrePostCell {
  @Field(() => InstrumentCodeEnum) instrumentCode: InstrumentCode;
  @Field() score: string;
  @Field(() => String, { nullable: true }) group: string | null;
  @Field(() => Int, { nullable: true }) pairs: number | null;
  @Field() suppressed: boolean;
  @Field(() => Float, { nullable: true }) preMean: number | null;
  @Field(() => Float, { nullable: true }) postMean: number | null;
  @Field(() => Float, { nullable: true }) meanChange: number | null;
  @Field(() => Float, { nullable: true, description: '95 % CI of the mean change (Student t); null when every pair changed by the same amount (no spread).' }) ciLow: number | null;
  @Field(() => Float, { nullable: true }) ciHigh: number | null;
  @Field(() => Float, { nullable: true, description: 'Paired t statistic; null when every pair changed by the same amount (spread below the score resolution).' }) t: number | null;
  @Field(() => Float, { nullable: true, description: 'Paired t-test, two-sided, computed accurately in the far tail. A value of exactly 1e-300 means p ≤ 1e-300 (the reporting floor); never 0.' }) pValue: number | null;
  @Field(() => Float, { nullable: true, description: 'Sum of the ranks of the positive changes (zeros dropped, in units of the score resolution).' }) wilcoxonTPlus: number | null;
  @Field(() => Float, { nullable: true }) wilcoxonTMinus: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'Wilcoxon signed-rank, two-sided: exact below 50 non-zero changes without ties or zeros (as R), otherwise normal approximation with tie and continuity correction; accurate in the far tail, floored at 1e-300 (read: p ≤ 1e-300). Null when nobody changed.',
  })
  wilcoxonP: number | null;
  @Field(() => Float, { nullable: true, description: "Cohen's d_z; null (undefined) when every pair changed by the same amount." }) dz: number | null;
  @Field(() => Float, { nullable: true }) gz: number | null;
  @Field(() => Float, { nullable: true }) rankBiserial: number | null;
  @Field(() => Float, { nullable: true }) reliablyImproved: number | null;
  @Field(() => Float, { nullable: true }) reliablyDeteriorated: number | null;
  @Field() higherIsBetter: boolean;
}

@ObjectType('PrePostReport')
export class PrePostReport {
  @Field(() => ID) programmeId: string;
  @Field(() => WaveKindEnum) pre: WaveKind;
  @Field(() => WaveKindEnum) post: WaveKind;
  @Field(() => BreakdownEnum, { nullable: true }) breakdown: Breakdown | null;
  @Field(() => Int) minCell: number;
  @Field(() => Int) minCellSensitive: number;
  @Field(() => [PrePostCell]) cells: PrePostCell[];
}

@ObjectType('SurveyWaveFlow')
export class WaveFlow {
  @Field(() => WaveKindEnum) wave: WaveKind;
  @Field(() => Int, { nullable: true }) invited: number | null;
  @Field(() => Int, { nullable: true }) notStarted: number | null;
  @Field(() => Int, { nullable: true }) started: number | null;
  @Field(() => Int, { nullable: true }) completed: number | null;
  @Field(() => Int, { nullable: true }) expired: number | null;
  @Field(() => Int, { nullable: true }) remindersDue: number | null;
}

@ObjectType('SurveyAttrition')
export class Attrition {
  @Field(() => InstrumentCodeEnum) instrumentCode: InstrumentCode;
  @Field() score: string;
  @Field(() => Int, { nullable: true }) completers: number | null;
  @Field(() => Int, { nullable: true }) dropOuts: number | null;
  @Field(() => Float, { nullable: true }) completersBaselineMean: number | null;
  @Field(() => Float, { nullable: true }) dropOutsBaselineMean: number | null;
  @Field(() => Float, { nullable: true }) standardisedDifference: number | null;
  @Field() suppressed: boolean;
}

@ObjectType('SurveyResponseFlow')
export class ResponseFlow {
  @Field(() => ID) programmeId: string;
  @Field(() => [WaveFlow]) waves: WaveFlow[];
  @Field(() => [Attrition]) attrition: Attrition[];
}

@ObjectType('Retention')
export class Retention {
  @Field(() => Int) months: number;
  @Field(() => Int, { nullable: true }) mentees: number | null;
  @Field(() => Float, { nullable: true, description: 'Share still in service.' }) menteesRetained: number | null;
  @Field(() => Int, { nullable: true }) comparison: number | null;
  @Field(() => Float, { nullable: true }) comparisonRetained: number | null;
}

@ObjectType('ProgrammeOutcomes')
export class ProgrammeOutcomes {
  @Field(() => ID) programmeId: string;
  @Field(() => Int) duosFormed: number;
  @Field(() => Int) activeDuos: number;
  @Field(() => Int) closedDuos: number;
  @Field(() => Int, { nullable: true }) endedEarly: number | null;
  @Field(() => Int) meetingsLogged: number;
  @Field(() => Float, { nullable: true }) meetingsPerDuoMean: number | null;
  @Field(() => Float, { nullable: true }) meetingsPerDuoMedian: number | null;
  @Field(() => [Retention]) retention: Retention[];
}

@InputType()
export class SurveyExportInput {
  @Field(() => ID) programmeId: string;
  @Field(() => WaveKindEnum) wave: WaveKind;
  @Field(() => ExportFormEnum) form: ExportForm;
  @Field(() => Int, { nullable: true }) offset?: number;
  @Field(() => Int, { nullable: true, description: 'Responses per page (at most 2000).' }) limit?: number;
}

@ObjectType('SurveyExportPage', { description: 'One page of a pseudonymised CSV: concatenate header and each page’s csv.' })
export class ExportPage {
  @Field() header: string;
  @Field() csv: string;
  @Field(() => Int) rows: number;
  @Field(() => Int) total: number;
  @Field(() => Int, { nullable: true }) nextOffset: number | null;
}

@ObjectType('SurveyExportGeneralisation', { description: 'How many exported rows of one wave a quasi-identifier was given at one level of generalisation (k-anonymity).' })
export class ExportGeneralisation {
  @Field(() => WaveKindEnum) wave: WaveKind;
  @Field({ description: 'role, institution or completed_period.' }) variable: string;
  @Field({ description: 'institution: institution, region or other; completed_period: quarter, year or blank; role: role or blank.' }) level: string;
  @Field(() => Int) rows: number;
}

@ObjectType('SurveyCodebook')
export class Codebook {
  @Field() csv: string;
  @Field(() => Int) variables: number;
  @Field(() => [ExportGeneralisation], { description: 'Per wave with completed responses: the rows at each level of generalisation of the export.' })
  generalisation: ExportGeneralisation[];
}
