import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@m4pris/platform-core';
import { Handles } from '@m4pris/platform-messaging';
import {
  ListConsentTexts,
  ListMyConsents,
  PublishConsentText,
  RecordConsent,
  type ListConsentTextsRequest,
  type ListMyConsentsRequest,
  type PublishConsentTextRequest,
  type RecordConsentRequest,
} from '@m4pris/identity-contracts';
import { PublishConsentTextUseCase } from './publish-consent-text.use-case.js';
import { RecordConsentUseCase } from './record-consent.use-case.js';
import { ListConsentTextsUseCase, ListMyConsentsUseCase } from './consent-queries.use-case.js';

@Injectable()
export class ConsentHandlers {
  constructor(
    private readonly publishText: PublishConsentTextUseCase,
    private readonly recordConsent: RecordConsentUseCase,
    private readonly listTexts: ListConsentTextsUseCase,
    private readonly listMine: ListMyConsentsUseCase,
  ) {}

  @Handles(PublishConsentText) publish(p: PublishConsentTextRequest, ctx: RequestContext) { return this.publishText.execute(p, ctx); }
  @Handles(RecordConsent) record(p: RecordConsentRequest, ctx: RequestContext) { return this.recordConsent.execute(p, ctx); }
  @Handles(ListConsentTexts) texts(p: ListConsentTextsRequest, ctx: RequestContext) { return this.listTexts.execute(p, ctx); }
  @Handles(ListMyConsents) mine(p: ListMyConsentsRequest, ctx: RequestContext) { return this.listMine.execute(p, ctx); }
}
