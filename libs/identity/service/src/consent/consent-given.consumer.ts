import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@m4pris/platform-core';
import { OnEvent } from '@m4pris/platform-messaging';
import { ConsentGiven, type ConsentGivenEvent } from '@m4pris/programmes-contracts';
import { RecordConsentUseCase } from './record-consent.use-case.js';

/** Applying with consent (programmes' `consent.given`) records the consent once: RecordConsentUseCase.grantWhenApplying. */
@Injectable()
export class ConsentGivenConsumer {
  constructor(private readonly consents: RecordConsentUseCase) {}

  @OnEvent(ConsentGiven)
  record(e: ConsentGivenEvent, envelope: EventEnvelope): Promise<void> {
    return this.consents.grantWhenApplying(e, new Date(envelope.occurredAt), envelope.traceId);
  }
}
