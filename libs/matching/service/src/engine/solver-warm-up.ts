import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { warmSolverWorker } from './worker-solver.js';

/**
 * Warms the solver's worker thread when the service starts (`warmSolverWorker`), so the first
 * coordinator's run does not pay for the JIT compiling the solver. Fire and forget: the hook returns
 * at once (readiness is not delayed) and the unref'd worker never keeps the process alive; a failure
 * is logged, and the first run starts a worker of its own. The test harness does not run bootstrap
 * hooks: specs start the worker on first use, as before.
 */
@Injectable()
export class SolverWarmUp implements OnApplicationBootstrap {
  private readonly logger = new Logger('matching');

  onApplicationBootstrap(): void {
    void warmSolverWorker((err) => this.logger.warn(`matching solver warm-up failed (the first run starts the worker again): ${err.message}`));
  }
}
