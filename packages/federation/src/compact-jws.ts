import type { KeyObject } from 'node:crypto';
import { CURVE25519 } from './curve25519.ts';
import { decodeBase64url, isIdentifier } from './field-checks.ts';

/**
 * A compact JWS split into its parts, with the protected header decoded (not
 * yet trusted). A payload of SMALL_PART characters or more is checked to be
 * base64url only when it is decoded.
 */
export interface JwsParts {
  readonly header: Readonly<Record<string, unknown>>;
  readonly headerPart: string;
  readonly payloadPart: string;
  readonly signaturePart: string;
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;
/** Parts from this length on are checked by decoding them instead of by BASE64URL. */
const SMALL_PART = 4096;
/** Headers are small; anything larger is not one of ours. */
const MAX_HEADER_CHARS = 16 * 1024;
/** The only signature algorithm accepted anywhere in federation. */
const ALGORITHMS = ['EdDSA'];

/**
 * Splits a compact JWS and decodes its protected header, or returns null when the text is
 * not three base64url parts with a JSON object for a header. Nothing is verified here.
 */
export function splitCompactJws(text: string): JwsParts | null {
  const first = text.indexOf('.');
  const second = first < 0 ? -1 : text.indexOf('.', first + 1);
  if (second < 0 || text.indexOf('.', second + 1) >= 0) return null;
  const headerPart = text.slice(0, first);
  const payloadPart = text.slice(first + 1, second);
  const signaturePart = text.slice(second + 1);
  if (headerPart.length === 0 || headerPart.length > MAX_HEADER_CHARS) return null;
  if (!BASE64URL.test(headerPart) || !BASE64URL.test(signaturePart)) return null;
  // The payload can be megabytes: it is checked as it is decoded (verifyCompact).
  if (payloadPart.length < SMALL_PART && !BASE64URL.test(payloadPart)) return null;
  const header = decodeJsonObject(headerPart);
  return header ? { header, headerPart, payloadPart, signaturePart } : null;
}

/** Decodes base64url JSON that must be an object; null otherwise. */
export function decodeJsonObject(part: string): Readonly<Record<string, unknown>> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return isRecord(value) ? value : null;
  } catch {
    return null;
  }
}

export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The header checks every Concord JWS passes before its signature is tried: EdDSA only
 * (never `none`, never an HMAC a public key could be misused as), the expected `typ`,
 * a `kid` that is an identifier, and no `crit` extensions (such as `b64: false`).
 */
export function hasConcordHeader(header: Readonly<Record<string, unknown>>, typ: string): boolean {
  return (
    header.alg === 'EdDSA' &&
    header.typ === typ &&
    isIdentifier(header.kid) &&
    header.crit === undefined
  );
}

/**
 * Signs `payload` as a compact JWS with the given protected header (alg is set to EdDSA).
 * Ed25519 through CURVE25519 (libsodium where it loads, else node:crypto) directly: jose 6
 * goes through WebCrypto, a thread-pool job and a CryptoKey per signature, which cost
 * several times the signature itself. The output is the same standard compact JWS (the
 * tests verify it with jose).
 */
export async function signCompact(
  header: Readonly<Record<string, unknown>>,
  payload: Uint8Array,
  key: KeyObject,
): Promise<string> {
  if (key.type !== 'private' || key.asymmetricKeyType !== 'ed25519')
    throw new TypeError('signCompact: the key must be an Ed25519 private key');
  const input = `${Buffer.from(JSON.stringify({ ...header, alg: 'EdDSA' }), 'utf8').toString('base64url')}.${Buffer.from(payload).toString('base64url')}`;
  return `${input}.${CURVE25519.sign(Buffer.from(input, 'ascii'), key).toString('base64url')}`;
}

/**
 * Signs `payload` as a JWS with a detached payload (RFC 7515 Appendix F, `header..signature`):
 * the verifier recomputes the payload from the object it holds, so the two cannot differ.
 */
export async function signDetached(
  header: Readonly<Record<string, unknown>>,
  payload: Uint8Array,
  key: KeyObject,
): Promise<string> {
  const jws = await signCompact(header, payload, key);
  const [h, , s] = jws.split('.');
  return `${h ?? ''}..${s ?? ''}`;
}

/**
 * The verified payload of a compact JWS, or null for any failure: not three base64url
 * parts, a header that is not a JSON object, an algorithm other than EdDSA, any `crit`
 * extension (so never `b64: false`), a key that is not an Ed25519 public key, or a
 * signature that does not verify.
 */
export async function verifyCompact(jws: string, key: KeyObject): Promise<Uint8Array | null> {
  if (typeof jws !== 'string') return null;
  const parts = splitCompactJws(jws);
  if (!parts || !ALGORITHMS.includes(String(parts.header.alg)) || parts.header.crit !== undefined)
    return null;
  if (key.type !== 'public' || key.asymmetricKeyType !== 'ed25519') return null;
  const payload = decodeBase64url(parts.payloadPart);
  if (!payload) return null;
  const signature = Buffer.from(parts.signaturePart, 'base64url');
  const input = Buffer.from(`${parts.headerPart}.${parts.payloadPart}`, 'ascii');
  if (!CURVE25519.verify(input, signature, key)) return null;
  return new Uint8Array(payload.buffer, payload.byteOffset, payload.byteLength);
}

/** Verifies a detached JWS (`header..signature`) over `payload`; false for any failure. */
export async function verifyDetached(
  detached: string,
  payload: Uint8Array,
  key: KeyObject,
): Promise<boolean> {
  const parts = splitCompactJws(detached);
  if (!parts || parts.payloadPart !== '') return false;
  const attached = `${parts.headerPart}.${Buffer.from(payload).toString('base64url')}.${parts.signaturePart}`;
  return (await verifyCompact(attached, key)) !== null;
}
