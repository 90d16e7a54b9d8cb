// What every serialiser does before writing an item: keep the parts the
// format can hold and report the rest, so nothing is dropped silently.

import type { GradeScheme, HashSetItem, JsonValue } from '@concord/core';
import {
  ITEM_FIELDS,
  type FormatCapabilities,
  type ItemSource,
  type SerialiseEvent,
} from './format-definition.ts';
import type { SerialiseProblem, SerialiseProblemCode } from './problems.ts';

/** The parts of an item a format will write, and what it reports about the rest. */
export interface FittedItem {
  readonly signals: HashSetItem['signals'];
  readonly grade: HashSetItem['grade'];
  readonly problems: readonly SerialiseProblem[];
  /** True when nothing of the item can be written. */
  readonly skip: boolean;
}

export interface FitContext {
  readonly holds: FormatCapabilities;
  readonly label: string;
  /** Schemes accepted for this document (VICS: the one its profile implies). */
  readonly gradeSchemes?: readonly GradeScheme[];
}

/**
 * Splits an item into what `holds` allows and problems for the rest.
 *
 * @example
 * const fitted = fitItem(item, 3, { holds: FORMATS.icse.holds, label: 'ICSE CSV' });
 */
export function fitItem(item: HashSetItem, index: number, context: FitContext): FittedItem {
  const { holds, label } = context;
  const problems: SerialiseProblem[] = [];
  const report = (code: SerialiseProblemCode, message: string) =>
    problems.push({ code, message, itemIndex: index, sourceId: item.sourceId });

  const signals = item.signals.filter((s) => holds.signalTypes.includes(s.type));
  for (const s of item.signals) {
    if (!holds.signalTypes.includes(s.type)) {
      report('unsupported_signal_type', `${label} cannot hold ${s.type} hashes; it was left out`);
    }
  }
  const required = holds.requiredSignalType;
  if (required && !signals.some((s) => s.type === required)) {
    report(
      'missing_hash',
      `${label} needs a ${required} hash for every entry; the item was left out`,
    );
    return { signals, grade: null, problems, skip: true };
  }
  if (signals.length === 0) {
    report('missing_hash', `the item has no hash ${label} can hold; it was left out`);
    return { signals, grade: null, problems, skip: true };
  }

  const schemes = context.gradeSchemes ?? holds.gradeSchemes;
  let grade = item.grade;
  if (grade && !schemes.includes(grade.scheme)) {
    report(
      'unsupported_grade',
      `${label} here holds grades in ${schemes.join(' or ') || 'no scheme'}, not ${grade.scheme}; the grade was left out`,
    );
    grade = null;
  }

  const dropped: string[] = ITEM_FIELDS.filter(
    (field) => !holds.fields.includes(field) && item[field] !== null,
  );
  if (holds.extra === 'none' && item.extra) {
    dropped.push(...Object.keys(item.extra).map((k) => `extra ${JSON.stringify(k)}`));
  }
  if (dropped.length > 0) {
    report('dropped_field', `${label} has no place for ${dropped.join(', ')}; left out`);
  }
  return { signals, grade, problems, skip: false };
}

export function problemEvents(problems: readonly SerialiseProblem[]): SerialiseEvent[] {
  return problems.map((problem) => ({ kind: 'problem', problem }));
}

/** An extra value in a text cell: strings as they are, other JSON as its JSON text. */
export function extraAsText(value: JsonValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The extra columns to write: those given, else (for an array of items) every
 * extra key in use, sorted. A stream cannot be read twice, so without the
 * option its extras have no columns and are reported when met.
 */
export function extraColumnsFor(
  items: ItemSource,
  given: readonly string[] | undefined,
  isReserved: (key: string) => boolean,
): readonly string[] {
  if (given) return given.filter((k) => !isReserved(k));
  if (!isArray(items)) return [];
  const keys = new Set<string>();
  for (const item of items) {
    for (const key of Object.keys(item.extra ?? {})) if (!isReserved(key)) keys.add(key);
  }
  return [...keys].sort();
}

function isArray(items: ItemSource): items is readonly HashSetItem[] {
  return Array.isArray(items);
}

/** An item's own extra value under `key` (never one inherited from Object.prototype). */
export function extraValue(item: HashSetItem, key: string): JsonValue | undefined {
  return item.extra && Object.hasOwn(item.extra, key) ? item.extra[key] : undefined;
}

/** Extra keys of an item that have no column, reported as dropped. */
export function extrasWithoutColumn(
  item: HashSetItem,
  index: number,
  columns: ReadonlySet<string>,
  label: string,
): SerialiseProblem[] {
  const lost = Object.keys(item.extra ?? {}).filter((k) => !columns.has(k));
  if (lost.length === 0) return [];
  return [
    {
      code: 'dropped_field',
      message: `${label}: no column for extra ${lost.map((k) => JSON.stringify(k)).join(', ')}; left out`,
      itemIndex: index,
      sourceId: item.sourceId,
    },
  ];
}
