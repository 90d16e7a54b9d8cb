// What can go wrong reading or writing a hash set. Parsers never throw on bad
// input: they report each problem with a stable code and where it is, and go
// on with the next entry. Serialisers report what a format cannot hold.

import { HASH_SET_PROBLEM_CODES, type CodedError } from '@concord/core';

/** Stable codes of parse problems (listed, with their meaning, in core). */
export const PARSE_PROBLEM_CODES = HASH_SET_PROBLEM_CODES;
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
