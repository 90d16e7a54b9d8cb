import type { SignedProfileFile } from '@concord/law';
import type { v1 } from '@concord/protocol';

/**
 * The same type with every `readonly` removed, all the way down: what the HTTP layer's zod
 * response types ask for, where the law package hands out read-only views.
 */
export type Writable<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends readonly (infer U)[]
    ? Writable<U>[]
    : { -readonly [K in keyof T]: Writable<T[K]> };

/**
 * Read-only legal data as the wire types want it. Nothing is copied: `readonly` is only a
 * compile-time promise, and the values are plain JSON data that the response serialiser reads
 * and never changes.
 *
 * @example
 * return writable(report); // a HarmonisationReport as the LawHarmonisationReport schema's type
 */
export function writable<T>(value: T): Writable<T> {
  // Same runtime value; only the read-only marks of its type are dropped (see above).
  return value as Writable<T>;
}

/**
 * A signed profile file as the wire schema types it. Only Ed25519 signatures are stored
 * (verifyPublisher refuses any other `alg`), so the literal holds.
 */
export function wireProfileFile(file: SignedProfileFile): v1.LawSignedProfileFile {
  return { ...writable(file), signature: { ...file.signature, alg: 'Ed25519' } };
}
