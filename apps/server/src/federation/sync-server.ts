import { err, ok, type Result } from '@concord/core';
import { openEnvelope, rulesFor, shareSignal, toSyncSignal } from '@concord/federation';
import { v1 } from '@concord/protocol';
import { SYSTEM_ACTOR, record } from '../audit/audit-trail.ts';
import type { BankRecord, SharingRuleRecord } from '@concord/storage';
import type { NodeContext } from '../node/node-context.ts';
import { sealTo, sealingKey, type Rejection, type SealingKey } from './messaging.ts';
import { ownDecryptionKey } from './own-card.ts';
import type { PeerDirectory } from './peer-directory.ts';

/** A page of sync answers at most this many changes, whatever the request asks. */
export const MAX_PAGE = 5000;
/** Sync requests and pages are short-lived: they are a question and its answer. */
export const SYNC_LIFETIME_MS = 5 * 60_000;

/** The sync request versions this node answers; a page goes back in the request's version. */
const SYNC_VERSIONS: readonly number[] = [1, 2, 3];

export type SyncRejection = Rejection | { readonly code: 'not_shared'; readonly message: string };

/** What a page for a peer is decided by, besides the bank's changes: the bank and the rules that reach the peer. */
interface SharingBasis {
  readonly bank: BankRecord;
  readonly rules: readonly SharingRuleRecord[];
}

/** The bank and its rules for this peer; null when the bank is not shared with it (or does not exist). */
async function sharingBasis(
  ctx: NodeContext,
  peerNodeId: string,
  bankId: string,
): Promise<SharingBasis | null> {
  const bank = await ctx.storage.banks.get(bankId);
  if (!bank) return null;
  const rules = rulesFor(
    await ctx.storage.sharing.listRules(bank.id),
    await ctx.storage.sharing.listGroups(),
    peerNodeId,
  );
  return rules.length === 0 ? null : { bank, rules };
}

/** A page of a bank's changes for one peer, with how many went as signals and the bank's head. */
interface BuiltPage {
  readonly page: v1.SyncPageV1;
  readonly shared: number;
  readonly head: number;
}

/**
 * The changes of a bank after `cursor` as one page for one peer: each change
 * goes as the signal (when a sharing rule and the policy let it go to that
 * peer, under the narrowed handling code) or as a tombstone (retracted, or no
 * longer shared with it). Used online (answerSync) and for offline bundles.
 */
export async function buildSyncPage(
  ctx: NodeContext,
  peerNodeId: string,
  bankId: string,
  cursor: number,
  limit: number,
): Promise<Result<BuiltPage, SyncRejection>> {
  const basis = await sharingBasis(ctx, peerNodeId, bankId);
  // The same answer whether the bank exists or not: nothing is disclosed.
  if (!basis) return err('not_shared', 'no bank with this id is shared with you');
  return ok(await pageFrom(ctx, basis, peerNodeId, cursor, limit));
}

async function pageFrom(
  ctx: NodeContext,
  { bank, rules }: SharingBasis,
  peerNodeId: string,
  cursor: number,
  limit: number,
): Promise<BuiltPage> {
  const size = Math.min(limit, MAX_PAGE);
  const changes = await ctx.storage.signals.changesSince(bank.id, cursor, size);
  const at = ctx.clock.now().toISOString();
  let shared = 0;
  const items: v1.SyncItemV1[] = changes.map((signal) => {
    const decision =
      signal.retractedAt === null
        ? shareSignal(signal, bank, rules, peerNodeId, ctx.identity.nodeId, at)
        : null;
    if (!decision?.share) return { kind: 'tombstone', changeSeq: signal.changeSeq, id: signal.id };
    shared += 1;
    return toSyncSignal(signal, decision.handling, ctx.identity.nodeId);
  });
  const nextCursor = changes.at(-1)?.changeSeq ?? cursor;
  return {
    page: { bankId: bank.id, items, nextCursor, complete: changes.length < size },
    shared,
    // The bank as read before its changes: a change made in between can put
    // the page past it, and the goal is never behind the page.
    head: Math.max(bank.changeSeq, nextCursor),
  };
}

/** A page request: which peer asks for what. */
interface PageRequest {
  readonly peerNodeId: string;
  readonly bankId: string;
  readonly cursor: number;
  readonly limit: number;
  readonly version: number;
}

/** A page built and sealed for a request, with what it was built from (see `basisOf`). */
interface PreparedPage extends BuiltPage {
  readonly basis: string;
  readonly envelope: string;
}

