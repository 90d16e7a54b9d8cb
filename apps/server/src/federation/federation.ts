import type { HandlingCode, Result } from '@concord/core';
import type { ServiceError } from '../accounts/service-error.ts';
import type { NodeContext } from '../node/node-context.ts';
import { deliverDue } from './delivery.ts';
import {
  receiveBatch,
  receiveEnvelope,
  sendMessage,
  type Receipted,
  type ReceiptVersion,
  type Rejection,
} from './messaging.ts';
import { PeerDirectory } from './peer-directory.ts';
import { pullSubscription, type PullReport } from './sync-client.ts';
import { answerSync, SyncReadAhead, type SyncRejection } from './sync-server.ts';
import { httpTransport, type Transport } from './transport.ts';

export interface FederationOptions {
  readonly transport?: Transport;
  /** How often the outbox is checked for due messages. */
  readonly deliveryIntervalMs?: number;
  /**
   * How long a new message waits for others to join it in one request
   * (10 ms by default): under load a request carries many, at a cost to each
   * message's latency of at most this.
   */
  readonly deliveryLingerMs?: number;
  /** How often active subscriptions pull (0: only when asked). */
  readonly syncIntervalMs?: number;
}

/**
 * A node's federation at run time: its peers, the outbox's delivery loop,
 * the inbox, and bank sync in both directions.
 */
export class Federation {
  readonly directory: PeerDirectory;
  readonly transport: Transport;
  /** Sync pages built ahead for the peers pulling from this node. */
  readonly readAhead = new SyncReadAhead();
  readonly #ctx: NodeContext;
  readonly #options: FederationOptions;
  #timers: NodeJS.Timeout[] = [];
  #onError: (error: unknown) => void = () => undefined;
  #soon: NodeJS.Timeout | null = null;
  #delivering: Promise<number> | null = null;
  #queued: Promise<number> | null = null;

  constructor(ctx: NodeContext, options: FederationOptions = {}) {
    this.#ctx = ctx;
    this.#options = options;
    this.transport = options.transport ?? httpTransport;
    this.directory = new PeerDirectory(ctx.storage);
  }

  /** Queues a message for a peer and, if the loop runs, sends it soon (after the linger). */
  async send(
    peerNodeId: string,
    type: string,
    payload: unknown,
    handling: HandlingCode | null,
  ): Promise<Result<{ messageId: string }, ServiceError>> {
    const sent = await sendMessage(this.#ctx, this.directory, peerNodeId, type, payload, handling);
    if (sent.ok && this.#timers.length > 0) this.#deliverSoon();
    return sent;
  }

  /** One delivery pass a linger from now, shared by every message queued until then. */
  #deliverSoon(): void {
    if (this.#soon !== null) return;
    this.#soon = setTimeout(() => {
      this.#soon = null;
      void this.deliver().catch(this.#onError);
    }, this.#options.deliveryLingerMs ?? 10);
    this.#soon.unref();
  }

  receive(
    envelope: string,
    clientAddress: string | null,
  ): Promise<Result<{ receipt: string }, Rejection>> {
    return receiveEnvelope(this.#ctx, this.directory, envelope, clientAddress);
  }

  /** Several envelopes of one peer, in order; the answer stops at the first refusal. */
  receiveBatch(
    envelopes: readonly string[],
    clientAddress: string | null,
    receiptVersion: ReceiptVersion = 1,
  ): Promise<Receipted[]> {
    return receiveBatch(this.#ctx, this.directory, envelopes, clientAddress, receiptVersion);
  }

  answerSync(
    envelope: string,
    clientAddress: string | null,
  ): Promise<Result<{ envelope: string }, SyncRejection>> {
    return answerSync(this.#ctx, this.directory, envelope, clientAddress, this.readAhead);
  }

  /**
   * Delivers what is due, including everything queued before the call: a
   * call during a pass waits for one more pass, which later callers share.
   * Returns how many the pass it waited for delivered.
   */
  deliver(): Promise<number> {
    if (this.#delivering === null) {
      this.#delivering = deliverDue(this.#ctx, this.directory, this.transport).finally(() => {
        this.#delivering = null;
      });
      return this.#delivering;
    }
    this.#queued ??= this.#delivering
      .catch(() => 0)
      .then(() => {
        this.#queued = null;
        return this.deliver();
      });
    return this.#queued;
  }

  pull(subscriptionId: string, maxPages?: number): Promise<Result<PullReport, ServiceError>> {
    return pullSubscription(this.#ctx, this.directory, this.transport, subscriptionId, maxPages);
  }

  /** Pulls every active subscription once; failures stay on each subscription. */
  async pullAll(): Promise<void> {
    for (const s of await this.#ctx.storage.subscriptions.list())
      if (s.status === 'active') await this.pull(s.id);
  }

  /** Starts the background loops (delivery every second, sync every minute by default). */
  start(onError: (error: unknown) => void): void {
    this.#onError = onError;
    const every = (ms: number, fn: () => Promise<unknown>) => {
      if (ms <= 0) return;
      const timer = setInterval(() => void fn().catch(onError), ms);
      timer.unref();
      this.#timers.push(timer);
    };
    every(this.#options.deliveryIntervalMs ?? 1000, () => this.deliver());
    every(this.#options.syncIntervalMs ?? 60_000, () => this.pullAll());
  }

  stop(): void {
    for (const t of this.#timers) clearInterval(t);
    this.#timers = [];
    if (this.#soon !== null) clearTimeout(this.#soon);
    this.#soon = null;
    this.readAhead.clear();
  }
}
