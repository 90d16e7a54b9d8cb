import { hash } from 'node:crypto';
import { err, ok, uuidv7, type CodedError, type HandlingCode, type Result } from '@concord/core';
import {
  openEnvelope,
  peekClaims,
  pooledRandomBytes,
  sealEnvelope,
  signReceipt,
  signReceipts,
  type EnvelopeClaims,
  type EnvelopeError,
} from '@concord/federation';
import type { InboxRecord, PeerRecord, Stores } from '@concord/storage';
import { fail, type ServiceError } from '../accounts/service-error.ts';
import { SYSTEM_ACTOR, record, recordMany, type Actor } from '../audit/audit-trail.ts';
import type { NodeContext } from '../node/node-context.ts';
import { MESSAGE_HANDLERS, type MessageHandler } from './message-handlers.ts';
import { ownDecryptionKey, ownSigningKid } from './own-card.ts';
import type { PeerDirectory } from './peer-directory.ts';

/** How long a message may wait in the outbox for a peer that is away. */
export const MESSAGE_LIFETIME_MS = 7 * 86_400_000;

/** Why a received envelope was refused: the envelope's own codes, or its payload's. */
export type Rejection = CodedError<EnvelopeError['code'] | 'payload_invalid' | 'unknown_type'>;

export function sha256Hex(text: string): string {
  return hash('sha256', text, 'hex');
}

/** Seals a message for a peer: signed by this node, readable only with the peer's key. */
export async function sealFor(
  ctx: NodeContext,
  directory: PeerDirectory,
  peerNodeId: string,
  type: string,
  payload: unknown,
  handling: HandlingCode | null,
  lifetimeMs: number = MESSAGE_LIFETIME_MS,
  schemaVersion = 1,
): Promise<Result<{ messageId: string; envelope: string }, ServiceError>> {
  const recipient = await sealingKey(ctx, directory, peerNodeId);
  if (!recipient.ok) return recipient;
  return ok(await sealTo(ctx, recipient.value, type, payload, handling, lifetimeMs, schemaVersion));
}

/** A peer that may be sent to, with the encryption key its card accepts now. */
export interface SealingKey {
  readonly peer: PeerRecord;
  readonly key: { readonly kid: string; readonly publicKey: string };
}

/** The peer and the key to seal for it: refused when it is unknown or suspended, or its card no longer verifies. */
export async function sealingKey(
  ctx: NodeContext,
  directory: PeerDirectory,
  peerNodeId: string,
): Promise<Result<SealingKey, ServiceError>> {
  const peer = await directory.peer(peerNodeId);
  if (!peer) return fail('not_found', `no peer ${peerNodeId}`);
  if (peer.status === 'suspended')
    return fail('forbidden', `${peer.name} is suspended: nothing is sent to it`);
  const key = await directory.encryptionKey(peer, ctx.clock.now());
  if (!key)
    return fail(
      'invalid_card',
      `${peer.name}'s card no longer verifies or has no encryption key valid now: ask for a new card`,
    );
  return ok({ peer, key });
}

/**
 * Seals a message for a peer already looked up (`sealingKey`), without
 * reading the database: a sync reads its peer once and then seals its page
 * requests while a page's transaction holds the database.
 */
export async function sealTo(
  ctx: NodeContext,
  recipient: SealingKey,
  type: string,
  payload: unknown,
  handling: HandlingCode | null,
  lifetimeMs: number = MESSAGE_LIFETIME_MS,
  schemaVersion = 1,
  compress = false,
): Promise<{ messageId: string; envelope: string }> {
  const now = ctx.clock.now();
  const messageId = uuidv7(now, pooledRandomBytes);
  const envelope = await sealEnvelope(
    {
      id: messageId,
      type,
      schemaVersion,
      sender: ctx.identity.nodeId,
      recipient: recipient.peer.nodeId,
      created: now.toISOString(),
      expires: new Date(now.getTime() + lifetimeMs).toISOString(),
      handling,
    },
    payload,
    {
      signingKey: ctx.signingKey,
      signingKid: ownSigningKid(ctx),
      recipientEncryptionKey: recipient.key.publicKey,
      recipientEncryptionKid: recipient.key.kid,
    },
    { compress },
  );
  return { messageId, envelope };
}

