// Bytes to lines for the line formats, in constant memory: a chunk is split
// as it arrives, each line is decoded on its own (so one bad byte costs one
// line), and a line over the cap is skipped, not buffered.

import type { FormatInput } from '../format-definition.ts';
import { atLine, parseProblem, type ParseProblem } from '../problems.ts';
import { invalidUtf8Offset, startsWithBom } from './utf8.ts';

/** One line of text, without its line break, or why a line could not be read. */
export type LineEvent =
  | { readonly kind: 'line'; readonly number: number; readonly text: string }
  | { readonly kind: 'problem'; readonly problem: ParseProblem };

export interface SplitLinesOptions {
  /** Longest accepted line in bytes, without the line break. */
  readonly maxLineBytes: number;
  readonly signal?: AbortSignal;
}

export const DEFAULT_MAX_LINE_BYTES = 64 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();
/** Strings are encoded in slices so a large one is not copied whole. */
const STRING_SLICE = 1 << 20;

/** The input as byte chunks. */
async function* chunksOf(input: FormatInput): AsyncGenerator<Uint8Array> {
  if (typeof input === 'string') {
    for (let start = 0; start < input.length;) {
      let end = Math.min(start + STRING_SLICE, input.length);
      // Never cut a surrogate pair in two: the halves would encode as U+FFFD.
      const last = input.charCodeAt(end - 1);
      if (end < input.length && last >= 0xd800 && last <= 0xdbff) end--;
      yield encoder.encode(input.slice(start, end));
      start = end;
    }
    return;
  }
  if (input instanceof Uint8Array) {
    yield input;
    return;
  }
  yield* input;
}

/**
 * Splits input into lines (`\n` or `\r\n`), numbered from 1, dropping a UTF-8
 * byte order mark at the start. Lines longer than `maxLineBytes` and lines
 * that are not valid UTF-8 become problems; reading goes on with the next line.
 *
 * @example
 * for await (const e of splitLines(createReadStream(path), { maxLineBytes: 65536 })) {
 *   if (e.kind === 'line') console.log(e.number, e.text);
 * }
 */
export async function* splitLines(
  input: FormatInput,
  options: SplitLinesOptions,
): AsyncGenerator<LineEvent> {
  for await (const batch of lineBatches(input, options)) yield* batch;
}

/** Lines handed out at most this many at a time, so a huge single chunk is not held as lines. */
const BATCH_LINES = 4096;

/**
 * splitLines in batches (one per chunk, or per BATCH_LINES lines): what the
 * parsers use, as awaiting once per line would cost more than reading it.
 */
export async function* lineBatches(
  input: FormatInput,
  options: SplitLinesOptions,
): AsyncGenerator<readonly LineEvent[]> {
  const max = options.maxLineBytes;
  let parts: Uint8Array[] = [];
  let length = 0;
  let tooLong = false;
  let number = 0;

  const finish = (): LineEvent => {
    number++;
    const over = tooLong;
    const bytes = over ? new Uint8Array(0) : concat(parts, length);
    parts = [];
    length = 0;
    tooLong = false;
    return over ? tooLongProblem(number, max) : decodeLine(bytes, number, max);
  };

  let batch: LineEvent[] = [];
  for await (const chunk of chunksOf(input)) {
    options.signal?.throwIfAborted();
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, start);
      const end = nl === -1 ? chunk.length : nl;
      if (!tooLong && end > start) {
        // One byte of slack for the `\r` of a `\r\n` ending.
        if (length + (end - start) > max + 1) {
          tooLong = true;
          parts = [];
          length = 0;
        } else {
          // A tail waiting for the next chunk is copied: a source may reuse its buffer.
          parts.push(nl === -1 ? chunk.slice(start, end) : chunk.subarray(start, end));
          length += end - start;
        }
      }
      if (nl === -1) break;
      batch.push(finish());
      start = nl + 1;
      if (batch.length === BATCH_LINES) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) {
      yield batch;
      batch = [];
    }
  }
  if (length > 0 || tooLong) yield [finish()];
}

function decodeLine(raw: Uint8Array, number: number, max: number): LineEvent {
  let bytes = raw;
  if (bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
  if (number === 1 && startsWithBom(bytes)) bytes = bytes.subarray(3);
  if (bytes.length > max) return tooLongProblem(number, max);
  try {
    return { kind: 'line', number, text: decoder.decode(bytes) };
  } catch {
    // The fatal decoder throws on invalid input: an expected failure, reported.
    const at = invalidUtf8Offset(bytes);
    return {
      kind: 'problem',
      problem: parseProblem(
        'bad_utf8',
        `line ${number} is not valid UTF-8 (byte ${at + 1} of the line)`,
        atLine(number),
      ),
    };
  }
}

function tooLongProblem(number: number, max: number): LineEvent {
  return {
    kind: 'problem',
    problem: parseProblem(
      'line_too_long',
      `line ${number} is longer than ${max} bytes; it was skipped`,
      atLine(number),
    ),
  };
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
