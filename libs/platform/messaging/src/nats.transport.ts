import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { connect } from '@nats-io/transport-node';
import { createInbox, headers as natsHeaders, type Msg, type MsgHdrs, type NatsConnection } from '@nats-io/transport-node';
import {
  AckPolicy,
  DeliverPolicy,
  jetstream,
  jetstreamManager,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
  RetentionPolicy,
  StorageType,
} from '@nats-io/jetstream';
import { CommonErrors, moduleUnavailable, type EventEnvelope } from '@m4pris/platform-core';
import { natsConnected } from '@m4pris/platform-observability';
import { MessageTooLarge, type BatchOutcome, type EventBatchHandler, type EventHandler, type Headers, type Reply, type RequestHandler, type Transport } from './transport.js';

export interface NatsTransportOptions {
  servers: string[];
  /** Name of the process (shows in NATS monitoring). */
  name: string;
  stream: string;
  streamReplicas: number;
  logger?: { warn(obj: object, msg?: string): void; info(obj: object, msg?: string): void };
}

const EVENT_PREFIX = 'events.';
const SECOND_NS = 1_000_000_000;

/**
 * Distributed mode. Requests are NATS request/reply (no responders → MODULE_UNAVAILABLE at once);
 * events go to a JetStream stream with the outbox id as `Nats-Msg-Id` (duplicates dropped within
 * the window) and are read by durable pull consumers acked only after the handler committed.
 */
export class NatsTransport implements Transport {
  readonly kind = 'nats' as const;
  private nc?: NatsConnection;
  private js?: JetStreamClient;
  private jsm?: JetStreamManager;
  private connected = false;
  private closing = false;
  private readonly stops: (() => void)[] = [];
  /** Replies come to `<inbox>.<token>` on one subscription (see `request`). */
  private inbox = '';
  private nextToken = 0;
  private readonly pending = new Map<string, PendingRequest>();

  constructor(private readonly opts: NatsTransportOptions) {}

  async connect(): Promise<void> {
    this.nc = await connect({
      servers: this.opts.servers,
      name: this.opts.name,
      reconnect: true,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 500,
      waitOnFirstConnect: true,
      pingInterval: 10_000,
      // Without it the client builds a RequestError and a TimeoutError (two stack captures) per
      // request, only to enrich an error we turn into MODULE_UNAVAILABLE anyway: ~10 % of the
      // gateway's CPU per `me` in a profile of bench:gateway --cpu-prof (issue 19).
      noAsyncTraces: true,
    });
    this.connected = true;
    natsConnected.set({ connection: this.opts.name }, 1);
    this.inbox = `${createInbox()}.`;
    this.nc.subscribe(`${this.inbox}*`, { callback: (err, msg) => this.settle(err, msg) });
    void this.watchStatus(this.nc);
    this.jsm = await jetstreamManager(this.nc);
    this.js = jetstream(this.nc);
    await this.ensureStream();
  }

  private async watchStatus(nc: NatsConnection): Promise<void> {
    for await (const s of nc.status()) {
      if (s.type === 'disconnect' || s.type === 'reconnecting') {
        this.connected = false;
        natsConnected.set({ connection: this.opts.name }, 0);
      }
      if (s.type === 'reconnect') {
        this.connected = true;
        natsConnected.set({ connection: this.opts.name }, 1);
        this.opts.logger?.info({ event: 'nats.reconnected' }, 'NATS connection restored');
      }
    }
  }

  private async ensureStream(): Promise<void> {
    const jsm = this.jsm!;
    const config = {
      name: this.opts.stream,
      subjects: [`${EVENT_PREFIX}>`],
      storage: StorageType.File,
      retention: RetentionPolicy.Limits,
      num_replicas: this.opts.streamReplicas,
      duplicate_window: 120 * SECOND_NS,
      max_age: 30 * 24 * 3600 * SECOND_NS,
    };
    try {
      await jsm.streams.info(this.opts.stream);
    } catch {
      try {
        await jsm.streams.add(config);
      } catch (e) {
        // Another replica created it first.
        await jsm.streams.info(this.opts.stream).catch(() => {
          throw e;
        });
      }
    }
  }

  /** The server's max_payload (1 MB by default), known once connected. */
  maxMessageBytes(): number | undefined {
    return this.nc?.info?.max_payload;
  }