/** Queues a message for a peer; the delivery loop sends it in order and keeps its receipt. */
export async function sendMessage(
  ctx: NodeContext,
  directory: PeerDirectory,
  peerNodeId: string,
  type: string,
  payload: unknown,
  handling: HandlingCode | null,
): Promise<Result<{ messageId: string }, ServiceError>> {
  const sealed = await sealFor(ctx, directory, peerNodeId, type, payload, handling);
  if (!sealed.ok) return sealed;
  await ctx.storage.outbox.enqueue({
    peerNodeId,
    messageId: sealed.value.messageId,
    type,
    envelope: sealed.value.envelope,
    createdAt: ctx.clock.now().toISOString(),
  });
  return ok({ messageId: sealed.value.messageId });
}

/** A checked message waiting to be applied with the others of its batch. */
interface Checked {
  readonly claims: EnvelopeClaims;
  readonly payload: unknown;
  readonly handler: MessageHandler;
  readonly sender: PeerRecord;
  readonly digest: string;
  readonly receivedAt: string;
  readonly actor: Actor;
}

/** Which receipts a batch's sender takes: each signed alone (1), or one signature for the batch (2). */
export type ReceiptVersion = 1 | 2;

/** Signs the receipts of messages accepted together, in their order. */
type ReceiptSigner = (messages: readonly Checked[]) => Promise<string[]>;

function receiptSigner(ctx: NodeContext, version: ReceiptVersion): ReceiptSigner {
  const receiver = ctx.identity.nodeId;
  const each = (m: Checked) =>
    signReceipt(
      {
        messageId: m.claims.id,
        envelopeDigest: m.digest,
        sender: m.claims.sender,
        receiver,
        receivedAt: m.receivedAt,
      },
      ctx.signingKey,
      ownSigningKid(ctx),
    );
  /** One signature for messages of one sender received at one time. */
  const tree = (messages: readonly Checked[], first: Checked) =>
    signReceipts(
      {
        sender: first.claims.sender,
        receiver,
        receivedAt: first.receivedAt,
        messages: messages.map((m) => ({ messageId: m.claims.id, envelopeDigest: m.digest })),
      },
      ctx.signingKey,
      ownSigningKid(ctx),
    );
  return async (messages) => {
    const first = messages[0];
    if (!first) return [];
    if (version === 1) return Promise.all(messages.map(each));
    const oneTree = messages.every(
      (m) => m.claims.sender === first.claims.sender && m.receivedAt === first.receivedAt,
    );
    if (oneTree) return tree(messages, first);
    // A batch mixing senders is not one statement: each message gets a tree of its own.
    return Promise.all(messages.map(async (m) => (await tree([m], m))[0] ?? ''));
  };
}

type Check =
  | { readonly kind: 'duplicate'; readonly receipt: string }
  | {
      readonly kind: 'rejected';
      readonly error: Rejection;
      readonly actor: Actor;
      readonly peeked: PeekedClaims | null;
    }
  | { readonly kind: 'checked'; readonly message: Checked };

type PeekedClaims = Extract<ReturnType<typeof peekClaims>, { ok: true }>['value'];

/** What one received envelope came to, in the order the batch carried them. */
export type Receipted = Result<{ receipt: string }, Rejection>;

/**
 * Receives one envelope into the inbox. A retry of an accepted message gets
 * the same receipt again; anything refused is audited with its code. A
 * message and its effects commit together, with the receipt that proves it.
 */
