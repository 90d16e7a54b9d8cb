// Plain CSV with a header (comma-separated, RFC 4180 quoting). Column names
// are matched without regard to case, surrounding spaces, or spaces versus
// underscores. Accepted columns:
//
//   md5, sha1, sha256, pdq, photodna, vpdq   one column per signal type
//   type + value                            one signal per row; the type is a
//                                           Concord name or a ThreatExchange one
//                                           (video_md5...), guessed when empty.
//                                           signal_type / signal_str are aliases
//                                           (python-threatexchange `dataset --csv`)
//   grade_scheme + grade                    e.g. caid + B
//   series, comments, source_id
//   victim_identified, offender_identified, is_distributed   yes/no, true/false, y/n, 1/0
//
// Any other column is kept in `extra` under its header name. Serialising
// writes the per-type columns, then the rest in the order above, then extra
// columns sorted by name.

import {
  GRADE_SCHEMES,
  SIGNAL_TYPES,
  detectSignalType,
  isGradeScheme,
  type HashSetItem,
  type SignalType,
} from '@concord/core';
import { csvLine } from '../csv/csv-records.ts';
import { duplicateName, headerProblem, parseTable } from '../csv/csv-table.ts';
import {
  ITEM_FIELDS,
  type FormatCapabilities,
  type FormatDefinition,
} from '../format-definition.ts';
import { DEFAULT_MAX_LINE_BYTES } from '../input/lines.ts';
import { ItemDraft } from '../item-draft.ts';
import { atLine, quote, type ProblemLocation } from '../problems.ts';
import {
  extraAsText,
  extraColumnsFor,
  extraValue,
  extrasWithoutColumn,
  fitItem,
  problemEvents,
} from '../serialise-support.ts';
import { draftEvents } from './line-format.ts';
import { signalTypeOfName } from './threatexchange-names.ts';

const LABEL = 'plain CSV';
const FIELD_COLUMNS = [
  'grade_scheme',
  'grade',
  'series',
  'victim_identified',
  'offender_identified',
  'is_distributed',
  'comments',
  'source_id',
] as const;
type FieldColumn = (typeof FIELD_COLUMNS)[number];
type Column =
  | { readonly kind: 'signal'; readonly type: SignalType }
  | { readonly kind: 'type' }
  | { readonly kind: 'value' }
  | { readonly kind: 'field'; readonly field: FieldColumn }
  | { readonly kind: 'extra'; readonly name: string };

const ALIASES: ReadonlyMap<string, Column> = new Map<string, Column>([
  ...SIGNAL_TYPES.map((type): [string, Column] => [type, { kind: 'signal', type }]),
  ...FIELD_COLUMNS.map((field): [string, Column] => [field, { kind: 'field', field }]),
  ['type', { kind: 'type' }],
  ['signal_type', { kind: 'type' }],
  ['value', { kind: 'value' }],
  ['signal_str', { kind: 'value' }],
]);

function columnKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

function columnOf(name: string): Column {
  return ALIASES.get(columnKey(name)) ?? { kind: 'extra', name };
}

const HOLDS: FormatCapabilities = {
  signalTypes: SIGNAL_TYPES,
  requiredSignalType: null,
  signalsPerItem: 'many',
  gradeSchemes: GRADE_SCHEMES,
  fields: ITEM_FIELDS,
  extra: 'text',
};

export const csvFormat: FormatDefinition = {
  id: 'csv',
  label: 'CSV (Concord columns)',
  extensions: ['.csv'],
  streaming: true,
  holds: HOLDS,

  parse(input, options = {}) {
    const table = {
      separator: ',',
      maxLineBytes: options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES,
      ...(options.signal ? { signal: options.signal } : {}),
    };
    return parseTable(input, table, (names, line) => {
      const problem = checkHeader(names, line);
      if (problem) return problem;
      const layout = layoutOf(names);
      return (cells, row) => draftEvents(readRow(layout, cells, row), row);
    });
  },

  async *serialise(items, options = {}) {
    const extras = extraColumnsFor(items, options.extraColumns, (k) => ALIASES.has(columnKey(k)));
    const extraSet = new Set(extras);
    yield { kind: 'text', text: csvLine([...SIGNAL_TYPES, ...FIELD_COLUMNS, ...extras], ',') };
    let index = 0;
    for await (const item of items) {
      options.signal?.throwIfAborted();
      const fitted = fitItem(item, index, { holds: HOLDS, label: LABEL });
      yield* problemEvents(fitted.problems);
      yield* problemEvents(extrasWithoutColumn(item, index, extraSet, LABEL));
      if (!fitted.skip) yield { kind: 'text', text: csvLine(rowCells(item, extras), ',') };
      index++;
    }
  },

  sniff(head) {
    const first = head.find((l) => l.trim() !== '');
    if (first === undefined) return false;
    const columns = first.split(',').map(columnOf);
    return hasHashColumn(columns);
  },
};

