import type { KeyObject } from 'node:crypto';
import { canonicalJson, err, isUuidv7, ok, type CodedError, type Result } from '@concord/core';
import {
  hasConcordHeader,
  isRecord,
  signCompact,
  splitCompactJws,
  verifyCompact,
} from './compact-jws.ts';
import { hasOnlyKeys, isIdentifier, isIsoInstant } from './field-checks.ts';
import { importRawPublicKey } from './raw-public-key.ts';

/** A receiver's signed statement that it received one envelope, byte for byte. */
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
const SHA256_HEX = /^[0-9a-f]{64}$/;
const FIELDS = ['messageId', 'envelopeDigest', 'sender', 'receiver', 'receivedAt'];
/** Receipts are a few hundred bytes; refuse anything much larger before verifying it. */
const MAX_RECEIPT_CHARS = 8192;

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

/**
 * Verifies a receipt against the receiver's signing key and what the sender expects: the
 * message it sent, the digest of the envelope it sent, and the node it sent it to.
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
): Promise<Result<Receipt, ReceiptError>> {
  if (typeof jws !== 'string' || jws.length > MAX_RECEIPT_CHARS) {
    return err('malformed_receipt', 'not a receipt');
  }
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

function parseReceipt(payload: Uint8Array): Receipt | null {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload));
  } catch {
    return null;
  }
  if (!isRecord(value) || !hasOnlyKeys(value, FIELDS)) return null;
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
