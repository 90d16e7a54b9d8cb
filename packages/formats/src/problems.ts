// What can go wrong reading or writing a hash set. Parsers never throw on bad
// input: they report each problem with a stable code and where it is, and go
// on with the next entry. Serialisers report what a format cannot hold.

import type { CodedError } from '@concord/core';

/** Stable codes of parse problems; callers may switch on them. */
export const PARSE_PROBLEM_CODES = [
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
export type ParseProblemCode = (typeof PARSE_PROBLEM_CODES)[number];

/** One thing wrong with the input, and where. */
export interface ParseProblem extends CodedError<ParseProblemCode> {
  /** 1-based line of the input, or null when it concerns the whole input. */
  readonly line: number | null;
  /** Where inside a JSON document (`value[3].Media[7].MD5`) or which CSV column; else null. */
  readonly path: string | null;
}

/** Stable codes of serialise problems: what the target format cannot hold. */
export const SERIALISE_PROBLEM_CODES = [
  /** A signal of a type the format cannot carry; it was left out. */
  'unsupported_signal_type',
  /** A grade in a scheme the format (or the chosen VICS profile) cannot carry; it was left out. */
  'unsupported_grade',
  /** The item has no hash the format can write (VICS needs an MD5); the item was left out. */
  'missing_hash',
  /** Metadata the format has no place for; it was left out. */
  'dropped_field',
] as const;
export type SerialiseProblemCode = (typeof SERIALISE_PROBLEM_CODES)[number];

/** What was lost writing one item. */
export interface SerialiseProblem extends CodedError<SerialiseProblemCode> {
  /** 0-based position of the item in the input. */
  readonly itemIndex: number;
  readonly sourceId: string | null;
}

/** Where a problem is: a line, a JSON path, or both. */
export interface ProblemLocation {
  readonly line: number | null;
  readonly path: string | null;
}

/** Longest message kept: a hostile value quoted in a message must not flood memory or logs. */
const MAX_MESSAGE = 400;

export function parseProblem(
  code: ParseProblemCode,
  message: string,
  at: ProblemLocation,
): ParseProblem {
  const short = message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message;
  return { code, message: short, line: at.line, path: at.path };
}

export function atLine(line: number | null, path: string | null = null): ProblemLocation {
  return { line, path };
}

/** A value for messages: quoted, and cut short so hostile input cannot flood a log. */
export function quote(text: string, max = 80): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return JSON.stringify(cut);
}
