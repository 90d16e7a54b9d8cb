import type { KeyObject } from 'node:crypto';
import { canonicalJson, err, isUuidv7, ok, type CodedError, type Result } from '@concord/core';
import {
  hasConcordHeader,
  isRecord,
  signCompact,
  splitCompactJws,
  verifyCompact,
} from './compact-jws.ts';
import { decodeBase64url, hasOnlyKeys, isIdentifier, isIsoInstant } from './field-checks.ts';
import { leafHash, merkleTree, rootFromProof } from './merkle.ts';
import { importRawPublicKey } from './raw-public-key.ts';

/**
 * A receiver's signed statement that it received one envelope, byte for byte.
 *
 * Two forms carry it, both verified by `verifyReceipt`:
 * - version 1, a compact JWS signing this one receipt (`signReceipt`);
 * - version 2, for a batch (`signReceipts`): one signature over the root of a
 *   Merkle tree (RFC 9162) whose leaves are the batch's message ids and
 *   envelope digests, and for each message the JWS JSON serialization
 *   (RFC 7515 §7.2.2, flattened) of that signature with the message's leaf
 *   index and inclusion proof in its unprotected header. Each still proves
 *   its own message to anyone with the receiver's key, without the others.
 */
export interface Receipt {
  readonly messageId: string;
  /** SHA-256 (hex) of the envelope text, as `openEnvelope` returns it. */
  readonly envelopeDigest: string;
  readonly sender: string;
  readonly receiver: string;
  readonly receivedAt: string;
}

/** Why a receipt was refused: not a receipt, not signed by the receiver, or not for what we sent. */
export type ReceiptError = CodedError<'malformed_receipt' | 'bad_signature' | 'receipt_mismatch'>;

const RECEIPT_TYP = 'concord-receipt+jws';
const RECEIPT_VERSION = 1;
const BATCH_RECEIPT_VERSION = 2;
const SHA256_HEX = /^[0-9a-f]{64}$/;
const FIELDS = ['messageId', 'envelopeDigest', 'sender', 'receiver', 'receivedAt'];
const BATCH_FIELDS = ['sender', 'receiver', 'receivedAt', 'treeSize', 'treeRoot'];
/** Receipts are a few hundred bytes; refuse anything much larger before verifying it. */
const MAX_RECEIPT_CHARS = 8192;
/** Largest batch one version 2 signature covers (a proof then has at most 20 hashes). */
const MAX_TREE_SIZE = 1 << 20;

/** What a batch receipt's signature covers: the batch, as a tree root. */
export interface BatchReceiptInput {
  readonly sender: string;
  readonly receiver: string;
  readonly receivedAt: string;
  readonly messages: readonly { readonly messageId: string; readonly envelopeDigest: string }[];
}

/**
 * Remembers signatures already checked, for verifying the receipts of one
 * batch: they share one signature, checked once. Keyed by the key and the
 * signed text, so a receipt that differs in any signed byte is checked anew.
 */
export type ReceiptSignatureCache = Map<string, boolean>;

/**
 * Signs a delivery receipt (compact JWS, EdDSA, typ `concord-receipt+jws`, the receipt as
 * canonical JSON). Kept by the sender, it proves the receiver got that exact envelope.
 * Throws for a malformed receipt (a bug).
 *
 * @example
 * const jws = await signReceipt({ messageId, envelopeDigest: opened.digest, sender, receiver,
 *   receivedAt: now.toISOString() }, keys.signing.privateKey, 'sig-1');
 */
export async function signReceipt(receipt: Receipt, key: KeyObject, kid: string): Promise<string> {
  const problem = receiptProblem(receipt);
  if (problem !== null || !isIdentifier(kid)) throw new Error(`signReceipt: ${problem ?? 'kid'}`);
  const body = {
    messageId: receipt.messageId,
    envelopeDigest: receipt.envelopeDigest,
    sender: receipt.sender,
    receiver: receipt.receiver,
    receivedAt: receipt.receivedAt,
  };
  const header = { typ: RECEIPT_TYP, kid, v: RECEIPT_VERSION };
  return signCompact(header, new TextEncoder().encode(canonicalJson(body)), key);
}

/** The leaf of a batch receipt's tree for one message: its id and envelope digest. */
function receiptLeaf(messageId: string, envelopeDigest: string): Buffer {
  return leafHash(Buffer.from(`${messageId}\n${envelopeDigest}`, 'utf8'));
}

/**
 * Signs the receipts of a batch with one signature (version 2): a receipt per
 * message, in the order given, each verifiable on its own with
 * `verifyReceipt`. Throws for a malformed receipt or an empty batch (bugs).
 *
 * @example
 * const receipts = await signReceipts({ sender, receiver, receivedAt, messages }, key, 'sig-1');
 * // receipts[i] is messages[i]'s receipt
 */
