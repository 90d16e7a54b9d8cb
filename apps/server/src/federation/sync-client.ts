import { randomUUID } from 'node:crypto';
import { ok, type Result } from '@concord/core';
import { fromSyncSignal, openEnvelope, type NodeCard } from '@concord/federation';
import { v1 } from '@concord/protocol';
import type { SubscriptionRecord } from '@concord/storage';
import { fail, type ServiceError } from '../accounts/service-error.ts';
import { SYSTEM_ACTOR, record, type Actor } from '../audit/audit-trail.ts';
import type { NodeContext } from '../node/node-context.ts';
import { sealTo, sealingKey, type SealingKey } from './messaging.ts';
import { ownDecryptionKey } from './own-card.ts';
import type { PeerDirectory } from './peer-directory.ts';
import { MAX_PAGE, SYNC_LIFETIME_MS } from './sync-server.ts';
import type { Transport } from './transport.ts';

/**
 * Subscribes to a bank a peer offered: a local bank (with the peer as its
 * origin) receives its signals, from change number 0.
 */
export async function subscribe(
  ctx: NodeContext,
  actor: Actor,
  peerNodeId: string,
  remoteBankId: string,
): Promise<Result<SubscriptionRecord, ServiceError>> {
  const offer = await ctx.storage.bankOffers.get(peerNodeId, remoteBankId);
  const peer = await ctx.storage.peers.get(peerNodeId);
  if (!offer || !peer) return fail('not_found', 'that peer has not offered that bank');
  if (
    (await ctx.storage.subscriptions.list()).some(
      (s) => s.peerNodeId === peerNodeId && s.remoteBankId === remoteBankId,
    )
  ) {
    return fail('already_subscribed', 'this node already subscribes to that bank');
  }
  const at = ctx.clock.now().toISOString();
  return ctx.storage.transaction(async (tx) => {
    const slug =
      `${peer.name}-${offer.name}`
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 54) || 'received';
    let name = offer.name;
    if (await tx.banks.findByName(name)) name = slug;
    if (await tx.banks.findByName(name)) name = `${slug}-${randomUUID().slice(0, 8)}`;
    const bank = await tx.banks.create({
      id: randomUUID(),
      name,
      description: offer.description,
      originNodeId: peerNodeId,
      handling: offer.handling,
      createdAt: at,
      updatedAt: at,
    });
    if ('kind' in bank)
      throw new Error('unreachable: the bank name was checked free in this transaction');
    const subscription: SubscriptionRecord = {
      id: randomUUID(),
      peerNodeId,
      remoteBankId,
      localBankId: bank.id,
      cursor: 0,
      status: 'active',
      createdAt: at,
      lastSyncAt: null,
      lastError: null,
      remoteHead: null,
    };
    const created = await tx.subscriptions.create(subscription);
    if (created) throw new Error('the subscription appeared while it was being created; try again');
    await record(tx, ctx.clock, actor, {
      action: 'subscription.create',
      outcome: 'success',
      objectType: 'subscription',
      objectId: subscription.id,
      details: { peer: peerNodeId, remoteBankId, localBank: name },
    });
    return ok(subscription);
  });
}

export interface PullReport {
  readonly pages: number;
  readonly signals: number;
  readonly tombstones: number;
  readonly cursor: number;
  readonly complete: boolean;
}

/** A page to apply, with the peer's head when the page reports one (version 2). */
export interface ReceivedPage {
  readonly page: v1.SyncPageV1;
  readonly head: number | null;
}

/**
 * Applies one page in one transaction, cursor included, so a crash at any
 * point resumes cleanly. `head` is the peer's latest change number as the
 * page reported it (version 2 pages); a complete page without one is its own
 * head, and an incomplete one leaves the goal unknown.
 */
export async function applyPage(
  ctx: NodeContext,
  subscription: SubscriptionRecord,
  page: v1.SyncPageV1,
  head: number | null = null,
): Promise<{ signals: number; tombstones: number }> {
  return applyPages(ctx, subscription, [{ page, head }]);
}

/**
 * Applies consecutive pages in one transaction, in order, with the cursor
 * of the last: as if each were applied in turn, with one commit. A crash
 * leaves all of them or none. Each page keeps its own `sync.applied` event.
 */
