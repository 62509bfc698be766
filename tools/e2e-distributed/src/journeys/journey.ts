import type { Api } from '../api.js';

/** What journeys share (tokens, tenant and institution ids), filled in module order. */
export type JourneyState = Record<string, any>;

/**
 * One module's part of the distributed journey. Journeys run in registry order (identity first),
 * so a later module can use what identity created (`state.adminToken`, `state.tenantId`, …).
 */
export interface ModuleJourney {
  module: string;
  /** Before the outage: the module's normal use through the gateway. */
  before(api: Api, state: JourneyState): Promise<void>;
  /** One acknowledged write (returns the new id; throws GqlError when it is not acknowledged). */
  write(api: Api, state: JourneyState, n: number): Promise<string>;
  /** Whether a write acknowledged earlier can be read back. */
  exists(api: Api, state: JourneyState, id: string): Promise<boolean>;
  /** The domain event each write publishes, to check none is lost (subject, id in its payload). */
  writeEvent?: { subject: string; idOf(payload: any): string };
  /** A request served by this module only (answered MODULE_UNAVAILABLE while it is down). */
  probe(api: Api, state: JourneyState): Promise<unknown>;
  /** After the restart: the rest of the module's journey completes. */
  after(api: Api, state: JourneyState): Promise<void>;
}