export async function signReceipts(
  batch: BatchReceiptInput,
  key: KeyObject,
  kid: string,
): Promise<string[]> {
  const { sender, receiver, receivedAt, messages } = batch;
  if (messages.length === 0 || messages.length > MAX_TREE_SIZE)
    throw new Error('signReceipts: a batch has 1 to 2^20 messages');
  for (const m of messages) {
    const problem = receiptProblem({ ...m, sender, receiver, receivedAt });
    if (problem !== null) throw new Error(`signReceipts: ${problem}`);
  }
  if (!isIdentifier(kid)) throw new Error('signReceipts: kid');
  const tree = merkleTree(messages.map((m) => receiptLeaf(m.messageId, m.envelopeDigest)));
  const body = {
    sender,
    receiver,
    receivedAt,
    treeSize: messages.length,
    treeRoot: tree.root.toString('base64url'),
  };
  const header = { typ: RECEIPT_TYP, kid, v: BATCH_RECEIPT_VERSION };
  const jws = await signCompact(header, new TextEncoder().encode(canonicalJson(body)), key);
  const [protectedPart, payload, signature] = jws.split('.');
  return tree.proofs.map((proof, leaf) =>
    JSON.stringify({
      protected: protectedPart,
      payload,
      signature,
      header: { leaf, proof: proof.map((p) => p.toString('base64url')) },
    }),
  );
}

/**
 * Verifies a receipt (either version) against the receiver's signing key and what the
 * sender expects: the message it sent, the digest of the envelope it sent, and the node it
 * sent it to. Pass one `signatures` map for the receipts of one batch: their shared
 * signature is then checked once.
 *
 * @example
 * const r = await verifyReceipt(jws, { messageId, envelopeDigest, receiver: peerId }, peerKey);
 * if (r.ok) markDelivered(r.value.receivedAt);
 */
export async function verifyReceipt(
  jws: string,
  expected: {
    readonly messageId: string;
    readonly envelopeDigest: string;
    readonly receiver: string;
  },
  receiverPublicKey: string,
  signatures?: ReceiptSignatureCache,
): Promise<Result<Receipt, ReceiptError>> {
  if (typeof jws !== 'string' || jws.length > MAX_RECEIPT_CHARS) {
    return err('malformed_receipt', 'not a receipt');
  }
  if (jws.startsWith('{')) return verifyBatchReceipt(jws, expected, receiverPublicKey, signatures);
  const parts = splitCompactJws(jws);
  if (!parts) return err('malformed_receipt', 'not a compact JWS');
  if (parts.header.alg !== 'EdDSA') return err('bad_signature', 'only EdDSA receipts are accepted');
  if (!hasConcordHeader(parts.header, RECEIPT_TYP) || parts.header.v !== RECEIPT_VERSION) {
    return err('malformed_receipt', 'not a version 1 Concord receipt');
  }
  const key = importRawPublicKey(receiverPublicKey, 'Ed25519');
  const payload = key ? await verifyCompact(jws, key) : null;
  if (!payload) return err('bad_signature', 'the receipt is not signed by the receiver');
  const receipt = parseReceipt(payload);
  if (!receipt) return err('malformed_receipt', 'the receipt content is malformed');
  if (
    receipt.messageId !== expected.messageId ||
    receipt.envelopeDigest !== expected.envelopeDigest ||
    receipt.receiver !== expected.receiver
  ) {
    return err('receipt_mismatch', 'the receipt is for another message, envelope or receiver');
  }
  return ok(receipt);
}

/** A signed payload as a JSON object of only these keys (strict UTF-8), or null. */
function signedObject(
  payload: Uint8Array,
  keys: readonly string[],
): Readonly<Record<string, unknown>> | null {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload));
  } catch {
    return null;
  }
  return isRecord(value) && hasOnlyKeys(value, keys) ? value : null;
}

function parseReceipt(payload: Uint8Array): Receipt | null {
  const value = signedObject(payload, FIELDS);
  if (!value) return null;
  const { messageId, envelopeDigest, sender, receiver, receivedAt } = value;
  if (
    typeof messageId !== 'string' ||
    typeof envelopeDigest !== 'string' ||
    !isIdentifier(sender) ||
    !isIdentifier(receiver) ||
    !isIsoInstant(receivedAt)
  ) {
    return null;
  }
  const receipt = { messageId, envelopeDigest, sender, receiver, receivedAt };
  return receiptProblem(receipt) === null ? receipt : null;
}

function receiptProblem(r: Receipt): string | null {
  if (!isUuidv7(r.messageId)) return 'messageId must be a UUIDv7';
  if (!SHA256_HEX.test(r.envelopeDigest)) return 'envelopeDigest must be SHA-256 hex';
  if (!isIdentifier(r.sender) || !isIdentifier(r.receiver)) return 'sender and receiver';
  if (!isIsoInstant(r.receivedAt)) return 'receivedAt must be an ISO 8601 instant';
  return null;
}

