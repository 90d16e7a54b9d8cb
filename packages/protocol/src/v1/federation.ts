import { z } from 'zod';
import { GradeScheme, HandlingCode, SignalType } from './banks.ts';
import { ErrorBody, Instant } from './common.ts';
import { LawSignedProfileFile } from './law.ts';

/**
 * Node-to-node messages. Each type has a schema per version; a receiver
 * refuses versions it does not list, and fixtures of every released version
 * stay in the tests.
 */

/** A bank a peer shares with us: the invitation to subscribe. */
export const BankOfferV1 = z.strictObject({
  bankId: z.string().min(1).max(64),
  name: z.string().min(1).max(64),
  description: z.string().max(500),
  handling: HandlingCode,
  signalCount: z.number().int().min(0),
});

/** A receiver confirms or disputes a grade; it flows back to the originator. */
export const GradeFeedbackV1 = z.strictObject({
  bankId: z.string().min(1).max(64),
  signalType: SignalType,
  value: z.string().min(1).max(200_000),
  kind: z.enum(['confirm', 'dispute']),
  comment: z.string().max(1000).nullable(),
});

export const SyncRequestV1 = z.strictObject({
  bankId: z.string().min(1).max(64),
  /** Everything up to this change number was applied. */
  cursor: z.number().int().min(0),
  limit: z.number().int().min(1).max(10_000),
});

/** A shared signal as it now is. */
export const SyncSignalV1 = z.strictObject({
  kind: z.literal('signal'),
  changeSeq: z.number().int().min(1),
  /** The sender's id for the signal; later tombstones name it. */
  id: z.string().min(1).max(64),
  type: SignalType,
  value: z.string().min(1).max(200_000),
  sourceId: z.string().max(200).nullable(),
  grade: z
    .strictObject({
      scheme: GradeScheme,
      value: z.string().max(64),
      gradedBy: z.string().max(200),
      gradedAt: z.string().max(40),
    })
    .nullable(),
  series: z.string().max(200).nullable(),
  victimIdentified: z.boolean().nullable(),
  offenderIdentified: z.boolean().nullable(),
  isDistributed: z.boolean().nullable(),
  comments: z.string().max(4000).nullable(),
  contributor: z.string().max(200),
  confirmations: z.number().int().min(0),
  handling: HandlingCode,
  lawfulBasis: z.string().max(500).nullable(),
  retainUntil: Instant.nullable(),
  /** The node the signal came from first and every node it passed through, this sender last. */
  path: z.array(z.string().max(200)).min(1).max(32),
});

/**
 * A signal the receiver must no longer hold: retracted, or no longer shared
 * with it (regraded, or its handling code narrowed). It names the sender's id
 * only, so a tombstone never discloses a hash the receiver was not given.
 */
export const SyncTombstoneV1 = z.strictObject({
  kind: z.literal('tombstone'),
  changeSeq: z.number().int().min(1),
  id: z.string().min(1).max(64),
});

export const SyncItemV1 = z.discriminatedUnion('kind', [SyncSignalV1, SyncTombstoneV1]);
export type SyncItemV1 = z.infer<typeof SyncItemV1>;
export type SyncSignalV1 = z.infer<typeof SyncSignalV1>;

export const SyncPageV1 = z.strictObject({
  bankId: z.string(),
  items: z.array(SyncItemV1).max(10_000),
  /** The change number the receiver has applied once it applies this page. */
  nextCursor: z.number().int().min(0),
  /** True when nothing newer exists at the time of the page. */
  complete: z.boolean(),
});
export type SyncPageV1 = z.infer<typeof SyncPageV1>;

/**
 * Version 2 of a page adds the sender's latest change number in the bank, so
 * the receiver can show how far its sync has come (nextCursor of head). A
 * requester asks for it by sending its sync request as version 2 (the same
 * fields as version 1); a version 1 request gets a version 1 page.
 */