export async function applyPages(
  ctx: NodeContext,
  subscription: SubscriptionRecord,
  pages: readonly ReceivedPage[],
): Promise<{ signals: number; tombstones: number }> {
  const at = ctx.clock.now().toISOString();
  const totals = { signals: 0, tombstones: 0 };
  await ctx.storage.transaction(async (tx) => {
    let cursor = subscription.cursor;
    let remoteHead = subscription.remoteHead;
    for (const { page, head } of pages) {
      const fresh = page.items.filter((i) => i.changeSeq > cursor);
      const signals = fresh.flatMap((i) => (i.kind === 'signal' ? [fromSyncSignal(i)] : []));
      const tombstones = fresh.flatMap((i) => (i.kind === 'tombstone' ? [i.id] : []));
      await tx.signals.upsert(subscription.localBankId, signals, at);
      for (const remoteId of tombstones) {
        const held = await tx.signals.findByRemoteId(subscription.localBankId, remoteId);
        if (held && held.retractedAt === null)
          await tx.signals.retract(held.id, 'retracted or no longer shared by the sender', at);
      }
      cursor = Math.max(cursor, page.nextCursor);
      remoteHead = head ?? (page.complete ? page.nextCursor : null);
      totals.signals += signals.length;
      totals.tombstones += tombstones.length;
      await record(
        tx,
        ctx.clock,
        { ...SYSTEM_ACTOR, name: 'sync' },
        {
          action: 'sync.applied',
          outcome: 'success',
          objectType: 'subscription',
          objectId: subscription.id,
          details: {
            to: page.nextCursor,
            signals: signals.length,
            tombstones: tombstones.length,
          },
        },
      );
    }
    await tx.subscriptions.update(subscription.id, {
      cursor,
      remoteHead,
      lastSyncAt: at,
      lastError: null,
    });
  });
  return totals;
}

/** A page as fetched: its version, and the peer's head when the page reports one. */
interface FetchedPage extends ReceivedPage {
  readonly version: number;
}

/**
 * Asks the peer for the page after `cursor` and opens it: it must come from
 * that peer, sealed for this node, and be a page of the subscribed bank, in
 * the version asked for. The peer and its keys were looked up when the pull
 * began (`link`), so fetching reads nothing from this node's database and
 * goes on while a transaction holds it. Nothing is stored here, so a page
 * fetched ahead can be dropped unread. A peer that refuses version 2 (an
 * older node) is asked again in version 1.
 */
async function fetchPage(
  ctx: NodeContext,
  directory: PeerDirectory,
  transport: Transport,
  link: { readonly recipient: SealingKey; readonly card: NodeCard },
  subscription: SubscriptionRecord,
  cursor: number,
  version: number,
): Promise<Result<FetchedPage, ServiceError>> {
  const { peer } = link.recipient;
  const request = await sealTo(
    ctx,
    link.recipient,
    'bank.sync_request',
    { bankId: subscription.remoteBankId, cursor, limit: MAX_PAGE },
    null,
    SYNC_LIFETIME_MS,
    version,
  );
  const answer = await transport.post(
    { endpoint: link.card.endpoint, tlsCertificateSha256: link.card.tlsCertificateSha256 },
    '/federation/v1/sync',
    { envelope: request.envelope },
  );
  if (
    version > 1 &&
    answer.kind === 'answered' &&
    refusalCode(answer.body) === 'unsupported_schema_version'
  )
    return fetchPage(ctx, directory, transport, link, subscription, cursor, version - 1);
  const problem =
    answer.kind === 'unreachable'
      ? `cannot reach ${link.card.endpoint}: ${answer.message}`
      : answer.status !== 200
        ? describeRefusal(answer.body, answer.status)
        : null;
  const transfer =
    answer.kind === 'answered' && answer.status === 200
      ? v1.EnvelopeTransfer.safeParse(answer.body)
      : null;
  if (problem || !transfer?.success)
    return fail('sync_failed', problem ?? 'the peer answered without a page');
  const now = ctx.clock.now();
  const opened = await openEnvelope(transfer.data.envelope, {
    myNodeId: ctx.identity.nodeId,
    now,
    resolveSender: async (nodeId, kid) =>
      nodeId === peer.nodeId
        ? directory.signingKeyOf(peer, kid, now)
        : { refused: 'unknown_sender' },
    decryptionKey: (kid) => ownDecryptionKey(ctx, kid),
    seen: async () => false,
    // The page must be in the version asked for: an older page would hide the head.
    supportedVersions: (type) => (type === 'bank.sync_page' ? [version] : []),
  });
  const page = opened.ok
    ? (version === 2 ? v1.SyncPageV2 : v1.SyncPageV1).safeParse(opened.value.payload)
    : null;
  if (!opened.ok || !page?.success || page.data.bankId !== subscription.remoteBankId) {
    return fail(
      'sync_failed',
      opened.ok
        ? 'the page does not match the request'
        : `the page was refused: ${opened.error.message}`,
    );
  }
  const head = 'head' in page.data && typeof page.data.head === 'number' ? page.data.head : null;
  return ok({ page: page.data, head, version });
}

/** Pages fetched and waiting to be applied, at most: a bound on memory. */
export const PAGES_AHEAD = 6;
/** Changes applied in one transaction at most, when several pages are waiting. */
export const MAX_CHANGES_PER_COMMIT = 25_000;

/**
 * Pulls a subscription up to date. Pages are fetched one after another (each
 * request names the cursor the page before ended at) while the pages already
 * received are applied, so the peer's reading and sealing overlap our
 * writing. Whatever has arrived when the store is free is applied in one
 * transaction, cursor included, up to MAX_CHANGES_PER_COMMIT changes: when
 * writing is the slower side, pages wait and commits grow, which is what
 * makes a large sync fast (each commit rewrites the index pages it touched).
 * A crash keeps every commit made and loses only pages not yet applied; the
 * next pull starts from the stored cursor. The peer and its keys are read
 * once, when the pull begins.
 */