/** A version 2 receipt: the signed tree root, and this message's leaf in that tree. */
async function verifyBatchReceipt(
  text: string,
  expected: {
    readonly messageId: string;
    readonly envelopeDigest: string;
    readonly receiver: string;
  },
  receiverPublicKey: string,
  signatures: ReceiptSignatureCache | undefined,
): Promise<Result<Receipt, ReceiptError>> {
  const serialized = parseSerialization(text);
  if (!serialized) return err('malformed_receipt', 'not a version 2 Concord receipt');
  const jws = `${serialized.protected}.${serialized.payload}.${serialized.signature}`;
  const parts = splitCompactJws(jws);
  if (!parts) return err('malformed_receipt', 'not a JWS');
  if (parts.header.alg !== 'EdDSA') return err('bad_signature', 'only EdDSA receipts are accepted');
  if (!hasConcordHeader(parts.header, RECEIPT_TYP) || parts.header.v !== BATCH_RECEIPT_VERSION) {
    return err('malformed_receipt', 'not a version 2 Concord receipt');
  }
  const cacheKey = `${receiverPublicKey} ${jws}`;
  const known = signatures?.get(cacheKey);
  let payload: Uint8Array | null = null;
  if (known === true) payload = decodeBase64url(parts.payloadPart);
  else if (known === undefined) {
    const key = importRawPublicKey(receiverPublicKey, 'Ed25519');
    payload = key ? await verifyCompact(jws, key) : null;
    signatures?.set(cacheKey, payload !== null);
  }
  if (!payload) return err('bad_signature', 'the receipt is not signed by the receiver');
  const tree = parseTree(payload);
  if (!tree) return err('malformed_receipt', 'the receipt content is malformed');
  if (tree.receiver !== expected.receiver || !SHA256_HEX.test(expected.envelopeDigest)) {
    return err('receipt_mismatch', 'the receipt is for another message, envelope or receiver');
  }
  const root = rootFromProof(
    serialized.leaf,
    tree.treeSize,
    receiptLeaf(expected.messageId, expected.envelopeDigest),
    serialized.proof,
  );
  if (!root?.equals(tree.treeRoot)) {
    return err('receipt_mismatch', 'the receipt is for another message, envelope or receiver');
  }
  return ok({
    messageId: expected.messageId,
    envelopeDigest: expected.envelopeDigest,
    sender: tree.sender,
    receiver: tree.receiver,
    receivedAt: tree.receivedAt,
  });
}

/** The flattened JWS JSON serialization a version 2 receipt is, with its leaf and proof. */
function parseSerialization(text: string): {
  protected: string;
  payload: string;
  signature: string;
  leaf: number;
  proof: Buffer[];
} | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(value) || !hasOnlyKeys(value, ['protected', 'payload', 'signature', 'header']))
    return null;
  const { protected: protectedPart, payload, signature, header } = value;
  if (typeof protectedPart !== 'string' || typeof payload !== 'string') return null;
  if (typeof signature !== 'string' || !isRecord(header) || !hasOnlyKeys(header, ['leaf', 'proof']))
    return null;
  const { leaf, proof } = header;
  if (!Number.isSafeInteger(leaf) || (leaf as number) < 0) return null;
  if (!Array.isArray(proof) || proof.length > 20) return null;
  const hashes: Buffer[] = [];
  for (const p of proof) {
    const bytes = typeof p === 'string' ? decodeBase64url(p) : null;
    if (!bytes || bytes.length !== 32) return null;
    hashes.push(bytes);
  }
  return { protected: protectedPart, payload, signature, leaf: leaf as number, proof: hashes };
}

/** The signed body of a version 2 receipt: who, when, and the tree. */
function parseTree(payload: Uint8Array): {
  sender: string;
  receiver: string;
  receivedAt: string;
  treeSize: number;
  treeRoot: Buffer;
} | null {
  const value = signedObject(payload, BATCH_FIELDS);
  if (!value) return null;
  const { sender, receiver, receivedAt, treeSize, treeRoot } = value;
  if (!isIdentifier(sender) || !isIdentifier(receiver) || !isIsoInstant(receivedAt)) return null;
  if (!Number.isSafeInteger(treeSize) || (treeSize as number) < 1) return null;
  if ((treeSize as number) > MAX_TREE_SIZE || typeof treeRoot !== 'string') return null;
  const root = decodeBase64url(treeRoot);
  if (!root || root.length !== 32) return null;
  return { sender, receiver, receivedAt, treeSize: treeSize as number, treeRoot: root };
}
