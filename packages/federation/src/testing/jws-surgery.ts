// Take envelopes apart and put them back together the way an attacker would.
import { CompactSign, type CompactJWSHeaderParameters } from 'jose';
import { sign, type KeyObject } from 'node:crypto';
import { decodeJsonObject } from '../compact-jws.ts';

/** The decoded protected header of a compact JWS (or the first part of a JWE). */
export function headerOf(compact: string): Readonly<Record<string, unknown>> {
  const header = decodeJsonObject(compact.split('.')[0] ?? '');
  if (!header) throw new Error('no header');
  return header;
}

export function encodeHeader(header: Readonly<Record<string, unknown>>): string {
  return Buffer.from(JSON.stringify(header)).toString('base64url');
}

/** The JWE an envelope carries. */
export function innerJwe(envelope: string): string {
  return Buffer.from(envelope.split('.')[1] ?? '', 'base64url').toString('utf8');
}

/**
 * Signs any header over any payload, as an attacker could: EdDSA directly with node:crypto
 * (so that headers jose would refuse to produce, such as unknown `crit`, can be made),
 * other algorithms (HS256) through jose.
 */
export async function forge(
  header: Readonly<Record<string, unknown>>,
  payload: string,
  key: KeyObject | Uint8Array,
): Promise<string> {
  if (header.alg === 'EdDSA' && !(key instanceof Uint8Array)) {
    const signingInput = `${encodeHeader(header)}.${Buffer.from(payload).toString('base64url')}`;
    const signature = sign(null, Buffer.from(signingInput), key).toString('base64url');
    return `${signingInput}.${signature}`;
  }
  const protectedHeader: CompactJWSHeaderParameters = { ...header, alg: String(header.alg) };
  return new CompactSign(new TextEncoder().encode(payload))
    .setProtectedHeader(protectedHeader)
    .sign(key);
}

/** Flips one bit of the byte at `index` of a base64url part. */
export function flipByte(part: string, index: number): string {
  const bytes = Buffer.from(part, 'base64url');
  bytes[index] = (bytes[index] ?? 0) ^ 0x01;
  return bytes.toString('base64url');
}

/** An unsigned JWS: `alg: none`, empty signature. */
export function unsigned(header: Readonly<Record<string, unknown>>, payload: string): string {
  return `${encodeHeader({ ...header, alg: 'none' })}.${Buffer.from(payload).toString('base64url')}.`;
}