/**
 * Everything a page's content and sealing depend on besides the changes
 * themselves, as one string: the bank record (its change counter moves
 * with every change of its signals, its count with every purge), the rules
 * that reach the peer, and the peer's status and key. Refused (not_shared)
 * when the bank is not shared with the peer or the peer may not be sent to.
 */
async function basisOf(
  ctx: NodeContext,
  directory: PeerDirectory,
  request: PageRequest,
): Promise<
  Result<
    { readonly sharing: SharingBasis; readonly sealing: SealingKey; readonly key: string },
    SyncRejection
  >
> {
  const sharing = await sharingBasis(ctx, request.peerNodeId, request.bankId);
  if (!sharing) return err('not_shared', 'no bank with this id is shared with you');
  const sealing = await sealingKey(ctx, directory, request.peerNodeId);
  if (!sealing.ok) return err('not_shared', sealing.error.message);
  const { peer, key } = sealing.value;
  return ok({
    sharing,
    sealing: sealing.value,
    key: JSON.stringify([sharing.bank, sharing.rules, peer.status, key.kid, key.publicKey]),
  });
}

/** Builds and seals the page a request asks for, as of now. */
async function preparePage(
  ctx: NodeContext,
  directory: PeerDirectory,
  request: PageRequest,
): Promise<Result<PreparedPage, SyncRejection>> {
  const basis = await basisOf(ctx, directory, request);
  if (!basis.ok) return basis;
  const built = await pageFrom(
    ctx,
    basis.value.sharing,
    request.peerNodeId,
    request.cursor,
    request.limit,
  );
  // A page in the version it was asked in: a version 1 requester does not
  // read the head, and only a version 3 one reads a compressed page.
  const sealed = await sealTo(
    ctx,
    basis.value.sealing,
    'bank.sync_page',
    request.version >= 2
      ? ({ ...built.page, head: built.head } satisfies v1.SyncPageV2)
      : built.page,
    null,
    SYNC_LIFETIME_MS,
    request.version,
    request.version >= 3,
  );
  return ok({ ...built, basis: basis.value.key, envelope: sealed.envelope });
}

function requestKey(r: PageRequest): string {
  return JSON.stringify([r.peerNodeId, r.bankId, r.cursor, r.limit, r.version]);
}

/** Which pull a request belongs to: one peer's sync of one bank. */
function pullKey(r: PageRequest): string {
  return JSON.stringify([r.peerNodeId, r.bankId]);
}

/** A page being built for a request expected next, and when it was begun. */
interface AheadPage {
  readonly request: string;
  readonly begun: number;
  readonly ready: Promise<PreparedPage | null>;
}

/**
 * Pages built ahead for pulls in progress. A pull asks for its pages one
 * after another, each from where the last ended; between two requests the
 * puller opens and writes the page it got, and this node would wait. So,
 * once a page is served and more follow, the next one is read, decided and
 * sealed at once, and kept (in memory, one a pull) for the request that
 * follows.
 *
 * A page built ahead is served only if it is exactly what the request would
 * get if built at that moment: the same peer, bank, cursor, limit and
 * version, begun less than `maxAgeMs` ago (times in a page, and retention
 * decided against the time it was built), and the same basis (`basisOf`:
 * no change of the bank, its signals, its rules, the groups reaching the
 * peer, or the peer's status and key since). Otherwise it is dropped and
 * the page built afresh. Nothing leaves before it is asked for; the served
 * page is audited when it is served, like any other.
 */
export class SyncReadAhead {
  readonly #pages = new Map<string, AheadPage>();
  /** Pages built ahead; of those, served; and dropped as no longer what their request would get. */
  readonly counts = { built: 0, served: 0, dropped: 0 };

  constructor(
    readonly maxAgeMs = 5000,
    readonly maxPulls = 8,
  ) {}

  /** How many pages are held or being built. */
  get size(): number {
    return this.#pages.size;
  }

