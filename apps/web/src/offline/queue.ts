import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { LogMeetingInput, SaveSurveyAnswersInput } from '../gql/graphql';

/**
 * The offline queue: the two things people do away from a connection — logging a meeting and saving
 * survey answers — kept in IndexedDB until the server has answered. Every entry carries the
 * client-generated idempotency key it is sent with, so a replay (a lost answer, a second tab, a
 * reload while sending) never writes twice: the API answers a known key with the first result.
 *
 * Never used in shared-terminal mode (the caller checks); deleted with every other IndexedDB
 * database at sign-out (`clearOfflineData`).
 */
export type QueuedOperation =
  | { kind: 'logMeeting'; input: LogMeetingInput & { idempotencyKey: string } }
  | { kind: 'saveSurveyAnswers'; input: SaveSurveyAnswersInput & { idempotencyKey: string } };

export type QueueEntry = QueuedOperation & { key: string; queuedAt: number };

interface QueueSchema extends DBSchema {
  outbox: { key: string; value: QueueEntry; indexes: { queuedAt: number } };
}

export const QUEUE_DB = 'm4pris-offline-queue';

/** What became of an entry when the queue was flushed. */
export type QueueEvent = { type: 'queued' | 'sent'; key: string } | { type: 'failed'; key: string; message: string };

/**
 * `send` resolves when the server accepted the operation and rejects otherwise; `answered(e)` tells
 * a rejection the server gave (the entry is dropped and reported as failed: sending it again would
 * get the same answer) from a network failure (the entry stays for the next flush).
 */
export interface Sender {
  send(op: QueueEntry): Promise<void>;
  answered(error: unknown): boolean;
}

export class OfflineQueue {
  private db?: Promise<IDBPDatabase<QueueSchema>>;
  private flushing: Promise<number> | null = null;
  private readonly listeners = new Set<(e: QueueEvent) => void>();

  constructor(private readonly name = QUEUE_DB) {}

  private open(): Promise<IDBPDatabase<QueueSchema>> {
    this.db ??= openDB<QueueSchema>(this.name, 1, {
      upgrade(db) {
        db.createObjectStore('outbox', { keyPath: 'key' }).createIndex('queuedAt', 'queuedAt');
      },
      // Sign-out deletes the database: let it, and open afresh next time.
      blocking: () => this.close(),
      terminated: () => {
        this.db = undefined;
      },
    });
    return this.db;
  }

  /** Closes the connection (so that sign-out can delete the database). */
  close(): void {
    const db = this.db;
    this.db = undefined;
    void db?.then((d) => d.close()).catch(() => undefined);
  }

  on(listener: (e: QueueEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(e: QueueEvent) {
    for (const l of this.listeners) l(e);
  }

  /** Keeps an operation on this device; its idempotency key is its queue key. */
  async add(op: QueuedOperation, now = Date.now()): Promise<QueueEntry> {
    const entry = { ...op, key: op.input.idempotencyKey, queuedAt: now };
    await (await this.open()).put('outbox', entry);
    this.emit({ type: 'queued', key: entry.key });
    return entry;
  }

  /** Oldest first. */
  async list(): Promise<QueueEntry[]> {
    return (await this.open()).getAllFromIndex('outbox', 'queuedAt');
  }

  /**
   * Sends every entry, oldest first, each removed only after the server answered. Stops at the
   * first network failure (the rest would fail too). Concurrent calls share one run. Resolves with
   * the number of entries still queued.
   */
  flush(sender: Sender): Promise<number> {
    this.flushing ??= this.run(sender).finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async run(sender: Sender): Promise<number> {
    const entries = await this.list();
    let left = entries.length;
    for (const entry of entries) {
      let event: QueueEvent;
      try {
        await sender.send(entry);
        event = { type: 'sent', key: entry.key };
      } catch (e) {
        if (!sender.answered(e)) return left;
        event = { type: 'failed', key: entry.key, message: e instanceof Error ? e.message : String(e) };
      }
      await (await this.open()).delete('outbox', entry.key);
      left -= 1;
      this.emit(event);
    }
    return left;
  }
}

/** A version-4 UUID, also where `crypto.randomUUID` is missing (a page not in a secure context). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The app's one queue. */
export const offlineQueue = new OfflineQueue();
