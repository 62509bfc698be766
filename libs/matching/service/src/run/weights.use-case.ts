import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CRITERIA, MatchingErrors, type MatchingWeights, type ProgrammeIdRequest, type SetWeightsRequest, type WeightsDto, GetWeights, SetWeights } from '@m4pris/matching-contracts';
import { invalidInput, type RequestContext } from '@m4pris/platform-core';
import { CohortSchema } from '../projection/projection.entities.js';
import { MATCHING_CONFIGURERS, matcherTenant } from '../shared/access.js';
import { CohortInputReader } from './cohort-input.js';
import { WeightsSchema } from './run.entities.js';
import { Handles } from '@m4pris/platform-messaging';

async function requireProgramme(em: EntityManager, tenantId: string, programmeId: string): Promise<void> {
  if (!(await em.findOne(CohortSchema, { tenantId, programmeId }))) throw MatchingErrors.PROGRAMME_NOT_FOUND({ field: 'programmeId' });
}

@Injectable()
export class GetWeightsUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly reader: CohortInputReader,
  ) {}

  @Handles(GetWeights)
  async execute(input: ProgrammeIdRequest, ctx: RequestContext): Promise<WeightsDto> {
    const tenantId = matcherTenant(ctx, MATCHING_CONFIGURERS);
    await requireProgramme(this.em, tenantId, input.programmeId);
    const w = await this.reader.weights(tenantId, input.programmeId);
    return { programmeId: input.programmeId, version: w.version, ...w.weights };
  }
}

/** A new version of a programme's weights; runs record the version they used. */
@Injectable()
export class SetWeightsUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly reader: CohortInputReader,
  ) {}

  @Handles(SetWeights)
  async execute(input: SetWeightsRequest, ctx: RequestContext): Promise<WeightsDto> {
    const tenantId = matcherTenant(ctx, MATCHING_CONFIGURERS);
    await requireProgramme(this.em, tenantId, input.programmeId);
    const weights = Object.fromEntries(CRITERIA.map((c) => [c, input[c]])) as MatchingWeights;
    if (CRITERIA.every((c) => weights[c] === 0)) throw invalidInput('weights', 'at least one weight must be above 0');
    const current = await this.reader.weights(tenantId, input.programmeId);
    const version = current.version + 1;
    this.em.create(WeightsSchema, { id: randomUUID(), tenantId, programmeId: input.programmeId, version, weights, createdAt: new Date() });
    await this.em.flush();
    return { programmeId: input.programmeId, version, ...weights };
  }
}
