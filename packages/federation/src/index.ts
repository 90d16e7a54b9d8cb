// @concord/federation: the cryptographic core of federation. Pure functions over keys and
// clocks passed in: node cards, fingerprints, envelopes and receipts. No storage, no HTTP.
export {
  NODE_KINDS,
  acceptedSigningKeys,
  rotateSigningKey,
  signCard,
  verifyCard,
} from './node-card.ts';
export type {
  CardError,
  CardKey,
  Endorsement,
  KeyRotation,
  NodeCard,
  NodeKind,
  SignedCard,
} from './node-card.ts';
export { signRotation, verifyRotations } from './key-rotation.ts';
export { parseSignedCard } from './card-parse.ts';
export { endorseCard, verifyEndorsement } from './card-endorsement.ts';
export { cardFingerprint, shortFingerprint } from './fingerprint.ts';
export { openEnvelope, peekClaims, sealEnvelope } from './envelope.ts';
export type {
  EnvelopeClaims,
  EnvelopeError,
  OpenContext,
  OpenedEnvelope,
  SealKeys,
} from './envelope.ts';
export { pooledRandomBytes } from './pooled-random.ts';
export { CURVE25519, CURVE25519_NOTE } from './curve25519.ts';
export type { Curve25519 } from './curve25519.ts';
export { signReceipt, signReceipts, verifyReceipt } from './receipt.ts';
export type { BatchReceiptInput, Receipt, ReceiptError, ReceiptSignatureCache } from './receipt.ts';
export { rulesFor, shareSignal } from './sync/share-signal.ts';
export type { ShareDecision } from './sync/share-signal.ts';
export { fromSyncSignal, toSyncSignal } from './sync/sync-items.ts';
