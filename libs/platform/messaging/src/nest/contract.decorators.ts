import 'reflect-metadata';
import { Ctx, EventPattern, MessagePattern, Payload } from '@nestjs/microservices';
import type { EventDef, RequestDef } from '@m4pris/platform-core';
import { contractPipe } from './bus.pipeline.js';

/** Where `@Handles` / `@OnEvent` keep the contracts of a handler method (on the method itself). */
export const BUS_CONTRACTS = 'm4p:bus-contracts';

export type BusContract = RequestDef<unknown, unknown> | EventDef<object>;

/** Set on a method declared with `@OnEvents`: it takes a list of payloads and envelopes. */
const BUS_MANY = 'm4p:bus-many';

/** Whether a method consumes its events as lists (`@OnEvents`). */
export function takesMany(method: unknown): boolean {
  return typeof method === 'function' && Reflect.getMetadata(BUS_MANY, method) === true;
}

/** The contracts a method handles (`@Handles` / `@OnEvent`), or none. */
export function contractsOf(method: unknown): BusContract[] {
  return (typeof method === 'function' ? (Reflect.getMetadata(BUS_CONTRACTS, method) as BusContract[] | undefined) : undefined) ?? [];
}

function addContract(def: BusContract, target: object, key: string | symbol, descriptor: PropertyDescriptor): void {
  const fn = descriptor.value as object;
  const defs = [...contractsOf(fn), def];
  if (defs.some((d) => d.kind !== def.kind)) throw new Error(`${String(key)}: a method either answers requests or consumes events, not both`);
  Reflect.defineMetadata(BUS_CONTRACTS, defs, fn);
  // Nest's own metadata: the method is a message (request/reply) or event handler for these subjects.
  const subjects = defs.map((d) => d.subject);
  if (def.kind === 'request') MessagePattern(subjects)(target, key, descriptor);
  else EventPattern(subjects)(target, key, descriptor);
  // Parameters: the validated payload (ContractPipe) and the caller's RequestContext (requests) or
  // the event's envelope (events).
  Payload(contractPipe)(target, key, 0);
  Ctx()(target, key, 1);
}

/**
 * Makes a method — a use case's `execute(payload, ctx)` — the handler of a request contract:
 * Nest's `@MessagePattern(def.subject)`, with `@Payload()` validated against `def.request` and
 * `@Ctx()` the caller's RequestContext. Hosted by `BusServer`, the bus's transport strategy.
 */
export function Handles<Req, Res>(def: RequestDef<Req, Res>): MethodDecorator {
  return (target, key, descriptor) => {
    addContract(def, target, key, descriptor);
    return descriptor;
  };
}

/**
 * Makes a method the consumer of a domain event: Nest's `@EventPattern(def.subject)`, called as
 * `(payload, envelope)` with the payload validated against `def.payload`. Runs once per event (per
 * service), in one transaction with the consumer's dedupe record — the transaction of its batch when
 * several events wait (`BusServer.consumeBatch`: committed or rolled back together, then retried one
 * per transaction); for an event with an `orderKey`, not at all when a newer event of that key was
 * applied. One method may consume several events.
 */
export function OnEvent<P extends object>(def: EventDef<P>): MethodDecorator {
  return (target, key, descriptor) => {
    addContract(def, target, key, descriptor);
    return descriptor;
  };
}

/**
 * As `@OnEvent`, for a consumer that applies several events of the subject at once (set-based
 * statements): called as `(payloads, envelopes)`, each payload validated. One event alone comes as a
 * list of one; in a batch (`BusServer`) consecutive events of the subject come together, in order, in
 * the batch's transaction, after the dedupe and ordering of each — and never two with the same
 * `orderKey` in one list (a subject without an `orderKey` comes one event per list), so a multi-row
 * upsert keyed like the order key never meets the same row twice. Same rules otherwise: one list's
 * effects commit or roll back with the transaction.
 */
export function OnEvents<P extends object>(def: EventDef<P>): MethodDecorator {
  return (target, key, descriptor) => {
    addContract(def, target, key, descriptor);
    Reflect.defineMetadata(BUS_MANY, true, descriptor.value as object);
    return descriptor;
  };
}
