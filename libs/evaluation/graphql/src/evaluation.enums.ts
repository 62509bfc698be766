import { registerEnumType } from '@nestjs/graphql';
import {
  BREAKDOWNS,
  EXPORT_FORMS,
  INSTRUMENT_CODES,
  INVITATION_STATES,
  RESPONDENT_ROLES,
  WAVE_KINDS,
  type Breakdown,
  type ExportForm,
  type InstrumentCode,
  type InvitationState,
  type RespondentRole,
  type WaveKind,
} from '@m4pris/evaluation-contracts';

/** GraphQL enums over the contracts' string unions: `WHO5` ↔ `who5`, `FOLLOW_UP` ↔ `follow_up`. */
function enumOf<V extends string>(values: readonly V[]): Record<string, V> {
  return Object.fromEntries(values.map((v) => [v.toUpperCase(), v]));
}

export const WaveKindEnum: Record<string, WaveKind> = enumOf(WAVE_KINDS);
export const RespondentRoleEnum: Record<string, RespondentRole> = enumOf(RESPONDENT_ROLES);
export const InvitationStateEnum: Record<string, InvitationState> = enumOf(INVITATION_STATES);
export const InstrumentCodeEnum: Record<string, InstrumentCode> = enumOf(INSTRUMENT_CODES);
export const BreakdownEnum: Record<string, Breakdown> = enumOf(BREAKDOWNS);
export const ExportFormEnum: Record<string, ExportForm> = enumOf(EXPORT_FORMS);

registerEnumType(WaveKindEnum, { name: 'SurveyWaveKind', description: 'BASELINE at relationship start, MIDPOINT, CLOSURE at its end, FOLLOW_UP months later.' });
registerEnumType(RespondentRoleEnum, { name: 'SurveyRespondentRole' });
registerEnumType(InvitationStateEnum, { name: 'SurveyInvitationState' });
registerEnumType(InstrumentCodeEnum, { name: 'InstrumentCode', description: 'A built-in instrument of the registry.' });
registerEnumType(BreakdownEnum, { name: 'ReportBreakdown' });
registerEnumType(ExportFormEnum, { name: 'ExportForm', description: 'LONG: one row per variable; WIDE: one row per response.' });