export async function pullSubscription(
  ctx: NodeContext,
  directory: PeerDirectory,
  transport: Transport,
  subscriptionId: string,
  maxPages = Infinity,
): Promise<Result<PullReport, ServiceError>> {
  const start = await ctx.storage.subscriptions.get(subscriptionId);
  if (!start) return fail('not_found', 'no such subscription');
  const recipient = await sealingKey(ctx, directory, start.peerNodeId);
  const card = recipient.ok ? await directory.card(recipient.value.peer, ctx.clock.now()) : null;
  if (!recipient.ok || !card)
    return fail('not_found', 'the subscription’s peer is gone or its card no longer verifies');
  const link = { recipient: recipient.value, card };

  const waiting = new PageQueue(PAGES_AHEAD);
  const fetching = (async () => {
    let cursor = start.cursor;
    let version = 2;
    for (let fetched = 0; fetched < maxPages && !waiting.stopped; fetched++) {
      const page = await fetchPage(ctx, directory, transport, link, start, cursor, version);
      if (!page.ok) return waiting.end(page.error);
      await waiting.push(page.value);
      if (page.value.page.complete) break;
      cursor = Math.max(cursor, page.value.page.nextCursor);
      version = page.value.version;
    }
    waiting.end(null);
  })();

  let subscription = start;
  const totals = { pages: 0, signals: 0, tombstones: 0 };
  let complete = false;
  try {
    for (let group = await waiting.take(MAX_CHANGES_PER_COMMIT); group.length > 0;) {
      const applied = await applyPages(ctx, subscription, group);
      const last = group.at(-1)?.page;
      totals.pages += group.length;
      totals.signals += applied.signals;
      totals.tombstones += applied.tombstones;
      complete = last?.complete ?? complete;
      subscription = {
        ...subscription,
        cursor: Math.max(subscription.cursor, last?.nextCursor ?? 0),
      };
      group = await waiting.take(MAX_CHANGES_PER_COMMIT);
    }
  } finally {
    // A failed commit stops the fetching; pages fetched ahead are dropped.
    waiting.stop();
    await fetching;
  }
  const failure = waiting.failure;
  if (failure) {
    if (failure.code === 'sync_failed')
      await ctx.storage.subscriptions.update(subscription.id, { lastError: failure.message });
    return { ok: false, error: failure };
  }
  return ok({ ...totals, cursor: subscription.cursor, complete });
}

/**
 * The pages between the fetching and the applying of a pull: at most
 * `capacity` wait; `take` hands over all that wait (at least one, up to a
 * number of changes), or none once fetching has ended.
 */
class PageQueue {
  readonly #pages: FetchedPage[] = [];
  #ended = false;
  #stopped = false;
  #failure: ServiceError | null = null;
  #wakeTaker: (() => void) | null = null;
  #wakePusher: (() => void) | null = null;

  constructor(readonly capacity: number) {}

  get stopped(): boolean {
    return this.#stopped;
  }

  get failure(): ServiceError | null {
    return this.#failure;
  }

  async push(page: FetchedPage): Promise<void> {
    while (this.#pages.length >= this.capacity && !this.#stopped)
      await new Promise<void>((resolve) => (this.#wakePusher = resolve));
    this.#pages.push(page);
    this.#wake();
  }

  /** Fetching is over: every page came, or `failure` stopped it. */
  end(failure: ServiceError | null): void {
    this.#ended = true;
    this.#failure = failure;
    this.#wake();
  }

  /** Applying is over (it failed): fetching stops at its next page. */
  stop(): void {
    this.#stopped = true;
    this.#wake();
  }

  async take(maxChanges: number): Promise<FetchedPage[]> {
    while (this.#pages.length === 0 && !this.#ended)
      await new Promise<void>((resolve) => (this.#wakeTaker = resolve));
    let changes = 0;
    let count = 0;
    for (const { page } of this.#pages) {
      if (count > 0 && changes + page.items.length > maxChanges) break;
      changes += page.items.length;
      count += 1;
    }
    const taken = this.#pages.splice(0, count);
    this.#wake();
    return taken;
  }

  #wake(): void {
    const taker = this.#wakeTaker;
    const pusher = this.#wakePusher;
    this.#wakeTaker = null;
    this.#wakePusher = null;
    taker?.();
    pusher?.();
  }
}

function refusalCode(body: unknown): string | null {
  const parsed = v1.ErrorBody.safeParse(body);
  return parsed.success ? parsed.data.error.code : null;
}

function describeRefusal(body: unknown, status: number): string {
  const parsed = v1.ErrorBody.safeParse(body);
  return parsed.success
    ? `refused with ${parsed.data.error.code}: ${parsed.data.error.message}`
    : `answered HTTP ${status}`;
}