  /**
   * Requests and replies over COMPRESS_OVER_BYTES cross gzipped (see `wireBody`): a 10,000-row staff
   * CSV (about 1 MB, over NATS's default max_payload of 1 MB) crosses in a fraction of that. One still
   * over max_payload once compressed is refused with MessageTooLarge before it is sent.
   *
   * A request over one reply subscription of our own (`<inbox>.*`, a token per request), as nats.js's
   * own `request` muxes too, without its per-request machinery: a `RequestOne`, a deferred and a timer
   * promise raced, and a `RequestError("cancelled")` built (a stack capture) for every request it
   * finishes, even a successful one (~5 % of the gateway's profile, issue 19). The server answers a
   * request nobody serves with an empty 503 status message (no responders): MODULE_UNAVAILABLE at
   * once, as is a timeout or a closing connection.
   */
  async request(subject: string, body: string, headers: Headers, timeoutMs: number): Promise<Reply> {
    const module = subject.split('.')[0]!;
    const nc = this.nc;
    if (!nc || !this.connected || this.closing) throw moduleUnavailable(module);
    const wire = await wireBody(body, headers, this.maxMessageBytes());
    const token = (this.nextToken++).toString(36);
    return new Promise<Reply>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(token);
        reject(moduleUnavailable(module));
      }, timeoutMs);
      this.pending.set(token, { module, resolve, reject, timer });
      try {
        nc.publish(subject, wire.data, { reply: this.inbox + token, headers: toNats(wire.headers) });
      } catch (e) {
        clearTimeout(timer);
        this.pending.delete(token);
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  }

  /** A reply (or the server's no-responders status) for one of our requests. */
  private settle(err: Error | null, msg: Msg): void {
    if (err) return;
    const token = msg.subject.slice(this.inbox.length);
    const p = this.pending.get(token);
    if (!p) return;
    this.pending.delete(token);
    clearTimeout(p.timer);
    if (msg.data.length === 0 && msg.headers?.code === 503) return p.reject(moduleUnavailable(p.module));
    bodyOf(msg).then((body) => p.resolve(JSON.parse(body) as Reply), p.reject);
  }

  async serve(subject: string, queue: string, handler: RequestHandler): Promise<void> {
    const nc = this.requireConnection();
    const sub = nc.subscribe(subject, { queue });
    this.stops.push(() => sub.unsubscribe());
    void (async () => {
      for await (const m of sub) {
        const internal = () => {
          try {
            m.respond(JSON.stringify({ ok: false, error: CommonErrors.INTERNAL().toPayload() }));
          } catch {
            // the connection is closing: the caller's timeout answers
          }
        };
        const answer = async (reply: Reply) => {
          try {
            const wire = await wireBody(JSON.stringify(reply), {}, this.maxMessageBytes());
            m.respond(wire.data, Object.keys(wire.headers).length > 0 ? { headers: toNats(wire.headers) } : undefined);
          } catch (e) {
            // A reply over max_payload even compressed: answer INTERNAL instead of leaving the caller waiting.
            this.opts.logger?.warn({ event: 'nats.reply_too_large', subject, err: e }, 'reply not sent');
            internal();
          }
        };
        const { [CONTENT_ENCODING]: _encoding, ...headers } = fromNats(m.headers);
        void bodyOf(m)
          .then((body) => handler(body, headers))
          .then(answer, internal);
      }
    })();
  }

  async publish(event: EventEnvelope): Promise<void> {
    if (!this.js || !this.connected || this.closing) throw moduleUnavailable('bus');
    await this.js.publish(EVENT_PREFIX + event.subject, JSON.stringify(event), { msgID: event.id, timeout: 5000 });
  }

  /**
   * A relay pass at once: the events are sent before the first acknowledgement is awaited, instead of
   * one round trip per event (one connection, so the stream stores them in the order sent). The
   * acknowledgements are then read in order and the pass counts as published up to the first one
   * missing; the relay offers that event and the rest again, the stream drops repeats by message id
   * and consumers dedupe besides. An event near the server's size limit ends the pipelined part and
   * goes alone, so that a refusal for its size never lets a later event be stored before it. Other
   * refusals (server gone, stream full, timeout) refuse the rest of the pass too.
   */
  async publishBatch(events: EventEnvelope[]): Promise<BatchOutcome> {
    const js = this.js;
    if (!js || !this.connected || this.closing) throw moduleUnavailable('bus');
    const wire = events.map((e) => JSON.stringify(e));
    const limit = this.maxMessageBytes();
    const alone = limit === undefined ? -1 : wire.findIndex((w) => Buffer.byteLength(w) > limit - HEADROOM_BYTES);
    const pipelined = alone === -1 ? events.length : alone;
    const publish = (i: number) => js.publish(EVENT_PREFIX + events[i]!.subject, wire[i]!, { msgID: events[i]!.id, timeout: 5000 });
    const acks = Array.from({ length: pipelined }, (_, i) => publish(i));
    for (const [i, ack] of acks.entries()) {
      try {
        await ack;
      } catch (error) {
        for (const later of acks.slice(i + 1)) later.catch(() => undefined);
        return { handled: i, error };
      }
    }
    if (pipelined === events.length) return { handled: events.length };
    try {
      await publish(pipelined);
      return { handled: pipelined + 1 };
    } catch (error) {
      return { handled: pipelined, error };
    }
  }

  async consume(consumer: string, subjects: string[], handler: EventHandler, batch?: EventBatchHandler): Promise<void> {
    // One durable consumer per (consumer, subject): `filter_subjects` needs nats-server ≥ 2.10 and
    // Debian 12 ships 2.9, so each subject gets its own `filter_subject`.
    for (const subject of subjects) await this.consumeOne(`${consumer}__${subject.replace(/[.*>]/g, '_')}`, subject, handler, batch);
  }

  private async consumeOne(durable: string, subject: string, handler: EventHandler, batch?: EventBatchHandler): Promise<void> {
    const jsm = this.jsm!;
    const js = this.js!;
    try {
      await jsm.consumers.info(this.opts.stream, durable);
    } catch {
      await jsm.consumers
        .add(this.opts.stream, {
          durable_name: durable,
          ack_policy: AckPolicy.Explicit,
          deliver_policy: DeliverPolicy.All,
          filter_subject: EVENT_PREFIX + subject,
          ack_wait: 30 * SECOND_NS,
          max_deliver: -1,
        })
        .catch(async (e: unknown) => {
          // Another replica created it first.
          await jsm.consumers.info(this.opts.stream, durable).catch(() => {
            throw e;
          });
        });
    }
    const c = await js.consumers.get(this.opts.stream, durable);
    const messages = await c.consume({ max_messages: BATCH_MAX });
    this.stops.push(() => void messages.close());
    const next = messages[Symbol.asyncIterator]();
    void (async () => {
      // A `next()` asked for while gathering that had nothing yet: the next round starts from it.
      let ahead: Promise<IteratorResult<JsMsg>> | undefined;
      for (;;) {
        const first = await (ahead ?? next.next());
        ahead = undefined;
        if (first.done) return;
        // With a batch handler, the messages already pulled go with the first, in stream order: never
        // waiting for more than has arrived. Not `messages.getPending()`: it counts the re-pull the
        // iterator runs between messages as a message still to come (nats.js 3.x), so the loop waited
        // for one that never came and held the batch unacked until the ack wait redelivered it.
        const pulled = [first.value];
        while (batch && pulled.length < BATCH_MAX) {
          const more = next.next();
          const got = await Promise.race([more, afterArrived()]);
          if (got === NOTHING_YET || got.done) {
            ahead = more;
            break;
          }
          pulled.push(got.value);
        }
        await this.handleMessages(durable, pulled, handler, batch);
      }
    })();
  }

  /**
   * Several messages through the batch handler, acked once it committed them; a message it failed on
   * is nak'ed (redelivered after 2 s, as a single failure) and the ones after it are handled one by one.
   */
  private async handleMessages(durable: string, pulled: JsMsg[], handler: EventHandler, batch?: EventBatchHandler): Promise<void> {
    let from = 0;
    const envelopes = pulled.length > 1 && batch ? parseAll(pulled) : undefined;
    if (envelopes && batch) {
      const outcome = await batch(envelopes).catch((error: unknown) => ({ handled: 0, error }));
      for (const m of pulled.slice(0, outcome.handled)) m.ack();
      from = outcome.handled;
      if (from < pulled.length) {
        const failed = pulled[from++];
        this.opts.logger?.warn({ err: outcome.error, subject: failed.subject, consumer: durable }, 'event handler failed; will be redelivered');
        failed.nak(2000);
      }
    }
    for (const m of pulled.slice(from)) {
      try {
        await handler(JSON.parse(m.string()) as EventEnvelope);
        m.ack();
      } catch (e) {
        this.opts.logger?.warn({ err: e, subject: m.subject, consumer: durable }, 'event handler failed; will be redelivered');
        m.nak(2000);
      }
    }
  }

  isHealthy(): boolean {
    return this.connected && !this.closing;
  }

  async close(): Promise<void> {
    this.closing = true;
    natsConnected.set({ connection: this.opts.name }, 0);
    for (const [token, p] of this.pending) {
      this.pending.delete(token);
      clearTimeout(p.timer);
      p.reject(moduleUnavailable(p.module));
    }
    for (const stop of this.stops.splice(0)) stop();
    if (this.nc && !this.nc.isClosed()) await this.nc.drain().catch(() => this.nc?.close());
  }

  private requireConnection(): NatsConnection {
    if (!this.nc) throw new Error('NATS transport is not connected');
    return this.nc;
  }
}

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/**
 * Request and reply bodies larger than this cross NATS gzipped, marked with the header
 * `Content-Encoding: gzip`. Below it, compressing costs more CPU than the bytes it saves.
 */
