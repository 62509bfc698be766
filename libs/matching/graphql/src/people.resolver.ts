import { Inject } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PlatformError, type PersonDto, type RequestContext } from '@m4pris/platform-core';
import { Ctx, GqlLoaders, Loaders, Person } from '@m4pris/platform-graphql';
import { Bus } from '@m4pris/platform-messaging';
import type { MatchReasonDto, ProposalDto, MatchRunDto, UnmatchedDto } from '@m4pris/matching-contracts';
import { CohortPeople, DuoPartners } from '@m4pris/programmes-contracts';
import { MatchProposal, MatchReason, MatchRun, UnmatchedPerson } from './matching.types.js';

/** A run's proposals (mentor and mentee) and unmatched people of a pilot-size cohort in one request (CohortPeopleRequest allows 1000). */
const MAX_PEOPLE = 1000;

const DESCRIPTION = "By name for the cohort's coordinator; null for anyone else. Programmes decides (it knows who applied). Batched: one request per cohort per response level.";

/**
 * People of a cohort by name, through programmes (the module that knows who applied and who
 * coordinates): one bus request per cohort and query level, whatever the number of rows. A caller
 * programmes refuses (not a coordinator of the cohort) gets null, not one error per row.
 */
function cohortPerson(bus: Bus, loaders: Loaders, ctx: RequestContext, cohortId: string, staffId: string): Promise<PersonDto | null> {
  const loader = loaders.get<PersonDto>('programmes.cohortPeople', async (keys) => {
    const byCohort = new Map<string, string[]>();
    for (const k of keys) {
      const [c, s] = k.split('|') as [string, string];
      byCohort.set(c, [...(byCohort.get(c) ?? []), s]);
    }
    const found = new Map<string, PersonDto>();
    for (const [c, staffIds] of byCohort) {
      try {
        for (const p of await bus.request(CohortPeople, { cohortId: c, staffIds: [...new Set(staffIds)] }, ctx)) found.set(`${c}|${p.id}`, p);
      } catch (e) {
        if (!(e instanceof PlatformError && (e.category === 'FORBIDDEN' || e.category === 'NOT_FOUND'))) throw e;
      }
    }
    return keys.map((k) => found.get(k) ?? null);
  }, { maxBatchSize: MAX_PEOPLE });
  return loader.load(`${cohortId}|${staffId}`);
}

@Resolver(() => MatchProposal)
export class ProposalPeopleResolver {
  constructor(@Inject(Bus) private readonly bus: Bus) {}

  @ResolveField('mentor', () => Person, { nullable: true, description: DESCRIPTION })
  mentor(@Parent() p: ProposalDto, @GqlLoaders() loaders: Loaders, @Ctx() ctx: RequestContext) {
    return cohortPerson(this.bus, loaders, ctx, p.cohortId, p.mentorStaffId);
  }

  @ResolveField('mentee', () => Person, { nullable: true, description: DESCRIPTION })
  mentee(@Parent() p: ProposalDto, @GqlLoaders() loaders: Loaders, @Ctx() ctx: RequestContext) {
    return cohortPerson(this.bus, loaders, ctx, p.cohortId, p.menteeStaffId);
  }
}

/** Unmatched people carry their run's cohort so that their person can be resolved. */
@Resolver(() => MatchRun)
export class RunUnmatchedResolver {
  @ResolveField('unmatched', () => [UnmatchedPerson])
  unmatched(@Parent() run: MatchRunDto) {
    return run.unmatched.map((u) => ({ ...u, cohortId: run.cohortId }));
  }
}

@Resolver(() => UnmatchedPerson)
export class UnmatchedPeopleResolver {
  constructor(@Inject(Bus) private readonly bus: Bus) {}

  @ResolveField('person', () => Person, { nullable: true, description: DESCRIPTION })
  person(@Parent() u: UnmatchedDto & { cohortId: string }, @GqlLoaders() loaders: Loaders, @Ctx() ctx: RequestContext) {
    return cohortPerson(this.bus, loaders, ctx, u.cohortId, u.staffId);
  }
}

/**
 * The person a match reason is about: matching decides (only the two people of the approved pair
 * read a reason, and the partner is the other one); programmes, which knows the duo, gives the
 * partner as duo members see each other. Null until programmes has formed the duo. Batched: one
 * request per query level.
 */
@Resolver(() => MatchReason)
export class MatchReasonPartnerResolver {
  constructor(@Inject(Bus) private readonly bus: Bus) {}

  @ResolveField('partner', () => Person, { nullable: true, description: "The other person of your approved pair, as your duo partner (name, institution, unit, shift pattern, work e-mail). Null until the duo is formed." })
  partner(@Parent() r: MatchReasonDto, @GqlLoaders() loaders: Loaders, @Ctx() ctx: RequestContext): Promise<PersonDto | null> {
    return loaders
      .get<PersonDto>('programmes.duoPartners', async (ids) => {
        const found = new Map((await this.bus.request(DuoPartners, { staffIds: [...new Set(ids)] }, ctx)).map((p) => [p.id, p]));
        return ids.map((id) => found.get(id) ?? null);
      }, { maxBatchSize: 100 })
      .load(r.partnerStaffId);
  }
}
