import { registerEnumType } from '@nestjs/graphql';
import { CRITERIA, PAIR_RULE_KINDS, PROPOSAL_STATES, RULE_CODES, RUN_STATES, type Criterion, type PairRuleKind, type ProposalState, type RuleCode, type RunState } from '@m4pris/matching-contracts';

/** GraphQL enums over the contracts' string unions (SCREAMING_CASE names, contract strings as values). */
function enumOf<V extends string>(values: readonly V[]): Record<string, V> {
  return Object.fromEntries(values.map((v) => [v.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase(), v]));
}

export const CriterionEnum: Record<string, Criterion> = enumOf(CRITERIA);
export const MatchRuleEnum: Record<string, RuleCode> = enumOf(RULE_CODES);
export const MatchRunStatusEnum: Record<string, RunState> = enumOf(RUN_STATES);
export const ProposalStatusEnum: Record<string, ProposalState> = enumOf(PROPOSAL_STATES);
export const PairRuleKindEnum: Record<string, PairRuleKind> = enumOf(PAIR_RULE_KINDS);
export const MatchRoleEnum: Record<string, 'mentor' | 'mentee'> = enumOf(['mentor', 'mentee'] as const);

registerEnumType(CriterionEnum, { name: 'MatchCriterion', description: 'A weighted matching criterion.' });
registerEnumType(MatchRuleEnum, { name: 'MatchRule', description: 'A hard matching rule, a flag, or why someone was not matched.' });
registerEnumType(MatchRunStatusEnum, { name: 'MatchRunStatus' });
registerEnumType(ProposalStatusEnum, { name: 'ProposalStatus' });
registerEnumType(PairRuleKindEnum, { name: 'PairRuleKind', description: 'PIN: the pair must be proposed; FORBID: never.' });
registerEnumType(MatchRoleEnum, { name: 'MatchRole' });