  /** Begins building the page for `request`, replacing any other held for its pull. */
  prepare(ctx: NodeContext, directory: PeerDirectory, request: PageRequest): void {
    const pull = pullKey(request);
    this.#pages.delete(pull);
    while (this.#pages.size >= this.maxPulls) {
      const oldest = this.#pages.keys().next();
      if (oldest.done) break;
      this.#pages.delete(oldest.value);
    }
    const ready = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => preparePage(ctx, directory, request))
      // A failure here is met again, and reported, when the page is built on request.
      .then(
        (prepared) => (prepared.ok ? prepared.value : null),
        () => null,
      );
    this.counts.built += 1;
    this.#pages.set(pull, {
      request: requestKey(request),
      begun: ctx.clock.now().getTime(),
      ready,
    });
  }

  /** The page built ahead for `request`, if it is still what the request would get now. */
  async take(
    ctx: NodeContext,
    directory: PeerDirectory,
    request: PageRequest,
  ): Promise<PreparedPage | null> {
    const pull = pullKey(request);
    const held = this.#pages.get(pull);
    if (!held) return null;
    this.#pages.delete(pull);
    const prepared = held.request === requestKey(request) ? await held.ready : null;
    const now =
      prepared && ctx.clock.now().getTime() - held.begun <= this.maxAgeMs
        ? await basisOf(ctx, directory, request)
        : null;
    if (prepared && now?.ok && now.value.key === prepared.basis) {
      this.counts.served += 1;
      return prepared;
    }
    this.counts.dropped += 1;
    return null;
  }

  clear(): void {
    this.#pages.clear();
  }
}

/**
 * Answers a peer's request for the changes of a bank after its cursor: each
 * change goes as the signal (when a sharing rule and the policy let it go to
 * that peer, under the narrowed handling code) or as a tombstone (retracted,
 * or no longer shared with it). The page is sealed for the requester alone.
 * With `readAhead`, a page built ahead is served when it still holds, and
 * the page after this one is built ahead.
 */
export async function answerSync(
  ctx: NodeContext,
  directory: PeerDirectory,
  envelope: string,
  clientAddress: string | null,
  readAhead: SyncReadAhead | null = null,
): Promise<Result<v1.SyncPageTransfer, SyncRejection>> {
  const now = ctx.clock.now();
  const opened = await openEnvelope(envelope, {
    myNodeId: ctx.identity.nodeId,
    now,
    resolveSender: (nodeId, kid) => directory.signingKey(nodeId, kid, now),
    decryptionKey: (kid) => ownDecryptionKey(ctx, kid),
    // A replayed request only yields a page sealed for its original sender.
    seen: async () => false,
    supportedVersions: (type) => (type === 'bank.sync_request' ? SYNC_VERSIONS : []),
  });
  const actor = {
    ...SYSTEM_ACTOR,
    name: opened.ok ? `node:${opened.value.claims.sender}` : 'node:unknown',
    clientAddress,
  };
  if (!opened.ok) {
    await record(ctx.storage, ctx.clock, actor, {
      action: 'message.rejected',
      outcome: 'denied',
      objectType: 'sync',
      details: { code: opened.error.code },
    });
    return err(opened.error.code, opened.error.message);
  }
  const request = v1.SyncRequestV1.safeParse(opened.value.payload);
  if (!request.success) {
    await record(ctx.storage, ctx.clock, actor, {
      action: 'message.rejected',
      outcome: 'denied',
      objectType: 'sync',
      details: { code: 'payload_invalid' },
    });
    return err('payload_invalid', 'not a sync request');
  }
  const peerNodeId = opened.value.claims.sender;
  const { bankId, cursor, limit } = request.data;
  const asked: PageRequest = {
    peerNodeId,
    bankId,
    cursor,
    limit,
    version: opened.value.claims.schemaVersion,
  };
  const ahead = readAhead ? await readAhead.take(ctx, directory, asked) : null;
  const prepared = ahead ? ok(ahead) : await preparePage(ctx, directory, asked);
  if (!prepared.ok) {
    await record(ctx.storage, ctx.clock, actor, {
      action: 'sync.served',
      outcome: 'denied',
      objectType: 'bank',
      objectId: bankId,
      details: { reason: prepared.error.code },
    });
    return prepared;
  }
  const { page, shared, head, envelope: sealed } = prepared.value;
  await record(ctx.storage, ctx.clock, actor, {
    action: 'sync.served',
    outcome: 'success',
    objectType: 'bank',
    objectId: page.bankId,
    details: {
      from: cursor,
      to: page.nextCursor,
      head,
      signals: shared,
      tombstones: page.items.length - shared,
    },
  });
  const version = asked.version;
  // A version 2 or 3 requester asks for the next page as soon as it has this one.
  if (readAhead && version >= 2 && !page.complete)
    readAhead.prepare(ctx, directory, { ...asked, cursor: page.nextCursor });
  // It may ask before it opens this one: the answer says where this page ends.
  return ok(
    version >= 2
      ? {
          envelope: sealed,
          next: { cursor: page.nextCursor, complete: page.complete },
        }
      : { envelope: sealed },
  );
}