export async function receiveEnvelope(
  ctx: NodeContext,
  directory: PeerDirectory,
  envelope: string,
  clientAddress: string | null,
): Promise<Receipted> {
  const [result] = await receiveBatch(ctx, directory, [envelope], clientAddress);
  if (!result) throw new Error('the inbox answered nothing for an envelope');
  return result;
}

/**
 * Receives a peer's envelopes in the order sent. Each is checked exactly as
 * a single one is (signature, recipient, lifetime, replay, decryption,
 * schema) and gets its own signed receipt (version 2: the accepted ones
 * share one signature over a Merkle tree, each with its inclusion proof);
 * the accepted ones commit in one transaction with their effects, audit
 * events and receipts. The first refusal ends the batch: what follows it is
 * not looked at, so the sender keeps its order and sends the rest once the
 * refused one is dealt with. The answer may therefore be shorter than the
 * batch. A message already accepted (a retry) gets the receipt it got then.
 */
export async function receiveBatch(
  ctx: NodeContext,
  directory: PeerDirectory,
  envelopes: readonly string[],
  clientAddress: string | null,
  receiptVersion: ReceiptVersion = 1,
): Promise<Receipted[]> {
  const now = ctx.clock.now();
  const sign = receiptSigner(ctx, receiptVersion);
  const peeked = envelopes.map((e) => peekClaims(e));
  const earlier = await ctx.storage.inbox.findMany(
    peeked.flatMap((p) => (p.ok ? [p.value.id] : [])),
  );
  /**
   * Peer records read once per stretch of the batch (one request's worth of
   * reads, like a snapshot), read again after anything was applied: an
   * applied card update changes them.
   */
  const peers = new Map<string, Promise<PeerRecord | null>>();
  const peerOf = (nodeId: string) => {
    let found = peers.get(nodeId);
    if (!found) {
      found = directory.peer(nodeId);
      peers.set(nodeId, found);
    }
    return found;
  };
  /** Ids accepted by this batch so far, with what they were (the receipt once applied). */
  const inBatch = new Map<string, { digest: string; sender: string; receipt: string | null }>();
  const results: Receipted[] = [];
  let waiting: { index: number; message: Checked }[] = [];

  /** Applies what waits; returns where the answer ends if one of them did not go in. */
  const apply = async (): Promise<number | undefined> => {
    const batch = waiting;
    waiting = [];
    peers.clear();
    const applied = await applyChecked(
      ctx,
      batch.map((w) => w.message),
      sign,
    );
    for (const [i, outcome] of applied.entries()) {
      const w = batch[i];
      if (!w) continue;
      results[w.index] = outcome;
      const known = inBatch.get(w.message.claims.id);
      if (known && outcome.ok) known.receipt = outcome.value.receipt;
    }
    if (applied.length === batch.length && applied.every((o) => o.ok)) return undefined;
    return (batch[applied.length - 1]?.index ?? -1) + 1;
  };

  for (const [index, envelope] of envelopes.entries()) {
    const peek = peeked[index];
    const claims = peek?.ok ? peek.value : null;
    if (claims && inBatch.get(claims.id)?.receipt === null) {
      // The same message twice in one batch: the first is applied (and its
      // receipt signed) before the second is looked at.
      const stoppedAt = await apply();
      if (stoppedAt !== undefined) return results.slice(0, stoppedAt);
    }
    const check = (earlierRecord: InboxRecord | null) =>
      checkEnvelope(ctx, directory, peerOf, envelope, claims, now, clientAddress, {
        earlier: earlierRecord,
        inBatch,
      });
    let checked = await check(claims ? (earlier.get(claims.id) ?? null) : null);
    if (checked.kind === 'rejected' && waiting.length > 0) {
      // An earlier message of the batch may change what this one is checked
      // against (a card update brings the key the next one is signed with):
      // apply those first, then look again.
      const stoppedAt = await apply();
      if (stoppedAt !== undefined) return results.slice(0, stoppedAt);
      checked = await check(claims ? await ctx.storage.inbox.find(claims.id) : null);
    }
    if (checked.kind === 'duplicate') {
      results[index] = ok({ receipt: checked.receipt });
      continue;
    }
    if (checked.kind === 'rejected') {
      const stoppedAt = waiting.length > 0 ? await apply() : undefined;
      if (stoppedAt !== undefined) return results.slice(0, stoppedAt);
      await auditRejection(ctx, checked.actor, checked.peeked, checked.error);
      results[index] = err(checked.error.code, checked.error.message);
      return results.slice(0, index + 1);
    }
    const m = checked.message;
    inBatch.set(m.claims.id, { digest: m.digest, sender: m.claims.sender, receipt: null });
    waiting.push({ index, message: m });
  }
  const stoppedAt = waiting.length > 0 ? await apply() : undefined;
  return stoppedAt === undefined ? results : results.slice(0, stoppedAt);
}

