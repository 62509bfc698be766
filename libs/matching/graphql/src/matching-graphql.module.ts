import { Module } from '@nestjs/common';
import { ExampleResolver } from './example.resolver.js';

/**
 * The matching part of the gateway schema. Needs a global provider of `Bus`; the gateway imports
 * this module when matching is enabled.
 */
@Module({ providers: [ExampleResolver] })
export class MatchingGraphqlModule {}
