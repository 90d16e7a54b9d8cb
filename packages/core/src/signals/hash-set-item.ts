import type { GradeScheme } from './grades.ts';
import type { SignalType } from './signal-types.ts';

/** Any JSON value: what an item keeps from its source format that Concord does not model. */
export type JsonValue =
  string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * One entry of a hash set as formats read and write it: a piece of media
 * known by one or more hashes, with its classification. Banks store each hash
 * as a signal and keep the group together through `sourceId`.
 */
export interface HashSetItem {
  /** At least one, normalised, no type twice. */
  readonly signals: readonly { readonly type: SignalType; readonly value: string }[];
  readonly grade: { readonly scheme: GradeScheme; readonly value: string } | null;
  readonly series: string | null;
  readonly victimIdentified: boolean | null;
  readonly offenderIdentified: boolean | null;
  readonly isDistributed: boolean | null;
  readonly comments: string | null;
  /** The item's id in its source (VICS MediaID, ICSE Image ID), if any. */
  readonly sourceId: string | null;
  /** Source fields not modelled above, kept so that exporting again loses nothing. */
  readonly extra: { readonly [key: string]: JsonValue } | null;
}

/** The hash-set formats Concord reads and writes (their definitions live in @concord/formats). */
export const HASH_SET_FORMAT_IDS = ['vics', 'icse', 'csv', 'hash_list', 'threatexchange'] as const;
export type HashSetFormatId = (typeof HASH_SET_FORMAT_IDS)[number];

/**
 * Stable codes of the problems reading a hash-set file can report, row by
 * row; import reports carry them over the wire.
 */
export const HASH_SET_PROBLEM_CODES = [
  /** A hash is not a valid value of its type. */
  'invalid_signal_value',
  /** A grade (VICS Category, ICSE Baseline, CSV grade) is not one of its scheme's values. */
  'invalid_grade',
  /** A field other than a hash or grade has the wrong shape (a flag that is not yes/no...). */
  'invalid_field',
  /** An entry carries no hash at all. */
  'missing_hash',
  /** An entry gives two different values for the same signal type. */
  'conflicting_signal',
  'bad_utf8',
  'line_too_long',
  /** A signal type Concord does not hold, or one the format cannot carry; the message names it. */
  'unsupported_signal_type',
  /** 64 hexadecimal characters: PDQ or SHA-256. The caller must say which. */
  'ambiguous_signal_type',
  'malformed_json',
  /** A VICS document whose data-model URL is missing or not one Concord knows. */
  'unknown_format_version',
  'malformed_csv',
  /** A JSON document larger than the configured cap. */
  'document_too_large',
  /** The problem cap was reached; the rest of the input was not read. */
  'too_many_problems',
] as const;
export type HashSetProblemCode = (typeof HASH_SET_PROBLEM_CODES)[number];
