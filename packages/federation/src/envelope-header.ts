import {
  err,
  isUuidv7,
  ok,
  parseHandlingCode,
  type CodedError,
  type HandlingCode,
  type Result,
} from '@concord/core';
import { isIdentifier, isIsoInstant } from './field-checks.ts';

/** What an envelope says about itself, readable (and checked) before it is decrypted. */
export interface EnvelopeClaims {
  /** UUIDv7, unique per message: the receiver's replay check keys on it. */
  readonly id: string;
  /** The message type, dotted lower case, e.g. `bank.delta`. */
  readonly type: string;
  /** The payload's schema version for this type, an integer from 1. */
  readonly schemaVersion: number;
  /** Node ids of the two ends. */
  readonly sender: string;
  readonly recipient: string;
  /** ISO 8601 instants; on the wire they are whole seconds (`iat`, `exp`). */
  readonly created: string;
  readonly expires: string;
  readonly handling: HandlingCode | null;
}

/** Why an envelope was refused, in the order `openEnvelope` checks. */
export type EnvelopeError = CodedError<
  | 'malformed_envelope'
  | 'envelope_too_large'
  | 'unknown_sender'
  | 'suspended_sender'
  | 'unknown_key'
  | 'bad_signature'
  | 'wrong_recipient'
  | 'expired'
  | 'not_yet_valid'
  | 'replayed'
  | 'unsupported_schema_version'
  | 'decryption_failed'
>;

export const ENVELOPE_TYP = 'concord-envelope+jws';
const MESSAGE_TYPE = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/;
const MAX_MESSAGE_TYPE = 100;

/** The JWS protected header of an envelope: the claims, under their short wire names. */
export function envelopeHeader(claims: EnvelopeClaims, kid: string): Record<string, unknown> {
  if (!isIsoInstant(claims.created) || !isIsoInstant(claims.expires)) {
    throw new Error('sealEnvelope: created and expires must be ISO 8601 UTC instants');
  }
  return {
    alg: 'EdDSA',
    kid,
    typ: ENVELOPE_TYP,
    cty: 'jwe',
    id: claims.id,
    type: claims.type,
    v: claims.schemaVersion,
    iss: claims.sender,
    aud: claims.recipient,
    iat: Math.floor(Date.parse(claims.created) / 1000),
    exp: Math.floor(Date.parse(claims.expires) / 1000),
    hc: claims.handling,
  };
}

/**
 * Reads the claims from a decoded (unverified) envelope header, checking every one.
 * An algorithm other than EdDSA is a `bad_signature`: `none` and HMAC are never accepted.
 */
export function readEnvelopeHeader(
  h: Readonly<Record<string, unknown>>,
): Result<EnvelopeClaims & { readonly kid: string }, EnvelopeError> {
  const bad = (what: string) => err('malformed_envelope', `malformed envelope header: ${what}`);
  if (h.typ !== ENVELOPE_TYP || h.cty !== 'jwe') return bad('not a Concord envelope');
  if (h.alg !== 'EdDSA') return err('bad_signature', 'only EdDSA envelope signatures are accepted');
  if (h.crit !== undefined) return bad('critical header extensions are not supported');
  const { kid, id, type, v, iss, aud, iat, exp } = h;
  if (!isIdentifier(kid)) return bad('kid');
  if (typeof id !== 'string' || !isUuidv7(id)) return bad('id must be a lower-case UUIDv7');
  if (typeof type !== 'string' || type.length > MAX_MESSAGE_TYPE || !MESSAGE_TYPE.test(type)) {
    return bad('type');
  }
  if (!isWholeNumber(v) || v < 1) return bad('v must be an integer from 1');
  if (!isIdentifier(iss) || !isIdentifier(aud)) return bad('iss and aud must be node ids');
  if (!isWholeNumber(iat) || !isWholeNumber(exp) || exp <= iat) {
    return bad('iat and exp must be whole seconds with exp after iat');
  }
  let handling: HandlingCode | null = null;
  if (h.hc !== null) {
    const parsed = parseHandlingCode(h.hc);
    if (!parsed.ok) return bad(parsed.error.message);
    handling = parsed.value;
  }
  return ok({
    kid,
    id,
    type,
    schemaVersion: v,
    sender: iss,
    recipient: aud,
    created: isoFromSeconds(iat),
    expires: isoFromSeconds(exp),
    handling,
  });
}

/** An integer in the range where seconds since 1970 still make a valid Date. */
function isWholeNumber(value: unknown): value is number {
  return Number.isSafeInteger(value) && typeof value === 'number' && value >= 0 && value < 8.64e12;
}

function isoFromSeconds(seconds: number): string {
  return new Date(seconds * 1000).toISOString();
}