export const COMPRESS_OVER_BYTES = 64 * 1024;
/** The header that marks a gzipped body (lower case, as `fromNats` gives header names). */
const CONTENT_ENCODING = 'content-encoding';

/** A request's or reply's body as the sender wrote it (unzipped when `wireBody` gzipped it). */
async function bodyOf(m: Msg): Promise<string> {
  return m.headers?.get(CONTENT_ENCODING) === 'gzip' ? (await gunzipAsync(m.data)).toString('utf8') : m.string();
}

/** Bytes NATS counts for a header block: `NATS/1.0\r\n`, then `key: value\r\n` per header, then `\r\n`. */
function headerBytes(headers: Headers): number {
  return Object.entries(headers).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(String(v)) + 4, 14);
}

/**
 * A body as it crosses NATS: gzipped when over COMPRESS_OVER_BYTES (with the header that says so).
 * Throws MessageTooLarge when it is still over the server's max_payload, headers included.
 */
async function wireBody(body: string, headers: Headers, max: number | undefined): Promise<{ data: string | Uint8Array; headers: Headers }> {
  const bytes = Buffer.byteLength(body);
  const wire = bytes > COMPRESS_OVER_BYTES ? { data: await gzipAsync(body), headers: { ...headers, [CONTENT_ENCODING]: 'gzip' } } : { data: body, headers };
  const size = typeof wire.data === 'string' ? bytes : wire.data.byteLength;
  if (max !== undefined && size + headerBytes(wire.headers) > max) throw new MessageTooLarge(max);
  return wire;
}

