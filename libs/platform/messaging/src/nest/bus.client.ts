import { randomUUID } from 'node:crypto';
import { ClientProxy, type ReadPacket, type WritePacket } from '@nestjs/microservices';
import { currentContext, newTraceId } from '@m4pris/platform-core';
import type { Bus } from '../bus.js';

/**
 * The bus as a Nest `ClientProxy`, for code written to Nest's microservice conventions:
 * `client.send(Def.subject, payload)` is `bus.send` — the caller's context header (from the active
 * request), trace headers, the size check, a timeout, `MODULE_UNAVAILABLE` when nobody answers — as an
 * Observable that errors with the PlatformError of a refusal. `client.emit(subject, payload)` publishes
 * an event envelope straight to the transport; a use case records its domain events with
 * `recordEvent` instead, so they leave only after its transaction commits (the outbox).
 */
export class BusClient extends ClientProxy {
  constructor(private readonly bus: Bus) {
    super();
  }

  connect(): Promise<void> {
    return Promise.resolve();
  }

  /** The transport belongs to the process's launcher, which closes it. */
  close(): void {}

  unwrap<T>(): T {
    return this.bus.transport as T;
  }

  protected publish(packet: ReadPacket, callback: (packet: WritePacket) => void): () => void {
    let disposed = false;
    this.bus.send(String(packet.pattern), packet.data).then(
      (response) => !disposed && callback({ response: response ?? null, isDisposed: true }),
      (err: unknown) => !disposed && callback({ err, isDisposed: true }),
    );
    return () => {
      disposed = true;
    };
  }

  protected async dispatchEvent<T = unknown>(packet: ReadPacket): Promise<T> {
    const ctx = currentContext();
    await this.bus.transport.publish({
      id: randomUUID(),
      subject: String(packet.pattern),
      occurredAt: new Date().toISOString(),
      tenantId: ctx?.tenantId ?? null,
      traceId: ctx?.traceId ?? newTraceId(),
      payload: JSON.parse(JSON.stringify(packet.data ?? {})) as unknown,
    });
    return undefined as T;
  }
}
