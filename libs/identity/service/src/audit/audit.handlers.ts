import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@m4pris/platform-core';
import { Handles } from '@m4pris/platform-messaging';
import { ListAudit, type ListAuditRequest } from '@m4pris/identity-contracts';
import { ListAuditUseCase } from './list-audit.use-case.js';

@Injectable()
export class AuditHandlers {
  constructor(private readonly listAudit: ListAuditUseCase) {}

  @Handles(ListAudit) list(p: ListAuditRequest, ctx: RequestContext) { return this.listAudit.execute(p, ctx); }
}
