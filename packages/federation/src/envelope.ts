import { hash, type KeyObject } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { err, ok, type Result } from '@concord/core';
import { decodeJsonObject, signCompact, splitCompactJws, verifyCompact } from './compact-jws.ts';
import {
  envelopeHeader,
  readEnvelopeHeader,
  type EnvelopeClaims,
  type EnvelopeError,
} from './envelope-header.ts';
import { decodeBase64url, isIdentifier } from './field-checks.ts';
import { decryptJwe, encryptJwe } from './okp-jwe.ts';
import { importRawPublicKey } from './raw-public-key.ts';

export type { EnvelopeClaims, EnvelopeError } from './envelope-header.ts';

const KEY_MANAGEMENT = 'ECDH-ES+A256KW';
const CONTENT_ENCRYPTION = 'A256GCM';
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
/** How far ahead of our clock a sender's `iat` may be; `exp` gets no such grace. */
const CLOCK_SKEW_MS = 2 * 60 * 1000;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** The keys sealing takes: ours to sign, the recipient's (from its card) to encrypt to. */
export interface SealKeys {
  readonly signingKey: KeyObject;
  readonly signingKid: string;
  /** Raw X25519 public key, base64url. */
  readonly recipientEncryptionKey: string;
  readonly recipientEncryptionKid: string;
}

/** What the receiving node supplies to open an envelope. */
export interface OpenContext {
  readonly myNodeId: string;
  readonly now: Date;
  /**
   * The sender's signing public key for this kid, or why not: unknown node, suspended node,
   * unknown key. Return only a key the sender's verified card accepts now
   * (`acceptedSigningKeys(card, now)`), so that a retired key stops working.
   */
  resolveSender(
    nodeId: string,
    kid: string,
  ): Promise<
    | { readonly publicKey: string }
    | { readonly refused: 'unknown_sender' | 'suspended_sender' | 'unknown_key' }
  >;
  /** Our X25519 private key for this kid, or null. Keep a retired key until what was sealed to it has expired. */
  decryptionKey(kid: string): KeyObject | null;
  /**
   * True if this message id was already accepted (replay). Opening does not record the id:
   * the caller records it when it accepts the message, and keeps it at least until the
   * envelope's `expires`, after which the expiry check refuses the envelope anyway.
   */
  seen(id: string): Promise<boolean>;
  supportedVersions(type: string): readonly number[];
  /**
   * Largest accepted envelope, bytes (default 64 MiB); also the largest
   * payload a compressed envelope may inflate to.
   */
  readonly maxBytes?: number;
  /**
   * Whether this message may come compressed (`zip: "DEF"` in its encrypted
   * part's header). Without it, a compressed envelope is refused as malformed.
   */
  readonly compressed?: boolean;
}

/** An envelope that passed every check, with its decrypted payload (still to be validated). */
export interface OpenedEnvelope {
  readonly claims: EnvelopeClaims;
  readonly payload: unknown;
  /** SHA-256 (hex) of the envelope text, for receipts and deduplication (computed on first read). */
  readonly digest: string;
}

/**
 * Seals a payload for one recipient: JSON, encrypted to the recipient's X25519 key (JWE,
 * ECDH-ES+A256KW, A256GCM; message id, sender and recipient in its protected header), then signed by us
 * (JWS, EdDSA) with the claims in the JWS protected header. Times are sent in whole
 * seconds (rounded down). Throws for invalid claims or keys: those are bugs.
 *
 * @example
 * const envelope = await sealEnvelope(claims, { rows: [] }, {
 *   signingKey, signingKid: 'sig-1', recipientEncryptionKey: peerKey, recipientEncryptionKid: 'enc-1',
 * });
 */
