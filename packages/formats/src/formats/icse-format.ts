// INTERPOL ICSE database CSV export: `;`-separated with a header row. The
// column list is the one IPED's HashDBTool (iped.engine.hashdb) recognises:
//
//   MD5;SHA1;PhotoDNA;Image ID;Is distributed;Victim identified;
//   Offender identified;Series name;Number of submissions;File Available;
//   Media Type;Baseline
//
// Columns are found by name in any order, ignoring case and surrounding
// spaces. Flags read y/yes/t/true and n/no/f/false as IPED does (and 1/0).
// Baseline is a flag: yes → interpol_baseline "baseline", no → "not_baseline".
// Number of submissions, File Available, Media Type and unknown columns are
// kept in `extra` as text. Serialising writes the twelve columns in the order
// above (flags as Yes/No), then extra columns sorted by name.

import type { HashSetItem, SignalType } from '@concord/core';
import { csvLine } from '../csv/csv-records.ts';
import { duplicateName, headerProblem, parseTable } from '../csv/csv-table.ts';
import type { FormatCapabilities, FormatDefinition } from '../format-definition.ts';
import { DEFAULT_MAX_LINE_BYTES } from '../input/lines.ts';
import { ItemDraft, parseFlagText, type FlagField } from '../item-draft.ts';
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

const LABEL = 'ICSE CSV';
const SEPARATOR = ';';

type Role =
  | { readonly kind: 'signal'; readonly type: SignalType }
  | { readonly kind: 'flag'; readonly field: FlagField }
  | { readonly kind: 'imageId' }
  | { readonly kind: 'series' }
  | { readonly kind: 'baseline' }
  | { readonly kind: 'kept' };

/** The export's columns in their order, and what each means. */
const COLUMNS: readonly (readonly [string, Role])[] = [
  ['MD5', { kind: 'signal', type: 'md5' }],
  ['SHA1', { kind: 'signal', type: 'sha1' }],
  ['PhotoDNA', { kind: 'signal', type: 'photodna' }],
  ['Image ID', { kind: 'imageId' }],
  ['Is distributed', { kind: 'flag', field: 'isDistributed' }],
  ['Victim identified', { kind: 'flag', field: 'victimIdentified' }],
  ['Offender identified', { kind: 'flag', field: 'offenderIdentified' }],
  ['Series name', { kind: 'series' }],
  ['Number of submissions', { kind: 'kept' }],
  ['File Available', { kind: 'kept' }],
  ['Media Type', { kind: 'kept' }],
  ['Baseline', { kind: 'baseline' }],
];

function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

const BY_KEY: ReadonlyMap<string, readonly [string, Role]> = new Map(
  COLUMNS.map((c) => [nameKey(c[0]), c]),
);

const HOLDS: FormatCapabilities = {
  signalTypes: ['md5', 'sha1', 'photodna'],
  requiredSignalType: null,
  signalsPerItem: 'many',
  gradeSchemes: ['interpol_baseline'],
  fields: ['series', 'victimIdentified', 'offenderIdentified', 'isDistributed', 'sourceId'],
  extra: 'text',
};

interface HeaderColumn {
  /** The name used in `extra`: the canonical one for known columns, else as written. */
  readonly name: string;
  readonly role: Role | null;
}

