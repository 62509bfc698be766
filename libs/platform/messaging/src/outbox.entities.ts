import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * Domain events written in the same transaction as the change they describe, then published by
 * the relay. Every service schema has its own outbox.
 *
 * The relay reads the oldest unpublished rows (`where published_at is null order by occurred_at, id`)
 * through a partial index of exactly those rows. Published rows stay (their index entries go dead
 * when the relay marks them), and a plain index on `published_at` made that read walk every dead
 * entry until a vacuum: with autovacuum off, 1.6 s a pass at 217,000 published rows, and the
 * distributed import of the 4th to 8th tenant of `bench:scale` slowed from 25 s to 80 s. Through
 * the partial index an ordered index scan marks the dead entries it meets and skips them after.
 */
export const OutboxEventSchema = defineEntity({
  name: 'OutboxEvent',
  tableName: 'outbox_event',
  indexes: [{ name: 'outbox_event_pending_index', properties: ['occurredAt', 'id'], where: 'published_at is null' }],
  properties: {
    id: p.uuid().primary(),
    subject: p.string().length(200),
    tenantId: p.uuid().nullable(),
    traceId: p.string().length(64),
    payload: p.json<unknown>(),
    occurredAt: p.datetime(),
    publishedAt: p.datetime().nullable(),
    attempts: p.integer().default(0),
    lastError: p.text().nullable(),
  },
});
export type OutboxEvent = InferEntity<typeof OutboxEventSchema>;

/** Idempotent consumers: one row per (consumer, event) handled, written in the handler's transaction. */
export const ProcessedEventSchema = defineEntity({
  name: 'ProcessedEvent',
  tableName: 'processed_event',
  properties: {
    consumer: p.string().length(100).primary(),
    eventId: p.uuid().primary(),
    processedAt: p.datetime(),
  },
});
export type ProcessedEvent = InferEntity<typeof ProcessedEventSchema>;

/**
 * Consumers of events with an `orderKey`: the `occurredAt` of the newest event applied per key, so an
 * older event delivered late is recorded as processed but not applied.
 */
export const EventWatermarkSchema = defineEntity({
  name: 'EventWatermark',
  tableName: 'event_watermark',
  properties: {
    consumer: p.string().length(100).primary(),
    key: p.string().length(200).primary(),
    occurredAt: p.datetime(),
  },
});
export type EventWatermark = InferEntity<typeof EventWatermarkSchema>;

/** Entities every service adds to its ORM configuration. */
export const messagingEntities = [OutboxEventSchema, ProcessedEventSchema, EventWatermarkSchema];