/** Room left for a message's headers (its id) under max_payload: an event this close to the limit is published alone. */
const HEADROOM_BYTES = 1024;

interface PendingRequest {
  module: string;
  resolve(reply: Reply): void;
  reject(e: unknown): void;
  timer: NodeJS.Timeout;
}

/** Messages a durable consumer pulls at a time, and so the largest batch it hands over. */
const BATCH_MAX = 64;

const NOTHING_YET = Symbol('nothing yet');

/**
 * Resolves after the pending I/O callbacks (`setImmediate`): an iterator `next()` for a message the
 * client already holds settles before it (microtasks), one for a message not yet arrived does not.
 */
function afterArrived(): Promise<typeof NOTHING_YET> {
  return new Promise((resolve) => setImmediate(() => resolve(NOTHING_YET)));
}

/** The envelopes of some messages, or undefined if one is not JSON (then each goes alone, and that one fails alone). */
function parseAll(messages: JsMsg[]): EventEnvelope[] | undefined {
  try {
    return messages.map((m) => JSON.parse(m.string()) as EventEnvelope);
  } catch {
    return undefined;
  }
}

function toNats(h: Headers): MsgHdrs {
  const out = natsHeaders();
  for (const [k, v] of Object.entries(h)) out.set(k, v);
  return out;
}

function fromNats(h?: MsgHdrs): Headers {
  const out: Headers = {};
  if (!h) return out;
  for (const k of h.keys()) out[k.toLowerCase()] = h.get(k);
  return out;
}
