import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@m4pris/platform-core';
import { Handles } from '@m4pris/platform-messaging';
import { GetExample, type GetExampleRequest } from '@m4pris/matching-contracts';
import { GetExampleUseCase } from './get-example.use-case.js';

/** Bus adapters: one line each — the bus has validated the payload; call one use case. */
@Injectable()
export class ExampleHandlers {
  constructor(private readonly getExample: GetExampleUseCase) {}

  @Handles(GetExample) get(p: GetExampleRequest, ctx: RequestContext) { return this.getExample.execute(p, ctx); }
}