export async function sealEnvelope(
  claims: EnvelopeClaims,
  payload: unknown,
  keys: SealKeys,
  options: { readonly compress?: boolean } = {},
): Promise<string> {
  const header = envelopeHeader(claims, keys.signingKid);
  const checked = readEnvelopeHeader(header);
  if (!checked.ok) throw new Error(`sealEnvelope: ${checked.error.message}`);
  const recipientKey = importRawPublicKey(keys.recipientEncryptionKey, 'X25519');
  if (!recipientKey || !isIdentifier(keys.recipientEncryptionKid)) {
    throw new Error('sealEnvelope: the recipient encryption key or kid is invalid');
  }
  const json = JSON.stringify(payload);
  if (typeof json !== 'string') throw new TypeError('sealEnvelope: the payload is not JSON');
  const jwe = encryptJwe(
    Buffer.from(json, 'utf8'),
    {
      kid: keys.recipientEncryptionKid,
      id: claims.id,
      iss: claims.sender,
      aud: claims.recipient,
    },
    recipientKey,
    options.compress === true,
  );
  return signCompact(header, new TextEncoder().encode(jwe), keys.signingKey);
}

/**
 * Opens an envelope addressed to us, checking in this order: size, shape, claims, that we
 * are the recipient, the sender and its key, the signature, the time (2 minutes of skew on
 * `created`, none on `expires`), the schema version, replay, and only then decryption
 * (the encrypted part must name the same message id, sender and recipient). The payload must be JSON; checking
 * it against the type's schema is the caller's job.
 *
 * @example
 * const r = await openEnvelope(text, ctx);
 * if (!r.ok) return reply(r.error.code); // e.g. 'expired'
 */
export async function openEnvelope(
  envelope: string,
  ctx: OpenContext,
): Promise<Result<OpenedEnvelope, EnvelopeError>> {
  const maxBytes = ctx.maxBytes ?? DEFAULT_MAX_BYTES;
  if (typeof envelope !== 'string') return err('malformed_envelope', 'an envelope is text');
  if (envelope.length > maxBytes || Buffer.byteLength(envelope, 'utf8') > maxBytes) {
    return err('envelope_too_large', `the envelope is larger than ${maxBytes} bytes`);
  }
  const parts = splitCompactJws(envelope);
  if (!parts) return err('malformed_envelope', 'not a compact JWS');
  const read = readEnvelopeHeader(parts.header);
  if (!read.ok) return read;
  const { kid, ...claims } = read.value;
  const verified = await verifySender(envelope, kid, claims, ctx);
  if (!verified.ok) return verified;
  const accepted = await checkAcceptable(claims, ctx);
  if (!accepted.ok) return accepted;
  const payload = await decryptPayload(verified.value, claims, ctx);
  if (!payload.ok) return payload;
  // Hashed when asked for: the inbox needs it for receipts, a sync page (megabytes) does not.
  let digest: string | null = null;
  return ok({
    claims,
    payload: payload.value,
    get digest() {
      digest ??= hash('sha256', envelope, 'hex');
      return digest;
    },
  });
}

/**
 * The claims of an envelope without verifying anything, for routing and error reports
 * only: never act on them before `openEnvelope` succeeds.
 *
 * @example
 * const peek = peekClaims(text);
 * if (peek.ok) log(`from ${peek.value.sender}`);
 */
export function peekClaims(
  envelope: string,
): Result<EnvelopeClaims & { readonly kid: string }, EnvelopeError> {
  const parts = typeof envelope === 'string' ? splitCompactJws(envelope) : null;
  return parts ? readEnvelopeHeader(parts.header) : err('malformed_envelope', 'not a compact JWS');
}

/** Recipient, sender and key, then the signature; returns the signed JWE bytes. */
async function verifySender(
  envelope: string,
  kid: string,
  claims: EnvelopeClaims,
  ctx: OpenContext,
): Promise<Result<Uint8Array, EnvelopeError>> {
  if (claims.recipient !== ctx.myNodeId) {
    return err('wrong_recipient', `the envelope is addressed to ${claims.recipient}`);
  }
  const sender = await ctx.resolveSender(claims.sender, kid);
  if ('refused' in sender) {
    return err(sender.refused, `sender ${claims.sender} with key ${kid} is refused`);
  }
  const key = importRawPublicKey(sender.publicKey, 'Ed25519');
  if (!key) return err('unknown_key', `key ${kid} of ${claims.sender} is not an Ed25519 key`);
  const signed = await verifyCompact(envelope, key);
  return signed ? ok(signed) : err('bad_signature', 'the envelope signature does not verify');
}

