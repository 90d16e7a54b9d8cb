// Public surface of the match index: exact Hamming-radius search over 256-bit
// (PDQ) hashes, and exact maps for cryptographic digests.
export { createMihIndex } from './mih-index.ts';
export { createBruteForceIndex } from './brute-force-index.ts';
export { packHash256Entries } from './hash256-index.ts';
export type {
  Hash256Entry,
  Hash256Index,
  Hash256IndexFactory,
  Hash256Match,
  PackedHash256Entries,
} from './hash256-index.ts';
export type { Hash256IndexError, Hash256IndexErrorCode } from './hash256.ts';
export { DIGEST_ALGORITHMS, createDigestMap } from './digest-map.ts';
export type {
  DigestAlgorithm,
  DigestMap,
  DigestMapError,
  DigestMapErrorCode,
} from './digest-map.ts';
