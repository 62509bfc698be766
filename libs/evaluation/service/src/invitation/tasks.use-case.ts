import { Injectable } from '@nestjs/common';
import { requireAuthenticated, type MyTasksRequest, type RequestContext, type TaskDto, myTasksRequest } from '@m4pris/platform-core';
import { ListMyInvitationsUseCase } from './respondent.use-cases.js';
import { Handles } from '@m4pris/platform-messaging';

/**
 * The caller's open surveys (`evaluation.v1.tasks.mine`): each of their own invitations that is
 * open or started and not finished, due on its due date, found as `invitation.mine` finds them
 * (through the caller's participant codes, nothing else). No subject: the survey names no one.
 */
@Injectable()
export class MySurveyTasksUseCase {
  constructor(private readonly invitations: ListMyInvitationsUseCase) {}

  @Handles(myTasksRequest('evaluation'))
  async execute(_input: MyTasksRequest, ctx: RequestContext): Promise<TaskDto[]> {
    requireAuthenticated(ctx);
    if (!ctx.tenantId || !ctx.staffId) return [];
    const mine = await this.invitations.execute({}, ctx);
    return mine
      .filter((i) => i.state === 'open' || i.state === 'started')
      .map((i) => ({ kind: 'survey' as const, dueOn: i.dueOn, link: `/surveys/${i.id}`, subject: null }));
  }
}
