import { Module } from '@nestjs/common';
import { EvaluationResolver, InvitationProgrammeResolver } from './evaluation.resolver.js';

/**
 * The evaluation part of the gateway schema. Needs a global provider of `Bus`; the gateway imports
 * this module when evaluation is enabled.
 */
@Module({ providers: [EvaluationResolver, InvitationProgrammeResolver] })
export class EvaluationGraphqlModule {}
