// A CSV file with a header row: the header, then rows checked against it.
// Shared by the ICSE and plain CSV formats, which differ in separator and in
// what their columns mean.

import type { FormatInput, ParseEvent } from '../format-definition.ts';
import { lineBatches } from '../input/lines.ts';
import { atLine, parseProblem, type ParseProblem } from '../problems.ts';
import { CsvRecordReader, type CsvEvent } from './csv-records.ts';

export type TableEvent =
  | { readonly kind: 'header'; readonly line: number; readonly names: readonly string[] }
  | { readonly kind: 'row'; readonly line: number; readonly cells: readonly string[] }
  | { readonly kind: 'problem'; readonly problem: ParseProblem };

export interface TableOptions {
  readonly separator: string;
  readonly maxLineBytes: number;
  readonly signal?: AbortSignal;
}

/** Reads one row into events (its item, or its problems). */
export type RowReader = (cells: readonly string[], line: number) => ParseEvent[];
type ProblemEvent = { readonly kind: 'problem'; readonly problem: ParseProblem };

/**
 * Parses a CSV file with a header: `onHeader` sees the header and returns
 * the reader for its rows, or a problem that ends the parse.
 */
export async function* parseTable(
  input: FormatInput,
  options: TableOptions,
  onHeader: (names: readonly string[], line: number) => RowReader | ProblemEvent,
): AsyncGenerator<ParseEvent> {
  let readRow: RowReader | null = null;
  for await (const batch of csvTable(input, options)) {
    for (const event of batch) {
      if (event.kind === 'problem') yield event;
      else if (event.kind === 'header') {
        const outcome = onHeader(event.names, event.line);
        if (typeof outcome !== 'function') {
          yield outcome;
          return;
        }
        readRow = outcome;
      } else if (readRow) yield* readRow(event.cells, event.line);
    }
  }
}

/** A quoted field may span lines; a whole record may be this many times a line. */
const RECORD_LINES = 16;

/**
 * The header (names trimmed) and then each row, in batches. A row with more
 * fields than the header is a problem unless the surplus fields are empty (a
 * trailing separator); a shorter row reads its missing fields as empty.
 */
export async function* csvTable(
  input: FormatInput,
  options: TableOptions,
): AsyncGenerator<readonly TableEvent[]> {
  const reader = new CsvRecordReader({
    separator: options.separator,
    maxRecordChars: options.maxLineBytes * RECORD_LINES,
  });
  const table = new TableShape();
  const lines = lineBatches(input, {
    maxLineBytes: options.maxLineBytes,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  for await (const batch of lines) {
    yield batch.flatMap((line) => reader.read(line).map((e) => table.shape(e)));
  }
  yield reader.end().map((e) => table.shape(e));
}

/** Takes the first record as the header and checks each later one against it. */
class TableShape {
  private width = -1;

  shape(event: CsvEvent): TableEvent {
    if (event.kind === 'problem') return event;
    if (this.width < 0) {
      this.width = event.cells.length;
      return { kind: 'header', line: event.line, names: event.cells.map((c) => c.trim()) };
    }
    const surplus = event.cells.slice(this.width);
    if (surplus.some((c) => c.trim() !== '')) {
      return headerProblem(
        event.line,
        `line ${event.line} has ${event.cells.length} fields; the header has ${this.width}`,
      );
    }
    return { kind: 'row', line: event.line, cells: event.cells.slice(0, this.width) };
  }
}

/** A `malformed_csv` problem at a line (a bad header stops the parse: no row can be read). */
export function headerProblem(line: number, message: string): ProblemEvent {
  return { kind: 'problem', problem: parseProblem('malformed_csv', message, atLine(line)) };
}

/** Header names that appear twice once normalised, or null. */
export function duplicateName(
  names: readonly string[],
  normalise: (name: string) => string,
): string | null {
  const seen = new Set<string>();
  for (const name of names) {
    const key = normalise(name);
    if (key !== '' && seen.has(key)) return name;
    seen.add(key);
  }
  return null;
}