/** Time window, schema version and replay: the checks on verified claims. */
async function checkAcceptable(
  claims: EnvelopeClaims,
  ctx: OpenContext,
): Promise<Result<null, EnvelopeError>> {
  const now = ctx.now.getTime();
  if (now >= Date.parse(claims.expires)) {
    return err('expired', `the envelope expired at ${claims.expires}`);
  }
  if (Date.parse(claims.created) > now + CLOCK_SKEW_MS) {
    return err('not_yet_valid', `the envelope was created in the future (${claims.created})`);
  }
  if (!ctx.supportedVersions(claims.type).includes(claims.schemaVersion)) {
    return err(
      'unsupported_schema_version',
      `${claims.type} version ${claims.schemaVersion} is not supported`,
    );
  }
  if (await ctx.seen(claims.id))
    return err('replayed', `message ${claims.id} was already accepted`);
  return ok(null);
}

/**
 * Decrypts the signed JWE after checking it belongs to this message; the payload as JSON.
 * The JWE's protected header names the message id, sender and recipient. A sender cannot
 * wrap another message's ciphertext by mistake, and a peer that intercepts a ciphertext
 * cannot re-sign it as its own: it cannot change that header without the content key, as
 * the header is authenticated by A256GCM when we decrypt.
 */
async function decryptPayload(
  signedJwe: Uint8Array,
  claims: EnvelopeClaims,
  ctx: OpenContext,
): Promise<Result<unknown, EnvelopeError>> {
  // A compact JWE is ASCII: read byte for byte (faster than UTF-8 over
  // megabytes), any other byte then fails the base64url checks below.
  const jwe = Buffer.from(signedJwe.buffer, signedJwe.byteOffset, signedJwe.byteLength).toString(
    'latin1',
  );
  const jweParts = jwe.split('.');
  // The ciphertext (the fourth part) is the large one: checked by decoding it.
  if (
    jweParts.length !== 5 ||
    !jweParts.every((p, i) => (i === 3 ? decodeBase64url(p) !== null : BASE64URL.test(p)))
  ) {
    return err('malformed_envelope', 'the signed content is not a compact JWE');
  }
  const h = decodeJsonObject(jweParts[0] ?? '');
  if (!h || h.alg !== KEY_MANAGEMENT || h.enc !== CONTENT_ENCRYPTION) {
    return err(
      'malformed_envelope',
      `the encrypted part must use ${KEY_MANAGEMENT} and ${CONTENT_ENCRYPTION}`,
    );
  }
  if (h.crit !== undefined)
    return err('malformed_envelope', 'critical extensions are not supported');
  if (h.zip !== undefined && h.zip !== 'DEF')
    return err('malformed_envelope', 'the only compression supported is DEF (DEFLATE)');
  if (h.zip !== undefined && ctx.compressed !== true)
    return err('malformed_envelope', `a ${claims.type} message may not come compressed`);
  if (h.id !== claims.id || h.iss !== claims.sender || h.aud !== claims.recipient) {
    return err('malformed_envelope', 'the encrypted part belongs to another message');
  }
  const key = typeof h.kid === 'string' ? ctx.decryptionKey(h.kid) : null;
  if (!key) return err('decryption_failed', 'no decryption key for the encrypted part');
  let plaintext: Uint8Array;
  try {
    plaintext = decryptJwe(jweParts, h, key);
  } catch {
    return err('decryption_failed', 'the encrypted part does not decrypt with our key');
  }
  if (h.zip === 'DEF') {
    // Inflated only once signed and decrypted, and never past the size an
    // envelope may have: a small envelope cannot become a memory bomb.
    const maxBytes = ctx.maxBytes ?? DEFAULT_MAX_BYTES;
    try {
      plaintext = inflateRawSync(plaintext, { maxOutputLength: maxBytes });
    } catch (e) {
      return (e as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE'
        ? err('envelope_too_large', `the payload inflates to more than ${maxBytes} bytes`)
        : err('malformed_envelope', 'the compressed payload is not valid DEFLATE data');
    }
  }
  try {
    const payload: unknown = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(plaintext),
    );
    return ok(payload);
  } catch {
    return err('malformed_envelope', 'the payload is not JSON');
  }
}
