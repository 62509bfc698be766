import { Module } from '@nestjs/common';

/**
 * The evaluation part of the gateway schema. Needs a global provider of `Bus`; the gateway imports
 * this module when evaluation is enabled.
 */
export class EvaluationGraphqlModule {}
