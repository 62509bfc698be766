import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { MailDispatcher } from '../mail/mail-dispatcher.js';
import { NotificationsSettings } from '../notifications.settings.js';
import { SweepRemindersUseCase } from './sweep-reminders.use-case.js';

export const REMINDER_QUEUE = 'notifications-reminders';

/**
 * In the dispatching process: pg-boss's schedule (REMINDER_CRON) creates one sweep job per tick for
 * the whole deployment (replicas share the schedule), and a worker here runs the sweep.
 */
@Injectable()
export class ReminderSchedule implements OnApplicationBootstrap {
  constructor(
    private readonly dispatcher: MailDispatcher,
    private readonly sweep: SweepRemindersUseCase,
    @Inject(NotificationsSettings) private readonly settings: NotificationsSettings,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.settings.MAIL_DISPATCH !== 'true') return;
    const boss = this.dispatcher.boss;
    await this.dispatcher.ready();
    if (!(await boss.getQueue(REMINDER_QUEUE))) await boss.createQueue(REMINDER_QUEUE, { policy: 'singleton', retryLimit: 1, expireInSeconds: 600 });
    await boss.schedule(REMINDER_QUEUE, this.settings.REMINDER_CRON);
    await boss.work(REMINDER_QUEUE, async () => {
      await this.sweep.execute();
    });
  }
}
