import { randomUUID } from 'node:crypto';
import { ok, type Result } from '@concord/core';
import { fromSyncSignal, type NodeCard } from '@concord/federation';
import { v1 } from '@concord/protocol';
import type { SubscriptionRecord } from '@concord/storage';
import { fail, type ServiceError } from '../accounts/service-error.ts';
import { SYSTEM_ACTOR, record, type Actor } from '../audit/audit-trail.ts';
import type { NodeContext } from '../node/node-context.ts';
import { sealTo, sealingKey, type SealingKey } from './messaging.ts';
import { ownDecryptionKeys } from './own-card.ts';
import { PageOpener, type ReceivedPage } from './page-opener.ts';
import type { PeerDirectory } from './peer-directory.ts';
import { MAX_PAGE, SYNC_LIFETIME_MS } from './sync-server.ts';
import type { Transport, TransportResponse } from './transport.ts';

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
  const queue = [...pages];
  const applied = await applyPageStream(
    ctx,
    subscription,
    async () => queue.shift() ?? null,
    Infinity,
  );
  return { signals: applied.signals, tombstones: applied.tombstones };
}

/** What one transaction of a pull applied. */
interface Applied {
  readonly pages: number;
  readonly signals: number;
  readonly tombstones: number;
  readonly cursor: number;
  readonly complete: boolean;
}

/**
 * Applies pages as `next` hands them over, in one transaction, until it
 * hands over none or the pages hold `maxChanges` changes; then moves the
 * cursor to the last and commits. `next` may wait for the network: it must
 * not use the database (the transaction holds it) and should not wait long.
 */
