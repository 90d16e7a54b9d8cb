import { v1 } from '@concord/client';
/** The hash-set formats a node reads and writes, from the protocol. */
export const EXCHANGE_FORMATS = v1.HashSetFormat.options;
export type ExchangeFormat = (typeof EXCHANGE_FORMATS)[number];

/**
 * File-name endings, in the order a guess tries them: where two formats share
 * an ending (.csv, .txt), the more common one comes first.
 */
const ENDINGS: readonly (readonly [string, ExchangeFormat])[] = [
  ['.json', 'vics'],
  ['.csv', 'csv'],
  ['.te', 'threatexchange'],
  ['.txt', 'hash_list'],
  ['.md5', 'hash_list'],
  ['.sha1', 'hash_list'],
  ['.sha256', 'hash_list'],
  ['.pdq', 'hash_list'],
];

/**
 * The format a file's name suggests, or null. Only a first guess: ICSE and
 * plain CSV share `.csv`, hash lists and ThreatExchange lists share `.txt`.
 *
 * @example
 * guessFormat('known-2026.CSV') // 'csv'
 */
export function guessFormat(fileName: string): ExchangeFormat | null {
  const lower = fileName.toLowerCase();
  return ENDINGS.find(([ending]) => lower.endsWith(ending))?.[1] ?? null;
}

export function isExchangeFormat(value: string): value is ExchangeFormat {
  return (EXCHANGE_FORMATS as readonly string[]).includes(value);
}

/**
 * The stable codes of the problems an import report lists, mirroring
 * PARSE_PROBLEM_CODES and SERIALISE_PROBLEM_CODES of @concord/formats
 * (`ImportProblem.code` is a plain string in the protocol). A code not listed
 * here is shown as the node wrote it.
 */
export const FORMAT_PROBLEM_CODES = [
  'invalid_signal_value',
  'invalid_grade',
  'invalid_field',
  'missing_hash',
  'conflicting_signal',
  'bad_utf8',
  'line_too_long',
  'unsupported_signal_type',
  'ambiguous_signal_type',
  'malformed_json',
  'unknown_format_version',
  'malformed_csv',
  'document_too_large',
  'too_many_problems',
  'unsupported_grade',
  'dropped_field',
] as const;
export type FormatProblemCode = (typeof FORMAT_PROBLEM_CODES)[number];

export function isFormatProblemCode(value: string): value is FormatProblemCode {
  return (FORMAT_PROBLEM_CODES as readonly string[]).includes(value);
}
