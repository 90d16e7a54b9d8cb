// Whole-input convenience over the streaming format operations: collect a
// parse into one result (with strict mode and a problem cap), or a
// serialisation into one string.

import type { HashSetItem } from '@concord/core';
import type {
  FormatDefinition,
  FormatHeader,
  FormatId,
  FormatInput,
  ItemSource,
  ParseOptions,
  SerialiseOptions,
} from './format-definition.ts';
import { atLine, parseProblem, type ParseProblem, type SerialiseProblem } from './problems.ts';

export interface ParseHashSetOptions extends ParseOptions {
  /** All or nothing: when there is any problem, no items are returned. */
  readonly strict?: boolean;
  /** After this many problems reading stops with `too_many_problems`. Default 1000. */
  readonly maxProblems?: number;
}

export interface ParseResult {
  readonly format: FormatId;
  /** Every entry read without a problem (none in strict mode when there are problems). */
  readonly items: readonly HashSetItem[];
  readonly problems: readonly ParseProblem[];
  /** What the format keeps beside its items (VICS), or null. */
  readonly header: FormatHeader | null;
}

const DEFAULT_MAX_PROBLEMS = 1000;

/**
 * Parses a whole input into items and problems. Never throws on bad input;
 * aborting through `options.signal` rejects with the signal's reason.
 *
 * @example
 * const { items, problems } = await parseHashSet(FORMATS.hash_list, text, { strict: true });
 * for (const p of problems) console.error(`line ${p.line}: ${p.code}: ${p.message}`);
 */
export async function parseHashSet(
  format: FormatDefinition,
  input: FormatInput,
  options: ParseHashSetOptions = {},
): Promise<ParseResult> {
  const maxProblems = options.maxProblems ?? DEFAULT_MAX_PROBLEMS;
  const items: HashSetItem[] = [];
  const problems: ParseProblem[] = [];
  let header: FormatHeader | null = null;
  for await (const event of format.parse(input, options)) {
    if (event.kind === 'header') header = event.header;
    else if (event.kind === 'item') {
      // In strict mode, once anything is wrong there is no point keeping items.
      if (!(options.strict && problems.length > 0)) items.push(event.item);
    } else if (problems.length < maxProblems) problems.push(event.problem);
    else {
      const at = event.problem.line;
      problems.push(
        parseProblem(
          'too_many_problems',
          `more than ${maxProblems} problems; reading stopped${at === null ? '' : ` at line ${at}`}`,
          atLine(at),
        ),
      );
      break;
    }
  }
  const failed = options.strict === true && problems.length > 0;
  return { format: format.id, items: failed ? [] : items, problems, header };
}

/**
 * Serialises items into one string, with what could not be written. For big
 * sets iterate `format.serialise` and write its text chunks as they come.
 *
 * @example
 * const { text, problems } = await serialiseHashSet(FORMATS.vics, items, { header });
 */
export async function serialiseHashSet(
  format: FormatDefinition,
  items: ItemSource,
  options: SerialiseOptions = {},
): Promise<{ readonly text: string; readonly problems: readonly SerialiseProblem[] }> {
  const chunks: string[] = [];
  const problems: SerialiseProblem[] = [];
  for await (const event of format.serialise(items, options)) {
    if (event.kind === 'text') chunks.push(event.text);
    else problems.push(event.problem);
  }
  return { text: chunks.join(''), problems };
}