/** Everything about one envelope that needs no write: its checks, its payload, its signed receipt. */
async function checkEnvelope(
  ctx: NodeContext,
  directory: PeerDirectory,
  peerOf: (nodeId: string) => Promise<PeerRecord | null>,
  envelope: string,
  peeked: PeekedClaims | null,
  now: Date,
  clientAddress: string | null,
  known: {
    readonly earlier: InboxRecord | null;
    readonly inBatch: ReadonlyMap<
      string,
      { digest: string; sender: string; receipt: string | null }
    >;
  },
): Promise<Check> {
  const digest = sha256Hex(envelope);
  if (peeked) {
    const before =
      known.inBatch.get(peeked.id) ??
      (known.earlier && {
        digest: known.earlier.envelopeDigest,
        sender: known.earlier.senderNodeId,
        receipt: known.earlier.receipt,
      });
    if (
      before &&
      before.receipt !== null &&
      before.digest === digest &&
      before.sender === peeked.sender
    )
      return { kind: 'duplicate', receipt: before.receipt };
  }
  const actor: Actor = {
    ...SYSTEM_ACTOR,
    name: peeked ? `node:${peeked.sender}` : 'node:unknown',
    clientAddress,
  };
  const reject = (error: Rejection): Check => ({ kind: 'rejected', error, actor, peeked });

  const opened = await openEnvelope(envelope, {
    myNodeId: ctx.identity.nodeId,
    now,
    resolveSender: async (nodeId, kid) => directory.signingKeyOf(await peerOf(nodeId), kid, now),
    decryptionKey: (kid) => ownDecryptionKey(ctx, kid),
    seen: async (id) =>
      known.inBatch.has(id) ||
      (known.earlier !== null && known.earlier.messageId === id) ||
      (peeked?.id !== id && (await ctx.storage.inbox.find(id)) !== null),
    supportedVersions: (type) => Object.keys(MESSAGE_HANDLERS[type]?.versions ?? {}).map(Number),
  });
  if (!opened.ok) return reject(opened.error);
  const { claims, payload } = opened.value;
  const handler = MESSAGE_HANDLERS[claims.type];
  const schema = handler?.versions[claims.schemaVersion];
  if (!handler || !schema)
    return reject({
      code: 'unknown_type',
      message: `this node does not accept ${claims.type} messages`,
    });
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return reject({
      code: 'payload_invalid',
      message:
        `the ${claims.type} payload is not valid: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(),
    });
  }
  const sender = await peerOf(claims.sender);
  if (!sender) return reject({ code: 'unknown_sender', message: 'the sender is not a peer' });
  return {
    kind: 'checked',
    message: {
      claims,
      payload: parsed.data,
      handler,
      sender,
      digest,
      receivedAt: now.toISOString(),
      actor,
    },
  };
}

async function auditRejection(
  ctx: NodeContext,
  actor: Actor,
  peeked: { readonly id: string; readonly type: string; readonly sender: string } | null,
  error: Rejection,
): Promise<void> {
  await record(ctx.storage, ctx.clock, actor, {
    action: 'message.rejected',
    outcome: 'denied',
    objectType: 'message',
    ...(peeked ? { objectId: peeked.id } : {}),
    details: { code: error.code, type: peeked?.type ?? null, sender: peeked?.sender ?? null },
  });
}

/**
 * Accepts checked messages in order, each with its effects, its inbox row
 * (with its receipt) and its audit event: all in one transaction, or, if
 * that fails, one transaction each, so the messages before a failing one
 * still count. Receipts are signed for exactly what each transaction holds,
 * so no receipt covers a message that did not go in. Returns an outcome per
 * message up to the first that could not be applied.
 */
async function applyChecked(
  ctx: NodeContext,
  messages: readonly Checked[],
  sign: ReceiptSigner,
): Promise<Receipted[]> {
  const inboxRecord = (m: Checked, receipt: string): InboxRecord => ({
    messageId: m.claims.id,
    senderNodeId: m.claims.sender,
    type: m.claims.type,
    receivedAt: m.receivedAt,
    envelopeDigest: m.digest,
    receipt,
  });
  /** A message's effects and audit event, once its inbox row went in. */
  const effects = async (tx: Stores, m: Checked): Promise<AuditEntryFor> => {
    const details = await m.handler.handle({
      ctx,
      tx,
      sender: m.sender,
      claims: m.claims,
      payload: m.payload,
    });
    return {
      actor: m.actor,
      entry: {
        action: 'message.received',
        outcome: 'success',
        objectType: 'message',
        objectId: m.claims.id,
        details: { type: m.claims.type, sender: m.claims.sender, ...details },
      },
    };
  };
  const applyOne = async (
    tx: Stores,
    m: Checked,
    receipt: string,
  ): Promise<AuditEntryFor | null> =>
    (await tx.inbox.accept(inboxRecord(m, receipt))) ? effects(tx, m) : null;
  const replayed = (m: Checked): Receipted =>
    err('replayed', `message ${m.claims.id} was already accepted`);

  let outcomes: Receipted[];
  try {
    const receipts = await sign(messages);
    outcomes = await ctx.storage.transaction(async (tx) => {
      // Every inbox row in one statement. One already there (another server
      // took the same message meanwhile) undoes it all: the path below then
      // takes them one by one and stops at that one.
      const fresh = await tx.inbox.acceptMany(
        messages.map((m, i) => inboxRecord(m, receipts[i] ?? '')),
      );
      if (fresh.size !== messages.length)
        throw new Error('a message of the batch was taken meanwhile');
      const events: AuditEntryFor[] = [];
      for (const m of messages) events.push(await effects(tx, m));
      await recordMany(tx, ctx.clock, events);
      return receipts.map((receipt) => ok({ receipt }));
    });
  } catch {
    // One by one: a message that fails again fails alone, after those before it.
    outcomes = [];
    for (const m of messages) {
      let event: AuditEntryFor | null;
      const [receipt = ''] = await sign([m]);
      try {
        event = await ctx.storage.transaction(async (tx) => {
          const e = await applyOne(tx, m, receipt);
          if (e) await recordMany(tx, ctx.clock, [e]);
          return e;
        });
      } catch (failure) {
        if (outcomes.length === 0) throw failure;
        break;
      }
      if (!event) {
        outcomes.push(replayed(m));
        break;
      }
      outcomes.push(ok({ receipt }));
    }
  }
  const last = outcomes.at(-1);
  if (last?.ok) {
    await ctx.storage.peers.recordContact(
      messages[0]?.claims.sender ?? '',
      ctx.clock.now().toISOString(),
      null,
    );
  }
  for (const [i, outcome] of outcomes.entries()) {
    const m = messages[i];
    if (!outcome.ok && m) await auditRejection(ctx, m.actor, m.claims, outcome.error);
  }
  return outcomes;
}

type AuditEntryFor = Parameters<typeof recordMany>[2][number];
