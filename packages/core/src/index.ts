export { ok, err } from './result.ts';
export type { Result, CodedError } from './result.ts';
export type { Brand } from './brand.ts';
export { systemClock } from './clock.ts';
export type { Clock } from './clock.ts';
export { ROLES, PERMISSIONS, isRole, isPermission, permissionsOf, can } from './accounts/roles.ts';
export type { Role, Permission } from './accounts/roles.ts';
export {
  TLP_LEVELS,
  PAP_LEVELS,
  PURPOSES,
  NO_RESTRICTIONS,
  DEFAULT_HANDLING,
  isTlp,
  isPap,
  isPurpose,
  compareTlp,
  narrowHandling,
  parseHandlingCode,
} from './handling/handling-code.ts';
export type {
  Tlp,
  Pap,
  Purpose,
  OriginatorRestrictions,
  HandlingCode,
} from './handling/handling-code.ts';
export { decide, ACT_LEVELS, DENY_REASONS } from './handling/decide.ts';
export type {
  PolicySubject,
  PolicyItem,
  PolicyAction,
  PolicyActionKind,
  PolicyDecision,
  DenyReason,
  ActLevel,
} from './handling/decide.ts';
export { canonicalJson } from './audit/canonical-json.ts';
export type { CanonicalValue } from './audit/canonical-json.ts';
export {
  AUDIT_OUTCOMES,
  GENESIS_HASH,
  auditHashInput,
  chainAuditEvent,
  AuditChainVerifier,
} from './audit/audit-chain.ts';
export type {
  AuditOutcome,
  AuditEventContent,
  ChainedAuditEvent,
  StoredAuditEvent,
  ChainBreak,
  ChainVerdict,
  Sha256Hex,
} from './audit/audit-chain.ts';
export { ISO3166_ALPHA2, isJurisdictionCode } from './jurisdiction/iso3166.ts';
export { AUDIT_ACTIONS, isAuditAction } from './audit/audit-actions.ts';
export type { AuditAction } from './audit/audit-actions.ts';
export {
  PDQ_MATCH_THRESHOLD,
  PDQ_QUALITY_FLOOR,
  PDQ_HASH_BITS,
  PDQ_MIN_DIMENSION,
  DIHEDRAL_TRANSFORMS,
  VPDQ_QUERY_MATCH_PERCENT,
  VPDQ_COMPARED_MATCH_PERCENT,
  isPdqHash,
  parsePdqHash,
  pdqHammingDistance,
  pdqHash,
  pdqDihedralHashes,
  formatVpdq,
  parseVpdq,
  matchVpdq,
} from './pdq/index.ts';
export type {
  PdqHash,
  PdqHashParseError,
  PdqImage,
  PdqStretch,
  PdqHashOptions,
  PdqResult,
  PdqDihedralResult,
  DihedralTransform,
  VpdqFeature,
  VpdqParseError,
  VpdqMatchOptions,
  VpdqMatchResult,
} from './pdq/index.ts';
export {
  SIGNAL_TYPES,
  SIGNAL_TYPE_DEFINITIONS,
  isSignalType,
  normaliseSignal,
  detectSignalType,
  GRADE_SCHEMES,
  GRADE_VALUES,
  isGradeScheme,
  normaliseGradeValue,
  SignalMatcher,
  HASH_SET_FORMAT_IDS,
  HASH_SET_PROBLEM_CODES,
} from './signals/index.ts';
export type {
  SignalType,
  SignalMatching,
  SignalTypeDefinition,
  SignalValueError,
  Grade,
  GradeScheme,
  GradeValueInfo,
  GradeValueError,
  HashSetItem,
  HashSetFormatId,
  HashSetProblemCode,
  JsonValue,
  SignalHit,
} from './signals/index.ts';
export {
  createMihIndex,
  createBruteForceIndex,
  packHash256Entries,
  DIGEST_ALGORITHMS,
  createDigestMap,
} from './match-index/index.ts';
export type {
  Hash256Entry,
  Hash256Index,
  Hash256IndexFactory,
  Hash256Match,
  PackedHash256Entries,
  Hash256IndexError,
  Hash256IndexErrorCode,
  DigestAlgorithm,
  DigestMap,
  DigestMapError,
  DigestMapErrorCode,
} from './match-index/index.ts';
export { uuidv7, monotonicUuidv7, isUuidv7 } from './ids/uuidv7.ts';
