import { z } from 'zod';
import { HandlingCode, SignalType, Tlp } from './banks.ts';
import { Instant } from './common.ts';

export const OwnCard = z
  .object({
    /** The signed card to give peers (as a file, or from GET /federation/v1/card). */
    card: z.record(z.string(), z.unknown()),
    /** Twelve groups of five digits, to read aloud when a peer's administrator compares it. */
    fingerprint: z.string(),
  })
  .meta({ id: 'OwnCard' });

/**
 * Days peers keep accepting a node's old keys after a rotation. The shortest
 * is a queued message's lifetime (7 days), so nothing sealed before the
 * rotation expires unreadable.
 */
export const KEY_OVERLAP_DAYS = { default: 14, min: 7, max: 90 } as const;

/** Rotating the node's keys: how long peers keep accepting the old ones. */
export const RotateKeysRequest = z
  .strictObject({
    overlapDays: z.number().int().min(KEY_OVERLAP_DAYS.min).max(KEY_OVERLAP_DAYS.max).optional(),
  })
  .meta({ id: 'RotateKeysRequest' });

export const RotateKeysResult = z
  .object({
    oldSigningKid: z.string(),
    newSigningKid: z.string(),
    oldEncryptionKid: z.string(),
    newEncryptionKid: z.string(),
    /** Until when peers accept the old keys. */
    overlapUntil: z.string(),
    /** Active peers the re-issued card was queued for. */
    peersNotified: z.number().int(),
    /** Peers it could not be sealed for (their card no longer verifies): send them the card by hand. */
    peersMissed: z.array(z.string()),
    /** The node's new fingerprint, to read aloud to peers who ask. */
    fingerprint: z.string(),
  })
  .meta({ id: 'RotateKeysResult' });
export type RotateKeysResult = z.infer<typeof RotateKeysResult>;

export const Peer = z
  .object({
    nodeId: z.string(),
    name: z.string(),
    organisation: z.string(),
    kind: z.string(),
    jurisdiction: z.string(),
    endpoint: z.string(),
    fingerprint: z.string(),
    status: z.enum(['active', 'suspended']),
    trustedVia: z.string(),
    addedAt: Instant,
    lastContactAt: Instant.nullable(),
    lastError: z.string().nullable(),
    /** The message the last error was about. */
    lastErrorMessageId: z.string().nullable(),
    queue: z.object({ pending: z.number().int(), oldest: Instant.nullable() }),
  })
  .meta({ id: 'Peer' });
export type Peer = z.infer<typeof Peer>;

export const AddPeerRequest = z.union([
  z.strictObject({
    card: z.record(z.string(), z.unknown()),
    fingerprint: z.string().min(12).max(120),
  }),
  z.strictObject({ card: z.record(z.string(), z.unknown()), trustAnchor: z.literal(true) }),
]);

export const PeerIdParams = z.strictObject({ id: z.string().min(1).max(128) });

export const SharingTarget = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('peer'), nodeId: z.string().min(1).max(128) }),
  z.strictObject({ kind: z.literal('group'), groupId: z.string().min(1).max(64) }),
]);

export const SharingRule = z
  .object({
    id: z.string(),
    bankId: z.string(),
    target: SharingTarget,
    signalTypes: z.array(SignalType).nullable(),
    grades: z.array(z.string()).nullable(),
    maxTlp: Tlp,
    handling: HandlingCode.nullable(),
    createdAt: Instant,
    createdBy: z.string(),
  })
  .meta({ id: 'SharingRule' });

export const CreateSharingRule = z.strictObject({
  target: SharingTarget,
  signalTypes: z.array(SignalType).min(1).nullable().default(null),
  grades: z
    .array(z.string().regex(/^([a-z_]+:[^\s]+|ungraded)$/))
    .min(1)
    .nullable()
    .default(null),
  maxTlp: Tlp,
  handling: HandlingCode.nullable().default(null),
});

export const SharingGroup = z
  .object({ id: z.string(), name: z.string(), members: z.array(z.string()), createdAt: Instant })
  .meta({ id: 'SharingGroup' });

export const CreateSharingGroup = z.strictObject({
  name: z.string().trim().min(1).max(80),
  members: z.array(z.string().min(1).max(128)).max(500).default([]),
});

export const SetGroupMembers = z.strictObject({
  members: z.array(z.string().min(1).max(128)).max(500),
});

/** What each peer would receive of a bank now, without sending anything. */
export const SharingPreview = z
  .object({
    bankId: z.string(),
    peers: z.array(
      z.object({
        nodeId: z.string(),
        name: z.string(),
        rules: z.number().int(),
        shared: z.number().int(),
        withheld: z.record(z.string(), z.number().int()),
      }),
    ),
  })
  .meta({ id: 'SharingPreview' });

export const BankOffer = z
  .object({
    peerNodeId: z.string(),
    peerName: z.string(),
    remoteBankId: z.string(),
    name: z.string(),
    description: z.string(),
    handling: HandlingCode,
    signalCount: z.number().int(),
    offeredAt: Instant,
    subscribed: z.boolean(),
  })
  .meta({ id: 'BankOffer' });

export const Subscription = z
  .object({
    id: z.string(),
    peerNodeId: z.string(),
    peerName: z.string(),
    remoteBankId: z.string(),
    localBankId: z.string(),
    localBankName: z.string(),
    cursor: z.number().int(),
    status: z.string(),
    signalCount: z.number().int(),
    createdAt: Instant,
    lastSyncAt: Instant.nullable(),
    lastError: z.string().nullable(),
    /**
     * The peer's latest change number in the bank as its last page reported
     * it: sync progress is `cursor` of `remoteHead`. Null before the first
     * page, or when the peer's pages do not report it (older nodes).
     */
    remoteHead: z.number().int().nullable(),
  })
  .meta({ id: 'Subscription' });

export const CreateSubscription = z.strictObject({
  peerNodeId: z.string().min(1).max(128),
  remoteBankId: z.string().min(1).max(64),
});

export const PullResult = z
  .object({
    pages: z.number().int(),
    signals: z.number().int(),
    tombstones: z.number().int(),
    cursor: z.number().int(),
    complete: z.boolean(),
  })
  .meta({ id: 'PullResult' });

export const GradeFeedbackRequest = z.strictObject({
  kind: z.enum(['confirm', 'dispute']),
  comment: z.string().trim().max(1000).nullable().default(null),
});
