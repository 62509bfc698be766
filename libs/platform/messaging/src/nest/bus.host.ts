import type { DynamicModule, INestMicroservice, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { BusServer, type BusServerOptions } from './bus.server.js';

export interface BusMicroservice {
  app: INestMicroservice;
  server: BusServer;
  /** Milliseconds: Nest's module built and initialised; handlers found and served on the transport. */
  timings: { nest: number; handlers: number };
}

/**
 * One service as a Nest microservice on the bus: the module created with `BusServer` as its
 * transport strategy, the bus pipeline attached, initialised, then listening (its `@Handles` /
 * `@OnEvent` methods served). `close()` on the app closes the module, not the shared transport.
 */
export async function startBusMicroservice(module: DynamicModule | Type, options: BusServerOptions): Promise<BusMicroservice> {
  let t = performance.now();
  const server = new BusServer(options);
  const app = await NestFactory.createMicroservice(module, { strategy: server, logger: false, abortOnError: false });
  server.attach(app);
  await app.init();
  const nest = Math.round(performance.now() - t);
  t = performance.now();
  try {
    await app.listen();
  } catch (e) {
    await app.close();
    throw e;
  }
  return { app, server, timings: { nest, handlers: Math.round(performance.now() - t) } };
}

/** A module providing ready-made instances (tests that build their handlers by hand). */
export function instancesModule(instances: object[]): DynamicModule {
  class BusInstancesModule {}
  return { module: BusInstancesModule, providers: instances.map((i) => ({ provide: i.constructor, useValue: i })) };
}
