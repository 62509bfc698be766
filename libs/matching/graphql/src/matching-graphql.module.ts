import { Module } from '@nestjs/common';
import { MatchingResolver } from './matching.resolver.js';

/**
 * The matching part of the gateway schema. Needs a global provider of `Bus`; the gateway imports
 * this module when matching is enabled.
 */
@Module({ providers: [MatchingResolver] })
export class MatchingGraphqlModule {}
