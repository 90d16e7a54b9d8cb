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
