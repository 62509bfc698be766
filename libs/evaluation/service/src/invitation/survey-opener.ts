import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SurveyOpened } from '@m4pris/evaluation-contracts';
import { recordEvent } from '@m4pris/platform-messaging';
import { EvaluationSettings } from '../evaluation.settings.js';
import { ParticipantKeys } from '../participant/participant-keys.js';
import { Clock } from '../shared/access.js';
import { InvitationSchema } from './invitation.entity.js';

/** Invitations claimed per transaction. */
const BATCH = 200;

/**
 * The timed half of `survey.opened`: a wave that opens after it was issued (a midpoint, a
 * follow-up, a closure dated ahead) is announced on the day it opens. At start-up and then every
 * EVALUATION_OPENING_SWEEP_MINUTES, it claims the invitations whose wave has opened, that are
 * neither started, completed nor past due, and whose opening nobody announced yet
 * (`ParticipantKeys.claimOpenings`: rows locked with `for update skip locked`), records one
 * `survey.opened` per invitation in the outbox and sets `openingAnnouncedAt`, all in one
 * transaction. So two replicas, or a sweep repeated after a crash, never tell anyone twice, and a
 * crash before the commit loses nothing (the next sweep claims the rows again).
 */
@Injectable()
export class SurveyOpener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('evaluation');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    @Inject(MikroORM) private readonly orm: MikroORM,
    private readonly keys: ParticipantKeys,
    private readonly clock: Clock,
    @Inject(EvaluationSettings) private readonly settings: EvaluationSettings,
  ) {}

  onApplicationBootstrap(): void {
    const tick = () => void this.sweep().catch((err: unknown) => this.logger.warn(`survey opening sweep failed: ${String(err)}`));
    tick();
    this.timer = setInterval(tick, this.settings.EVALUATION_OPENING_SWEEP_MINUTES * 60_000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  /** Announces every wave that has opened and was not announced yet; returns how many invitations. One sweep at a time per process. */
  sweep(): Promise<number> {
    this.running ??= this.run().finally(() => (this.running = undefined));
    return this.running;
  }

  private async run(): Promise<number> {
    const today = this.clock.today();
    let announced = 0;
    for (;;) {
      const n = await this.orm.em.fork().transactional(async (tx) => {
        const em = tx as EntityManager;
        const due = await this.keys.claimOpenings(em, today, BATCH);
        if (due.length === 0) return 0;
        await em.nativeUpdate(InvitationSchema, { id: { $in: due.map((d) => d.invitationId) }, openingAnnouncedAt: null }, { openingAnnouncedAt: this.clock.now() });
        for (const d of due) {
          recordEvent(em, SurveyOpened, { tenantId: d.tenantId, staffId: d.staffId, wave: d.wave, dueOn: d.dueOn, invitationId: d.invitationId }, { tenantId: d.tenantId });
        }
        await em.flush();
        return due.length;
      });
      announced += n;
      if (n < BATCH) return announced;
    }
  }
}
