// One VICS media object ↔ one HashSetItem. Field names as written by the
// open-source VICS exporters and read by IPED (see vics-header.ts):
//
// modelled   MediaID → sourceId, Category → grade, MD5 / SHA1 / PhotoDNA,
//            AlternativeHashes [{HashName, HashValue}] → more signals,
//            VictimIdentified / OffenderIdentified / IsDistributed, Series, Comments
// kept       everything else (MediaSize, DateUpdated, IsPrecategorized,
//            PrecategorizationSource, IsSuspected, Tags, MimeType, Name,
//            RelativeFilePath, MediaFiles, Exifs, MediaMetadata, odata links...)
//            goes to `extra` and is written back as read.
//
// Names are matched without regard to case. Flags are JSON booleans or the
// strings "true"/"false" in any case (exporters write strings); they are
// written as the strings "true"/"false", which every reader seen accepts.

import type { GradeScheme, HashSetItem, JsonValue, SignalType } from '@concord/core';
import { ItemDraft, type FlagField } from '../item-draft.ts';
import type { ProblemLocation } from '../problems.ts';
import { VICS_CASE_KEY } from './vics-header.ts';

type Reader = (draft: ItemDraft, value: JsonValue, at: ProblemLocation) => void;

const signalReader =
  (type: SignalType): Reader =>
  (draft, value, at) => {
    if (value === null || value === '') return;
    if (typeof value !== 'string') {
      return draft.fail('invalid_signal_value', `${type} is not a string`, at);
    }
    draft.addSignal(type, value, at);
  };

const flagReader =
  (field: FlagField): Reader =>
  (draft, value, at) => {
    if (value === null || typeof value === 'boolean') return draft.setFlag(field, value);
    const word = typeof value === 'string' ? value.trim().toLowerCase() : null;
    if (word === '') return draft.setFlag(field, null);
    if (word === 'true' || word === 'false') return draft.setFlag(field, word === 'true');
    draft.fail('invalid_field', `${JSON.stringify(value)} is not true or false`, at);
  };

const textReader =
  (field: 'series' | 'comments'): Reader =>
  (draft, value, at) => {
    if (value === null || typeof value === 'string') return draft.setText(field, value);
    draft.fail('invalid_field', `${field} is not text`, at);
  };

/** Modelled members by lower-case name, with their canonical spelling. */
const READERS: ReadonlyMap<string, Reader> = new Map([
  ['md5', signalReader('md5')],
  ['sha1', signalReader('sha1')],
  ['photodna', signalReader('photodna')],
  ['victimidentified', flagReader('victimIdentified')],
  ['offenderidentified', flagReader('offenderIdentified')],
  ['isdistributed', flagReader('isDistributed')],
  ['series', textReader('series')],
  ['comments', textReader('comments')],
  ['mediaid', readMediaId],
]);

/** AlternativeHashes names, compared lower-case without punctuation ("SHA-256" is sha256). */
const ALTERNATIVE_NAMES: ReadonlyMap<string, SignalType> = new Map([
  ['md5', 'md5'],
  ['sha1', 'sha1'],
  ['sha256', 'sha256'],
  ['pdq', 'pdq'],
  ['photodna', 'photodna'],
]);
const WRITTEN_ALTERNATIVES: readonly (readonly [SignalType, string])[] = [
  ['sha256', 'SHA256'],
  ['pdq', 'PDQ'],
];

function readMediaId(draft: ItemDraft, value: JsonValue, at: ProblemLocation): void {
  if (value === null) return draft.setText('sourceId', null);
  if (typeof value === 'number' && Number.isInteger(value)) {
    return draft.setText('sourceId', String(value));
  }
  if (typeof value === 'string' && value.trim() !== '') return draft.setText('sourceId', value);
  draft.fail('invalid_field', 'MediaID is not a number or text', at);
}