export const icseFormat: FormatDefinition = {
  id: 'icse',
  label: 'INTERPOL ICSE CSV',
  extensions: ['.csv'],
  streaming: true,
  holds: HOLDS,

  parse(input, options = {}) {
    const table = {
      separator: SEPARATOR,
      maxLineBytes: options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES,
      ...(options.signal ? { signal: options.signal } : {}),
    };
    return parseTable(input, table, (names, line) => {
      const twice = duplicateName(names, nameKey);
      if (twice !== null) return headerProblem(line, `column ${quote(twice)} appears twice`);
      if (!names.some((n) => BY_KEY.get(nameKey(n))?.[1].kind === 'signal')) {
        return headerProblem(line, 'the header has no MD5, SHA1 or PhotoDNA column');
      }
      const columns = names.map((name): HeaderColumn => {
        const known = BY_KEY.get(nameKey(name));
        return known ? { name: known[0], role: known[1] } : { name, role: null };
      });
      return (cells, row) => draftEvents(readRow(columns, cells, row), row);
    });
  },

  async *serialise(items, options = {}) {
    const extras = extraColumnsFor(items, options.extraColumns, (k) => BY_KEY.has(nameKey(k)));
    const written = new Set([...extras, ...keptNames()]);
    yield { kind: 'text', text: csvLine([...COLUMNS.map((c) => c[0]), ...extras], SEPARATOR) };
    let index = 0;
    for await (const item of items) {
      options.signal?.throwIfAborted();
      const fitted = fitItem(item, index, { holds: HOLDS, label: LABEL });
      yield* problemEvents(fitted.problems);
      yield* problemEvents(extrasWithoutColumn(item, index, written, LABEL));
      if (!fitted.skip) {
        yield { kind: 'text', text: csvLine(rowCells(item, fitted.grade, extras), SEPARATOR) };
      }
      index++;
    }
  },

  sniff(head) {
    const first = head.find((l) => l.trim() !== '');
    if (first === undefined || !first.includes(SEPARATOR)) return false;
    const known = first.split(SEPARATOR).filter((n) => BY_KEY.has(nameKey(n)));
    return known.length >= 3 && known.some((n) => BY_KEY.get(nameKey(n))?.[1].kind === 'signal');
  },
};

function keptNames(): string[] {
  return COLUMNS.filter((c) => c[1].kind === 'kept').map((c) => c[0]);
}

function readRow(columns: readonly HeaderColumn[], cells: readonly string[], line: number) {
  const draft = new ItemDraft(atLine(line));
  // Only the cells the row has: missing cells are empty, which changes nothing.
  columns.slice(0, cells.length).forEach((column, i) => {
    const text = cells[i] ?? '';
    const at = atLine(line, column.name);
    const role = column.role;
    if (role === null || role.kind === 'kept') {
      if (column.name !== '' && text !== '') draft.setExtra(column.name, text);
      return;
    }
    switch (role.kind) {
      case 'signal':
        if (text.trim() !== '') draft.addSignal(role.type, text, at);
        return;
      case 'flag':
        return draft.setFlagText(role.field, text, at);
      case 'imageId':
        return draft.setText('sourceId', text.trim() === '' ? null : text.trim());
      case 'series':
        return draft.setText('series', text);
      case 'baseline':
        return readBaseline(draft, text, at);
    }
  });
  return draft;
}

function readBaseline(draft: ItemDraft, text: string, at: ProblemLocation): void {
  const flag = parseFlagText(text);
  if (flag === null) return;
  if (flag === undefined)
    return draft.setGrade('interpol_baseline', text.trim().replace(' ', '_'), at);
  draft.setGrade('interpol_baseline', flag ? 'baseline' : 'not_baseline', at);
}

function rowCells(item: HashSetItem, grade: HashSetItem['grade'], extras: readonly string[]) {
  const flag = (v: boolean | null) => (v === null ? '' : v ? 'Yes' : 'No');
  const cellFor = ([name, role]: readonly [string, Role]): string => {
    switch (role.kind) {
      case 'signal':
        return item.signals.find((s) => s.type === role.type)?.value ?? '';
      case 'flag':
        return flag(item[role.field]);
      case 'imageId':
        return item.sourceId ?? '';
      case 'series':
        return item.series ?? '';
      case 'baseline':
        return grade ? flag(grade.value === 'baseline') : '';
      case 'kept':
        return textOf(item, name);
    }
  };
  return [...COLUMNS.map(cellFor), ...extras.map((k) => textOf(item, k))];
}

function textOf(item: HashSetItem, key: string): string {
  const value = extraValue(item, key);
  return value === undefined ? '' : extraAsText(value);
}