function hasHashColumn(columns: readonly Column[]): boolean {
  return columns.some((c) => c.kind === 'signal' || c.kind === 'value');
}

function checkHeader(names: readonly string[], line: number) {
  const twice = duplicateName(names, columnKey);
  if (twice !== null) return headerProblem(line, `column ${quote(twice)} appears twice`);
  if (!hasHashColumn(names.map(columnOf))) {
    return headerProblem(
      line,
      `the header names no hash column (one of ${SIGNAL_TYPES.join(', ')}, or type and value)`,
    );
  }
  return null;
}

/** Where each kind of column is, worked out once per file rather than once per row. */
interface Layout {
  readonly columns: readonly Column[];
  readonly names: readonly string[];
  readonly typeAt: number;
  readonly fieldAt: ReadonlyMap<FieldColumn, number>;
}

function layoutOf(names: readonly string[]): Layout {
  const columns = names.map(columnOf);
  const fieldAt = new Map<FieldColumn, number>();
  columns.forEach((c, i) => {
    if (c.kind === 'field') fieldAt.set(c.field, i);
  });
  return { columns, names, typeAt: columns.findIndex((c) => c.kind === 'type'), fieldAt };
}

function readRow(layout: Layout, cells: readonly string[], line: number): ItemDraft {
  const draft = new ItemDraft(atLine(line));
  const typeText = (cells[layout.typeAt] ?? '').trim();
  // Only the cells the row has: a wide header must not make every short row cost its width.
  const count = Math.min(cells.length, layout.columns.length);
  for (let i = 0; i < count; i++) {
    const column = layout.columns[i];
    const text = cells[i] ?? '';
    const at = atLine(line, layout.names[i] ?? null);
    if (column?.kind === 'signal' && text.trim() !== '') draft.addSignal(column.type, text, at);
    if (column?.kind === 'value' && text.trim() !== '') addTypedValue(draft, typeText, text, at);
    if (column?.kind === 'extra' && column.name !== '' && text !== '') {
      draft.setExtra(column.name, text);
    }
  }
  readFields(draft, (field) => cells[layout.fieldAt.get(field) ?? -1] ?? '', line);
  return draft;
}

function addTypedValue(
  draft: ItemDraft,
  typeText: string,
  value: string,
  at: ProblemLocation,
): void {
  const type = typeText === '' ? detectSignalType(value) : signalTypeOfName(typeText);
  if (type === 'ambiguous') {
    return draft.fail('ambiguous_signal_type', 'PDQ or SHA-256? The type column is empty', at);
  }
  if (type === null) {
    const why = typeText === '' ? `${quote(value)} is not a known hash` : `${quote(typeText)}`;
    return draft.fail('unsupported_signal_type', `unsupported signal type: ${why}`, at);
  }
  draft.addSignal(type, value, at);
}

function readFields(draft: ItemDraft, cell: (f: FieldColumn) => string, line: number): void {
  const scheme = cell('grade_scheme').trim();
  const grade = cell('grade');
  if (grade.trim() !== '' || scheme !== '') {
    if (!isGradeScheme(scheme)) {
      draft.fail(
        'invalid_grade',
        `${quote(scheme)} is not a grading scheme`,
        atLine(line, 'grade_scheme'),
      );
    } else draft.setGrade(scheme, grade, atLine(line, 'grade'));
  }
  draft.setText('series', cell('series'));
  draft.setText('comments', cell('comments'));
  const sourceId = cell('source_id');
  draft.setText('sourceId', sourceId === '' ? null : sourceId);
  draft.setFlagText(
    'victimIdentified',
    cell('victim_identified'),
    atLine(line, 'victim_identified'),
  );
  draft.setFlagText(
    'offenderIdentified',
    cell('offender_identified'),
    atLine(line, 'offender_identified'),
  );
  draft.setFlagText('isDistributed', cell('is_distributed'), atLine(line, 'is_distributed'));
}

function rowCells(item: HashSetItem, extras: readonly string[]): string[] {
  const flag = (v: boolean | null) => (v === null ? '' : String(v));
  const signal = (type: SignalType) => item.signals.find((s) => s.type === type)?.value ?? '';
  return [
    ...SIGNAL_TYPES.map(signal),
    item.grade?.scheme ?? '',
    item.grade?.value ?? '',
    item.series ?? '',
    flag(item.victimIdentified),
    flag(item.offenderIdentified),
    flag(item.isDistributed),
    item.comments ?? '',
    item.sourceId ?? '',
    ...extras.map((k) => {
      const value = extraValue(item, k);
      return value === undefined ? '' : extraAsText(value);
    }),
  ];
}
