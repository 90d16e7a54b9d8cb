// Public surface of @concord/formats: reading and writing hash sets in the
// formats practitioners hold (VICS JSON, ICSE CSV, plain CSV, hash lists,
// ThreatExchange signal lists). Pure: strings and byte streams in, text out;
// files and sockets are the caller's.

export { FORMATS } from './registry.ts';
export { FORMAT_IDS, ITEM_FIELDS, isFormatId } from './format-definition.ts';
export type {
  FormatId,
  FormatDefinition,
  FormatCapabilities,
  FormatHeader,
  FormatInput,
  ItemField,
  ItemSource,
  ParseEvent,
  ParseOptions,
  SerialiseEvent,
  SerialiseOptions,
} from './format-definition.ts';
export { parseHashSet, serialiseHashSet } from './parse-hash-set.ts';
export type { ParseHashSetOptions, ParseResult } from './parse-hash-set.ts';
export { detectFormat } from './detect-format.ts';
export { splitLines, DEFAULT_MAX_LINE_BYTES } from './input/lines.ts';
export type { LineEvent, SplitLinesOptions } from './input/lines.ts';
export { PARSE_PROBLEM_CODES, SERIALISE_PROBLEM_CODES } from './problems.ts';
export type {
  ParseProblem,
  ParseProblemCode,
  SerialiseProblem,
  SerialiseProblemCode,
} from './problems.ts';
export { VICS_CASE_KEY, VICS_PROFILES, VICS_VERSIONS } from './vics/vics-header.ts';
export type { VicsHeader, VicsProfile, VicsVersion } from './vics/vics-header.ts';
export { DEFAULT_MAX_DOCUMENT_BYTES } from './vics/vics-reader.ts';
