import { Module } from '@nestjs/common';
import { MatchingResolver } from './matching.resolver.js';
import { MatchReasonPartnerResolver, ProposalPeopleResolver, RunUnmatchedResolver, UnmatchedPeopleResolver } from './people.resolver.js';

/**
 * The matching part of the gateway schema. Needs a global provider of `Bus`; the gateway imports
 * this module when matching is enabled. People (proposal mentor and mentee, unmatched people) come
 * from programmes, which knows who applied and who coordinates the cohort.
 */
@Module({ providers: [MatchingResolver, ProposalPeopleResolver, RunUnmatchedResolver, UnmatchedPeopleResolver, MatchReasonPartnerResolver] })
export class MatchingGraphqlModule {}
