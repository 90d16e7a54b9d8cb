// The shape every format has: what it reads and writes, what it can hold, and
// the two operations. The registry (registry.ts) lists them; nothing registers
// itself on import.

import {
  HASH_SET_FORMAT_IDS,
  type GradeScheme,
  type HashSetFormatId,
  type HashSetItem,
  type SignalType,
} from '@concord/core';
import type { ParseProblem, SerialiseProblem } from './problems.ts';
import type { VicsHeader } from './vics/vics-header.ts';

/** The one list of format ids, shared through core with the wire protocol. */
export const FORMAT_IDS = HASH_SET_FORMAT_IDS;
export type FormatId = HashSetFormatId;

const FORMAT_ID_SET: ReadonlySet<string> = new Set(FORMAT_IDS);

export function isFormatId(value: string): value is FormatId {
  return FORMAT_ID_SET.has(value);
}

/**
 * Input to a parser. Bytes are decoded as UTF-8 line by line, so a bad byte
 * costs one line, not the file; a string is taken as already decoded (whoever
 * decoded it, e.g. with `new TextDecoder('utf-8', { fatal: true })`, answers
 * for its validity). An async iterable of byte chunks, such as a Node read
 * stream, is read as it arrives; a chunk must not change after it is yielded.
 */
export type FormatInput = string | Uint8Array | AsyncIterable<Uint8Array>;

/** Items to write: an array (read twice where a format needs its columns first) or a stream. */
export type ItemSource = readonly HashSetItem[] | AsyncIterable<HashSetItem>;

/** Header data a format keeps beside its items, discriminated by `kind`. */
export type FormatHeader = VicsHeader;

export interface ParseOptions {
  /** Longest accepted line in bytes (UTF-8, without the line break). Default per format. */
  readonly maxLineBytes?: number;
  /** Largest accepted JSON document in bytes. Default 256 MiB. */
  readonly maxDocumentBytes?: number;
  /** hash_list: the type of every line; without it each line's type is guessed. */
  readonly signalType?: SignalType;
  /** VICS Default profile and 1.x: the scheme of `Category`. Default `vics_us`. */
  readonly vicsCategoryScheme?: GradeScheme;
  readonly signal?: AbortSignal;
}

export interface SerialiseOptions {
  /** VICS: version, profile, form and the fields to write back. Default 2.0, Default, #Media. */
  readonly header?: FormatHeader | null;
  /** VICS Default profile and 1.x: the scheme `Category` is in. Default `vics_us`. */
  readonly vicsCategoryScheme?: GradeScheme;
  /** csv, icse: extra columns to write when items come as a stream (arrays are scanned). */
  readonly extraColumns?: readonly string[];
  readonly signal?: AbortSignal;
}

export type ParseEvent =
  | {
      readonly kind: 'item';
      readonly item: HashSetItem;
      readonly line: number | null;
      readonly path: string | null;
    }
  | { readonly kind: 'problem'; readonly problem: ParseProblem }
  | { readonly kind: 'header'; readonly header: FormatHeader };

export type SerialiseEvent =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'problem'; readonly problem: SerialiseProblem };

/** Item fields other than signals and grade that a format may or may not have a place for. */
export const ITEM_FIELDS = [
  'series',
  'victimIdentified',
  'offenderIdentified',
  'isDistributed',
  'comments',
  'sourceId',
] as const;
export type ItemField = (typeof ITEM_FIELDS)[number];

/** What a format can hold: shared code asks this instead of testing format ids. */
export interface FormatCapabilities {
  readonly signalTypes: readonly SignalType[];
  /** A type every written item must have (VICS: md5), or null. */
  readonly requiredSignalType: SignalType | null;
  /** 'one': each entry is a single hash, so an item's signals are written as separate entries. */
  readonly signalsPerItem: 'one' | 'many';
  readonly gradeSchemes: readonly GradeScheme[];
  readonly fields: readonly ItemField[];
  /** 'json': any JSON value; 'text': strings (others are written as their JSON text); 'none'. */
  readonly extra: 'json' | 'text' | 'none';
}

/** A file format Concord reads and writes. */
export interface FormatDefinition {
  readonly id: FormatId;
  readonly label: string;
  /** Lower-case file name endings, with the dot. */
  readonly extensions: readonly string[];
  /** True when parsing reads line by line in constant memory. */
  readonly streaming: boolean;
  readonly holds: FormatCapabilities;
  /** Items and problems as they are found; never throws on bad input. */
  parse(input: FormatInput, options?: ParseOptions): AsyncGenerator<ParseEvent>;
  /** Text chunks of the file, and what could not be written. */
  serialise(items: ItemSource, options?: SerialiseOptions): AsyncGenerator<SerialiseEvent>;
  /** Whether the first lines of a file look like this format (see detectFormat). */
  sniff(head: readonly string[]): boolean;
}