export const SyncPageV2 = SyncPageV1.extend({
  /** The bank's latest change number when the page was made (at least nextCursor). */
  head: z.number().int().min(0),
}).refine((p) => p.head >= p.nextCursor, {
  message: 'head must be at least nextCursor',
  path: ['head'],
});
export type SyncPageV2 = z.infer<typeof SyncPageV2>;

export const PingV1 = z.strictObject({ note: z.string().max(200).nullable() });

/**
 * A node's re-issued card after a key rotation, sent to every active peer
 * before the node signs anything with its new key. The card carries the
 * rotation statements by which the old key vouches for the new one.
 */
export const CardUpdateV1 = z.strictObject({ card: z.record(z.string(), z.unknown()) });

/** Every message type and the versions this code reads. */
export const FEDERATION_MESSAGES = {
  'bank.offer': { 1: BankOfferV1 },
  'grade.feedback': { 1: GradeFeedbackV1 },
  /**
   * Versions 2 and 3 have version 1's fields and ask for a page of their own
   * version. A version 3 page is a version 2 page sent compressed (DEFLATE
   * inside the encryption, `zip: "DEF"`).
   */
  'bank.sync_request': { 1: SyncRequestV1, 2: SyncRequestV1, 3: SyncRequestV1 },
  'bank.sync_page': { 1: SyncPageV1, 2: SyncPageV2, 3: SyncPageV2 },
  ping: { 1: PingV1 },
  'card.update': { 1: CardUpdateV1 },
  /** A national profile signed and published by the node of its jurisdiction. */
  'law.profile': { 1: LawSignedProfileFile },
} as const;
export type FederationMessageType = keyof typeof FEDERATION_MESSAGES;

/** What travels over HTTP between nodes: one sealed envelope. */
export const EnvelopeTransfer = z.strictObject({
  envelope: z
    .string()
    .min(1)
    .max(96 * 1024 * 1024),
});
export const ReceiptTransfer = z.strictObject({ receipt: z.string().min(1).max(4096) });

/**
 * The answer to a sync request. To a version 2 request it also says where
 * the page ends (`next`), outside the seal: the requester may ask for the
 * following page before it has opened this one, so the peer builds it
 * meanwhile. It is a hint, not trusted: the sealed page must say the same,
 * or the requester refuses it.
 */
export const SyncPageTransfer = z.strictObject({
  envelope: EnvelopeTransfer.shape.envelope,
  next: z.strictObject({ cursor: z.number().int().min(0), complete: z.boolean() }).optional(),
});
export type SyncPageTransfer = z.infer<typeof SyncPageTransfer>;

/** Most envelopes one inbox request carries: the next of a peer's queue, in order. */
export const MAX_INBOX_BATCH = 256;
/** Most bytes of envelopes a sender puts in one batch (a larger envelope goes alone). */
export const MAX_INBOX_BATCH_BYTES = 8 * 1024 * 1024;

/** Several envelopes for one peer, oldest first, to be taken in that order. */
export const EnvelopeBatchTransfer = z.strictObject({
  envelopes: z
    .array(
      z
        .string()
        .min(1)
        .max(96 * 1024 * 1024),
    )
    .min(1)
    .max(MAX_INBOX_BATCH),
  /**
   * 2 asks for version 2 receipts: one signature over a Merkle tree of the
   * batch, each receipt with its message's inclusion proof. Without it, each
   * receipt is signed on its own (version 1). An older node refuses the field
   * (400), and the sender asks again without it.
   */
  receiptVersion: z.literal(2).optional(),
});

/**
 * One outcome per envelope, in the order sent: a signed receipt, or the
 * refusal that ended the batch. The list stops at the first refusal, and may
 * stop earlier still; the sender sends what has no outcome again.
 */
export const ReceiptBatchTransfer = z.strictObject({
  results: z.array(z.union([ReceiptTransfer, ErrorBody])).max(MAX_INBOX_BATCH),
});
