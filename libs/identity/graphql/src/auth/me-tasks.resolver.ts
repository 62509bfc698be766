import { Inject } from '@nestjs/common';
import { ResolveField, Resolver } from '@nestjs/graphql';
import { byDue, moduleEnabled, myTasksRequest, PlatformError, TASK_MODULES, type RequestContext, type TaskDto, type TaskModule } from '@m4pris/platform-core';
import { Ctx, GqlLoaders, Loaders, Task } from '@m4pris/platform-graphql';
import { Bus } from '@m4pris/platform-messaging';
import { Me } from './auth.types.js';

/** The gathering of one request, shared by `tasks` and `tasksIncomplete`. */
export interface GatheredTasks {
  tasks: TaskDto[];
  /** Modules the caller's tenant runs that did not answer (MODULE_UNAVAILABLE): their tasks are missing. */
  incomplete: TaskModule[];
}

/**
 * `me.tasks`: the caller's open tasks gathered from every module that gives people work, one bus
 * request per module whatever the number of tasks, each module deciding from its own data what is
 * the caller's to do. A module the caller's tenant has not enabled is not asked (and MODULE_DISABLED
 * counts as no tasks); a module that does not answer (MODULE_UNAVAILABLE) is listed in
 * `me.tasksIncomplete` instead of passing for "nothing to do".
 */
export async function gatherTasks(bus: Bus, ctx: RequestContext): Promise<GatheredTasks> {
  const asked = TASK_MODULES.filter((m) => moduleEnabled(ctx, m));
  const answers = await Promise.all(
    asked.map((module) =>
      bus.request(myTasksRequest(module), {}, ctx).then(
        (tasks) => ({ module, tasks, down: false }),
        (e: unknown) => {
          if (e instanceof PlatformError && e.category === 'MODULE_DISABLED') return { module, tasks: [] as TaskDto[], down: false };
          if (e instanceof PlatformError && e.category === 'MODULE_UNAVAILABLE') return { module, tasks: [] as TaskDto[], down: true };
          throw e;
        },
      ),
    ),
  );
  return { tasks: answers.flatMap((a) => a.tasks).sort(byDue), incomplete: answers.filter((a) => a.down).map((a) => a.module) };
}

@Resolver(() => Me)
export class MeTasksResolver {
  constructor(@Inject(Bus) private readonly bus: Bus) {}

  /** Once per GraphQL request, whichever of the two fields asks first. */
  private gathered(loaders: Loaders, ctx: RequestContext): Promise<GatheredTasks> {
    return loaders.get<GatheredTasks>('me.tasks', async (keys) => {
      const g = await gatherTasks(this.bus, ctx);
      return keys.map(() => g);
    }).load('me') as Promise<GatheredTasks>;
  }

  @ResolveField('tasks', () => [Task], {
    description:
      "What you have to do next across modules (duo agreement, fit check, overdue meeting, closing reflection …), soonest due first. Empty for anyone without such tasks; a module that did not answer is named in tasksIncomplete.",
  })
  async tasks(@Ctx() ctx: RequestContext, @GqlLoaders() loaders: Loaders): Promise<TaskDto[]> {
    return (await this.gathered(loaders, ctx)).tasks;
  }

  @ResolveField('tasksIncomplete', () => [String], {
    description:
      'Modules your organisation runs that could not be asked just now (programmes, training, evaluation): their tasks are missing from tasks. Empty when tasks is complete.',
  })
  async tasksIncomplete(@Ctx() ctx: RequestContext, @GqlLoaders() loaders: Loaders): Promise<string[]> {
    return (await this.gathered(loaders, ctx)).incomplete;
  }
}
