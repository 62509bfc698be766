import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@m4pris/platform-core';
import { Ctx, PageInput } from '@m4pris/platform-graphql';
import { Bus } from '@m4pris/platform-messaging';
import { ListAudit, ListConsentTexts, ListMyConsents, PublishConsentText, RecordConsent } from '@m4pris/identity-contracts';
import { AuditEntryPage, AuditFilter, ConsentRecord, ConsentText, PublishConsentTextInput, RecordConsentInput } from './consent.types.js';

@Resolver()
export class ConsentResolver {
  constructor(@Inject(Bus) private readonly bus: Bus) {}

  @Query(() => [ConsentText])
  consentTexts(
    @Ctx() ctx: RequestContext,
    @Args('tenantId', { type: () => ID, nullable: true }) tenantId?: string,
    @Args('purpose', { type: () => String, nullable: true }) purpose?: string,
  ) {
    return this.bus.request(ListConsentTexts, { tenantId, purpose }, ctx);
  }

  @Query(() => [ConsentRecord])
  myConsents(@Ctx() ctx: RequestContext) {
    return this.bus.request(ListMyConsents, {}, ctx);
  }

  @Mutation(() => ConsentText, { description: 'Publish a new version of the consent text for a purpose and locale.' })
  publishConsentText(@Args('input') input: PublishConsentTextInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(PublishConsentText, input, ctx);
  }

  @Mutation(() => ConsentRecord, { description: "Record the caller's answer to a consent text." })
  recordConsent(@Args('input') input: RecordConsentInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(RecordConsent, input, ctx);
  }

  @Query(() => AuditEntryPage)
  auditLog(
    @Ctx() ctx: RequestContext,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
    @Args('filter', { type: () => AuditFilter, nullable: true }) filter?: AuditFilter,
  ) {
    return this.bus.request(ListAudit, { ...filter, ...page }, ctx);
  }
}
