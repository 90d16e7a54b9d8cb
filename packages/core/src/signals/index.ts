export {
  SIGNAL_TYPES,
  SIGNAL_TYPE_DEFINITIONS,
  isSignalType,
  normaliseSignal,
  detectSignalType,
} from './signal-types.ts';
export type {
  SignalType,
  SignalMatching,
  SignalTypeDefinition,
  SignalValueError,
} from './signal-types.ts';
export { GRADE_SCHEMES, GRADE_VALUES, isGradeScheme, normaliseGradeValue } from './grades.ts';
export type { Grade, GradeScheme, GradeValueInfo, GradeValueError } from './grades.ts';
export { HASH_SET_FORMAT_IDS, HASH_SET_PROBLEM_CODES } from './hash-set-item.ts';
export type {
  HashSetItem,
  HashSetFormatId,
  HashSetProblemCode,
  JsonValue,
} from './hash-set-item.ts';
export { SignalMatcher } from './signal-matcher.ts';
export type { SignalHit } from './signal-matcher.ts';
