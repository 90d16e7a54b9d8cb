// Public surface of PDQ / vPDQ in the pure core: hashing pixel buffers,
// hash values and distances, and the vPDQ text form and match rule. Decoding
// files and videos lives in @concord/media.

export {
  PDQ_MATCH_THRESHOLD,
  PDQ_QUALITY_FLOOR,
  PDQ_HASH_BITS,
  isPdqHash,
  parsePdqHash,
  pdqHammingDistance,
} from './pdq-hash.ts';
export type { PdqHash, PdqHashParseError } from './pdq-hash.ts';
export type { PdqImage, PdqStretch } from './pixel-image.ts';
export { PDQ_MIN_DIMENSION, pdqHash, pdqDihedralHashes } from './pdq-hasher.ts';
export type { PdqResult, PdqDihedralResult, PdqHashOptions } from './pdq-hasher.ts';
export { DIHEDRAL_TRANSFORMS } from './dct.ts';
export type { DihedralTransform } from './dct.ts';
export { formatVpdq, parseVpdq } from './vpdq-feature.ts';
export type { VpdqFeature, VpdqParseError } from './vpdq-feature.ts';
export { matchVpdq, VPDQ_QUERY_MATCH_PERCENT, VPDQ_COMPARED_MATCH_PERCENT } from './vpdq-match.ts';
export type { VpdqMatchOptions, VpdqMatchResult } from './vpdq-match.ts';