export function isObject(
  value: JsonValue | undefined,
): value is { readonly [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads one media object at `path` (e.g. `value[3].Media[7]`) into a draft.
 *
 * @example
 * const draft = readMedia({ MD5: 'D41D8CD9…', Category: 1 }, 'value[0]', 1, 'vics_us');
 */
export function readMedia(
  media: { readonly [key: string]: JsonValue },
  path: string,
  line: number | null,
  scheme: GradeScheme,
): ItemDraft {
  const draft = new ItemDraft({ line, path });
  for (const [key, value] of Object.entries(media)) {
    const at = { line, path: `${path}.${key}` };
    const lower = key.toLowerCase();
    const reader = READERS.get(lower);
    if (reader) reader(draft, value, at);
    else if (lower === 'category') readCategory(draft, value, scheme, at);
    else if (lower === 'alternativehashes' && Array.isArray(value)) {
      const kept = readAlternatives(draft, value, at);
      if (kept.length > 0) draft.setExtra(key, kept);
    } else draft.setExtra(key, value);
  }
  return draft;
}

function readCategory(
  draft: ItemDraft,
  value: JsonValue,
  scheme: GradeScheme,
  at: ProblemLocation,
): void {
  if (value === null) return;
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
  if (!/^\s*\d+\s*$/.test(text)) {
    return draft.fail(
      'invalid_grade',
      `Category ${JSON.stringify(value)} is not a whole number`,
      at,
    );
  }
  draft.setGrade(scheme, String(Number(text)), at);
}

/**
 * Adds the hashes of AlternativeHashes entries and returns the entries to keep
 * in `extra`: those with members besides HashName, HashValue and MD5 (the
 * media's key), and those naming a hash Concord does not hold.
 */
function readAlternatives(
  draft: ItemDraft,
  entries: readonly JsonValue[],
  at: ProblemLocation,
): JsonValue[] {
  const kept: JsonValue[] = [];
  entries.forEach((entry, i) => {
    const fields = isObject(entry)
      ? new Map(Object.entries(entry).map(([k, v]) => [k.toLowerCase(), v]))
      : null;
    const name = fields?.get('hashname');
    const value = fields?.get('hashvalue');
    const type =
      typeof name === 'string'
        ? ALTERNATIVE_NAMES.get(name.toLowerCase().replace(/[^a-z0-9]/g, ''))
        : undefined;
    if (!fields || type === undefined || typeof value !== 'string') {
      kept.push(entry);
      return;
    }
    draft.addSignal(type, value, { line: at.line, path: `${at.path ?? ''}[${i}].HashValue` });
    if ([...fields.keys()].some((k) => k !== 'hashname' && k !== 'hashvalue' && k !== 'md5')) {
      kept.push(entry);
    }
  });
  return kept;
}

/** Members a written media object gets from the item's modelled fields. */
const MODELLED = new Set([...READERS.keys(), 'category', 'alternativehashes']);

/**
 * The media object for an item, given the signals and grade the format keeps.
 * Extra members whose names clash with modelled ones are returned as `clashes`.
 */
export function writeMedia(
  item: HashSetItem,
  signals: HashSetItem['signals'],
  grade: HashSetItem['grade'],
): { readonly media: { readonly [key: string]: JsonValue }; readonly clashes: readonly string[] } {
  const value = (type: SignalType) => signals.find((s) => s.type === type)?.value;
  const entries: [string, JsonValue][] = [];
  const put = (key: string, v: JsonValue | undefined | null) => {
    if (v !== undefined && v !== null) entries.push([key, v]);
  };
  const flag = (v: boolean | null) => (v === null ? null : String(v));
  put('MediaID', mediaIdValue(item.sourceId));
  put('Category', grade ? Number(grade.value) : null);
  put('MD5', value('md5')?.toUpperCase());
  put('SHA1', value('sha1')?.toUpperCase());
  put('PhotoDNA', value('photodna'));
  put('VictimIdentified', flag(item.victimIdentified));
  put('OffenderIdentified', flag(item.offenderIdentified));
  put('IsDistributed', flag(item.isDistributed));
  put('Series', item.series);
  put('Comments', item.comments);

  const clashes: string[] = [];
  let alternatives: JsonValue[] | null = null;
  for (const [key, v] of Object.entries(item.extra ?? {})) {
    if (key === VICS_CASE_KEY) continue;
    if (key.toLowerCase() === 'alternativehashes' && Array.isArray(v)) {
      alternatives = [...v];
      entries.push([key, alternatives]);
    } else if (MODELLED.has(key.toLowerCase())) clashes.push(key);
    else entries.push([key, v]);
  }
  const added = WRITTEN_ALTERNATIVES.flatMap(([type, name]) => {
    const v = value(type);
    const present = alternatives?.some((e) => isObject(e) && sameAlternative(e, type, v));
    return v === undefined || present ? [] : [{ HashName: name, HashValue: v }];
  });
  if (added.length > 0) {
    if (alternatives) alternatives.push(...added);
    else entries.push(['AlternativeHashes', added]);
  }
  return { media: Object.fromEntries(entries), clashes };
}

function sameAlternative(
  entry: { readonly [key: string]: JsonValue },
  type: SignalType,
  value: string | undefined,
): boolean {
  const fields = new Map(Object.entries(entry).map(([k, v]) => [k.toLowerCase(), v]));
  const name = fields.get('hashname');
  const hash = fields.get('hashvalue');
  return (
    typeof name === 'string' &&
    ALTERNATIVE_NAMES.get(name.toLowerCase().replace(/[^a-z0-9]/g, '')) === type &&
    typeof hash === 'string' &&
    hash.trim().toLowerCase() === value
  );
}

/** MediaID is an integer in VICS; ids that are not plain integers stay text. */
function mediaIdValue(sourceId: string | null): JsonValue {
  if (sourceId === null) return null;
  const n = Number(sourceId);
  return /^(0|[1-9]\d*)$/.test(sourceId) && Number.isSafeInteger(n) ? n : sourceId;
}