async function applyPageStream(
  ctx: NodeContext,
  subscription: SubscriptionRecord,
  next: () => Promise<ReceivedPage | null>,
  maxChanges: number,
): Promise<Applied> {
  const at = ctx.clock.now().toISOString();
  return ctx.storage.transaction(async (tx) => {
    const done = {
      pages: 0,
      signals: 0,
      tombstones: 0,
      cursor: subscription.cursor,
      complete: false,
    };
    let remoteHead = subscription.remoteHead;
    for (let changes = 0, received = await next(); received; received = await next()) {
      const { page, head } = received;
      const fresh = page.items.filter((i) => i.changeSeq > done.cursor);
      const signals = fresh.flatMap((i) => (i.kind === 'signal' ? [fromSyncSignal(i)] : []));
      const tombstones = fresh.flatMap((i) => (i.kind === 'tombstone' ? [i.id] : []));
      await tx.signals.upsert(subscription.localBankId, signals, at);
      for (const remoteId of tombstones) {
        const held = await tx.signals.findByRemoteId(subscription.localBankId, remoteId);
        if (held && held.retractedAt === null)
          await tx.signals.retract(held.id, 'retracted or no longer shared by the sender', at);
      }
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
      done.pages += 1;
      done.signals += signals.length;
      done.tombstones += tombstones.length;
      done.cursor = Math.max(done.cursor, page.nextCursor);
      done.complete = page.complete;
      remoteHead = head ?? (page.complete ? page.nextCursor : null);
      changes += page.items.length;
      if (changes >= maxChanges) break;
      // Writing a page keeps this thread busy for a while (SQLite is
      // synchronous): let the pull's fetching, and the node's HTTP, run.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    if (done.pages > 0)
      await tx.subscriptions.update(subscription.id, {
        cursor: done.cursor,
        remoteHead,
        lastSyncAt: at,
        lastError: null,
      });
    return done;
  });
}

/** The peer as a pull reads it once, when it begins: its record, keys and verified card. */
interface PullLink {
  readonly recipient: SealingKey;
  readonly card: NodeCard;
  /** Opens the pages, with the peer's card and this node's keys as they were then. */
  readonly opener: PageOpener;
}

/**
 * Seals a request for the page after `cursor` and sends it; the answer comes
 * later. The peer and its keys were looked up when the pull began (`link`),
 * so this reads nothing from this node's database and goes on while a
 * page's transaction holds it.
 */
async function askPage(
  ctx: NodeContext,
  transport: Transport,
  link: PullLink,
  subscription: SubscriptionRecord,
  cursor: number,
  version: number,
): Promise<TransportResponse> {
  const request = await sealTo(
    ctx,
    link.recipient,
    'bank.sync_request',
    { bankId: subscription.remoteBankId, cursor, limit: MAX_PAGE },
    null,
    SYNC_LIFETIME_MS,
    version,
  );
  return transport.post(
    { endpoint: link.card.endpoint, tlsCertificateSha256: link.card.tlsCertificateSha256 },
    '/federation/v1/sync',
    { envelope: request.envelope },
  );
}

/** The peer's answer to a page request, read but not yet opened. */
function readAnswer(
  answer: TransportResponse,
  link: PullLink,
): Result<v1.SyncPageTransfer, ServiceError> {
  const problem =
    answer.kind === 'unreachable'
      ? `cannot reach ${link.card.endpoint}: ${answer.message}`
      : answer.status !== 200
        ? describeRefusal(answer.body, answer.status)
        : null;
  const transfer =
    answer.kind === 'answered' && answer.status === 200
      ? v1.SyncPageTransfer.safeParse(answer.body)
      : null;
  if (problem || !transfer?.success)
    return fail('sync_failed', problem ?? 'the peer answered without a page');
  return ok(transfer.data);
}

/**
 * Fetches pages one after another into `waiting`, from `cursor` on, at most
 * `maxPages`. The request goes as version 3 (a compressed page with the
 * peer's head); a peer that refuses that version (an older node) is asked
 * in the version before, down to 1, and in that version from then on.
 * A version 2 or 3 answer says where its page ends, so the next request
 * leaves before this page is opened and the peer builds the next page while
 * this node opens and applies; the sealed page must agree with what its
 * answer said.
 */
async function fetchPages(
  ctx: NodeContext,
  transport: Transport,
  link: PullLink,
  subscription: SubscriptionRecord,
  maxPages: number,
  waiting: PageQueue,
): Promise<void> {
  let version = 3;
  let cursor = subscription.cursor;
  const ask = (at: number) => {
    const answer = askPage(ctx, transport, link, subscription, at, version);
    // Seen when awaited; a request left behind by a failure must not count as unhandled.
    answer.catch(() => undefined);
    return answer;
  };
  let answer = ask(cursor);
  for (let fetched = 0; !waiting.stopped; fetched++) {
    let received = await answer;
    while (
      version > 1 &&
      received.kind === 'answered' &&
      refusalCode(received.body) === 'unsupported_schema_version'
    ) {
      version -= 1;
      received = await ask(cursor);
    }
    const transfer = readAnswer(received, link);
    if (!transfer.ok) return waiting.end(transfer.error);
    const said = transfer.value.next;
    const early = said && !said.complete && fetched + 1 < maxPages ? ask(said.cursor) : null;
    const page = await link.opener.open(
      transfer.value.envelope,
      { bankId: subscription.remoteBankId, version },
      ctx.clock.now(),
    );
    if (!page.ok) return waiting.end(page.error);
    const { nextCursor, complete } = page.value.page;
    if (said && (said.cursor !== nextCursor || said.complete !== complete)) {
      const refused = fail(
        'sync_failed',
        `the page ends at change ${nextCursor}, not at ${said.cursor} as its answer said`,
      );
      return waiting.end(refused.error);
    }
    await waiting.push(page.value);
    if (complete || fetched + 1 >= maxPages) break;
    // More pages to come: open them beside the applying, in a worker thread
    // (which starts while this page is applied).
    link.opener.inWorker();
    cursor = Math.max(cursor, nextCursor);
    answer = early ?? ask(cursor);
  }
  waiting.end(null);
}

/** Pages fetched and waiting to be applied, at most: a bound on memory. */
const PAGES_AHEAD = 6;
/** Changes applied in one transaction at most. */
const MAX_CHANGES_PER_COMMIT = 25_000;
/** How long a transaction waits for the next page before it commits what it has. */
const PAGE_WAIT_IN_COMMIT_MS = 2000;

/**
 * Pulls a subscription up to date. Pages are fetched one after another (each
 * request names the cursor the page before ended at) while the pages already
 * received are applied, so the peer's reading and sealing overlap our
 * writing. A transaction starts with the first page waiting and takes the
 * next ones as they arrive, up to MAX_CHANGES_PER_COMMIT changes, then moves
 * the cursor and commits: each commit rewrites every index page it touched,
 * and the signal indexes are keyed by hash values, so at a million signals
 * five pages to a commit cost far less than five commits. A page that does
 * not come within PAGE_WAIT_IN_COMMIT_MS ends the transaction early. A crash
 * keeps every commit made and loses only pages not yet committed; the next
 * pull starts from the stored cursor. The peer and its keys are read once,
 * when the pull begins. When more than one page comes, the pages after the
 * first are opened in a worker thread (PageOpener), beside the writing.
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
  // Refused with its reason: a peer removed, suspended, or whose card no longer verifies.
  const recipient = await sealingKey(ctx, directory, start.peerNodeId);
  if (!recipient.ok) return recipient;
  const card = await directory.card(recipient.value.peer, ctx.clock.now());
  if (!card) return fail('not_found', 'the subscription’s peer card no longer verifies');
  const opener = new PageOpener({
    myNodeId: ctx.identity.nodeId,
    peerNodeId: recipient.value.peer.nodeId,
    card,
    decryption: ownDecryptionKeys(ctx),
  });
  const link: PullLink = { recipient: recipient.value, card, opener };

  const waiting = new PageQueue(PAGES_AHEAD);
  // Ended whatever happens, so the applying never waits for pages that will not come;
  // an exception is rethrown below, once the pages fetched before it are applied.
  const fetching = fetchPages(ctx, transport, link, start, maxPages, waiting).finally(() =>
    waiting.end(null),
  );
  fetching.catch(() => undefined);

  let subscription = start;
  const totals = { pages: 0, signals: 0, tombstones: 0 };
  let complete = false;
  try {
    for (let first = await waiting.next(null); first; first = await waiting.next(null)) {
      // The transaction starts with the first page that came and takes the
      // ones that follow as they come, up to a commit's worth of changes; a
      // page slow to come ends it early, so the store is not held waiting.
      let given: ReceivedPage | null = first;
      const applied = await applyPageStream(
        ctx,
        subscription,
        async () => {
          const page = given ?? (await waiting.next(PAGE_WAIT_IN_COMMIT_MS));
          given = null;
          return page;
        },
        MAX_CHANGES_PER_COMMIT,
      );
      totals.pages += applied.pages;
      totals.signals += applied.signals;
      totals.tombstones += applied.tombstones;
      complete = applied.complete;
      subscription = { ...subscription, cursor: applied.cursor };
    }
  } finally {
    // A failed commit stops the fetching; pages fetched ahead are dropped.
    waiting.stop();
    await fetching;
    await opener.close();
  }
  const failure = waiting.failure;
  if (failure) {
    if (failure.code === 'sync_failed')
      await ctx.storage.subscriptions.update(subscription.id, { lastError: failure.message });
    return { ok: false, error: failure };
  }
  return ok({ ...totals, cursor: subscription.cursor, complete });
}

/** The pages between the fetching and the applying of a pull: at most `capacity` wait. */
class PageQueue {
  readonly #pages: ReceivedPage[] = [];
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

  async push(page: ReceivedPage): Promise<void> {
    while (this.#pages.length >= this.capacity && !this.#stopped)
      await new Promise<void>((resolve) => (this.#wakePusher = resolve));
    this.#pages.push(page);
    this.#wake();
  }

  /** Fetching is over: every page came, or `failure` stopped it. Only the first call counts. */
  end(failure: ServiceError | null): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#failure = failure;
    this.#wake();
  }

  /** Applying is over (it failed): fetching stops at its next page. */
  stop(): void {
    this.#stopped = true;
    this.#wake();
  }

  /**
   * The oldest page waiting. With none, waits for one until fetching ends
   * (then null), or for `timeoutMs` at most (then null, fetching going on).
   */
  async next(timeoutMs: number | null): Promise<ReceivedPage | null> {
    if (this.#pages.length === 0 && !this.#ended && !this.#stopped) {
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        this.#wakeTaker = resolve;
        if (timeoutMs !== null) timer = setTimeout(resolve, timeoutMs);
      });
      clearTimeout(timer);
    }
    const page = this.#pages.shift() ?? null;
    this.#wake();
    return page;
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
