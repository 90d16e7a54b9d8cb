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
