import { Inject } from '@nestjs/common';
import { ResolveField, Resolver } from '@nestjs/graphql';
import { byDue, myTasksRequest, PlatformError, TASK_MODULES, type RequestContext, type TaskDto } from '@m4pris/platform-core';
import { Ctx, Task } from '@m4pris/platform-graphql';
import { Bus } from '@m4pris/platform-messaging';
import { Me } from './auth.types.js';

/**
 * `me.tasks`: the caller's open tasks gathered from every module that gives people work, one bus
 * request per module whatever the number of tasks, each module deciding from its own data what is
 * the caller's to do. A module that is not deployed (MODULE_UNAVAILABLE) contributes none.
 */
@Resolver(() => Me)
export class MeTasksResolver {
  constructor(@Inject(Bus) private readonly bus: Bus) {}

  @ResolveField('tasks', () => [Task], {
    description: "What you have to do next across modules (duo agreement, fit check, overdue meeting, closing reflection …), soonest due first. Empty for anyone without such tasks.",
  })
  async tasks(@Ctx() ctx: RequestContext): Promise<TaskDto[]> {
    const lists = await Promise.all(
      TASK_MODULES.map((module) =>
        this.bus.request(myTasksRequest(module), {}, ctx).catch((e: unknown) => {
          if (e instanceof PlatformError && e.category === 'MODULE_UNAVAILABLE') return [];
          throw e;
        }),
      ),
    );
    return lists.flat().sort(byDue);
  }
}
