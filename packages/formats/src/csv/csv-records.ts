// RFC 4180 records from lines: fields may be quoted, and a quoted field may
// hold the separator, doubled quotes and line breaks (a record then spans
// lines). Lenient where tools commonly are: a quote inside an unquoted field is
// kept as a character, blank lines are skipped, and a line break inside a
// quoted field reads back as `\n`.

import type { LineEvent } from '../input/lines.ts';
import { atLine, parseProblem, type ParseProblem } from '../problems.ts';

export type CsvEvent =
  | { readonly kind: 'record'; readonly line: number; readonly cells: readonly string[] }
  | { readonly kind: 'problem'; readonly problem: ParseProblem };

export interface CsvOptions {
  readonly separator: string;
  /** Longest accepted record in characters, summed over its lines. */
  readonly maxRecordChars: number;
}

type Mode = 'start' | 'unquoted' | 'quoted' | 'after_quote';

interface Pending {
  readonly line: number;
  cells: string[];
  cell: string;
  mode: Mode;
  size: number;
  tooLong: boolean;
}

/**
 * Turns lines into CSV records, keeping only the record being read. Feed it
 * each line event in order, then call `end`.
 *
 * @example
 * const reader = new CsvRecordReader({ separator: ',', maxRecordChars: 65536 });
 * const events = [...lines.flatMap((l) => reader.read(l)), ...reader.end()];
 */
export class CsvRecordReader {
  private pending: Pending | null = null;

  constructor(private readonly options: CsvOptions) {}

  /** The events one line completes (none while a quoted field runs on). */
  read(event: LineEvent): CsvEvent[] {
    const pending = this.pending;
    if (event.kind === 'problem') {
      this.pending = null;
      return pending ? [abandoned(pending, event.problem.line), event] : [event];
    }
    if (!pending && event.text.length === 0) return [];
    const record: Pending = pending ?? fresh(event.number);
    const outcome = scan(record, event.text, this.options);
    if (outcome === 'more') {
      this.pending = record;
      return [];
    }
    this.pending = null;
    if (outcome !== 'done') return [{ kind: 'problem', problem: outcome }];
    if (record.tooLong) return [tooLong(record, this.options.maxRecordChars)];
    return [{ kind: 'record', line: record.line, cells: record.cells }];
  }

  /** At the end of input: a quoted field still open is a problem. */
  end(): CsvEvent[] {
    const pending = this.pending;
    this.pending = null;
    if (!pending) return [];
    return [problem(pending.line, `a quoted field opened on line ${pending.line} is never closed`)];
  }
}

function fresh(line: number): Pending {
  return { line, cells: [], cell: '', mode: 'start', size: 0, tooLong: false };
}

/** Scans one line into the record: 'done', 'more' (inside quotes at the end), or a problem. */
function scan(record: Pending, text: string, options: CsvOptions): 'done' | 'more' | ParseProblem {
  const sep = options.separator;
  record.size += text.length + 1;
  if (record.size > options.maxRecordChars) {
    // Keep following the quotes to find the record's end, but stop keeping its text.
    record.tooLong = true;
    record.cells = [];
    record.cell = '';
  }
  const keep = (s: string) => {
    if (!record.tooLong) record.cell += s;
  };
  const push = () => {
    if (!record.tooLong) record.cells.push(record.cell);
    record.cell = '';
  };
  let i = 0;
  for (;;) {
    switch (record.mode) {
      case 'start':
        if (i === text.length) return (push(), 'done');
        if (text[i] === '"') {
          record.mode = 'quoted';
          i++;
        } else record.mode = 'unquoted';
        break;
      case 'unquoted': {
        const s = text.indexOf(sep, i);
        if (s === -1) {
          keep(text.slice(i));
          push();
          return 'done';
        }
        keep(text.slice(i, s));
        push();
        i = s + sep.length;
        record.mode = 'start';
        break;
      }
      case 'quoted': {
        const q = text.indexOf('"', i);
        if (q === -1) {
          keep(`${text.slice(i)}\n`);
          return 'more';
        }
        keep(text.slice(i, q));
        if (text[q + 1] === '"') {
          keep('"');
          i = q + 2;
        } else {
          record.mode = 'after_quote';
          i = q + 1;
        }
        break;
      }
      case 'after_quote':
        if (i === text.length) return (push(), 'done');
        if (text.startsWith(sep, i)) {
          push();
          i += sep.length;
          record.mode = 'start';
          break;
        }
        return parseProblem(
          'malformed_csv',
          `text after a closing quote on line ${record.line}: a quote inside a quoted field must be doubled`,
          atLine(record.line),
        );
    }
  }
}

function abandoned(record: Pending, line: number | null): CsvEvent {
  return problem(
    record.line,
    `the record starting on line ${record.line} was dropped: line ${line ?? '?'} inside it could not be read`,
  );
}

function tooLong(record: Pending, max: number): CsvEvent {
  return {
    kind: 'problem',
    problem: parseProblem(
      'line_too_long',
      `the record starting on line ${record.line} is longer than ${max} characters; it was skipped`,
      atLine(record.line),
    ),
  };
}

function problem(line: number, message: string): CsvEvent {
  return { kind: 'problem', problem: parseProblem('malformed_csv', message, atLine(line)) };
}

/** One CSV record as text, quoting fields that need it, ending in CRLF (RFC 4180). */
export function csvLine(cells: readonly string[], separator: string): string {
  return `${cells.map((c) => quoteCell(c, separator)).join(separator)}\r\n`;
}

function quoteCell(cell: string, separator: string): string {
  const needs =
    cell.includes(separator) || cell.includes('"') || cell.includes('\n') || cell.includes('\r');
  return needs ? `"${cell.replaceAll('"', '""')}"` : cell;
}
