import { isSignalType, type SignalType } from '../../api/protocol-lists.ts';

/** One hash to look up, and the line of the text box it came from. */
export interface MatchLine {
  readonly line: number;
  readonly type: SignalType;
  readonly value: string;
}

/** Obvious mistakes caught before asking the node; the node checks every hash itself too. */
export type MatchInputProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'too_many'; readonly count: number }
  | { readonly kind: 'unknown_type'; readonly line: number; readonly type: string }
  | { readonly kind: 'not_hex'; readonly line: number; readonly type: SignalType }
  | {
      readonly kind: 'wrong_length';
      readonly line: number;
      readonly type: SignalType;
      readonly expected: number;
      readonly actual: number;
    };

export const MAX_MATCH_LINES = 1000;

/** Hex lengths of the types that are plain hexadecimal; vPDQ and PhotoDNA are left to the node. */
const HEX_LENGTHS: Partial<Record<SignalType, number>> = { pdq: 64, md5: 32, sha1: 40, sha256: 64 };

/** Type names as people write them: "SHA-256", "sha256", "PDQ". */
function typeOf(word: string): SignalType | null {
  const name = word.toLowerCase().replace(/[-_]/g, '');
  return isSignalType(name) ? name : null;
}

/**
 * Reads the text box: one hash per line, either "type value" or a bare value
 * of the chosen type. Blank lines are skipped; every problem found is listed.
 *
 * @example
 * parseMatchInput('md5 D41D8CD98F00B204E9800998ECF8427E', 'pdq')
 * // { kind: 'ok', lines: [{ line: 1, type: 'md5', value: 'd41d8cd98f00b204e9800998ecf8427e' }] }
 */
export function parseMatchInput(
  text: string,
  bareType: SignalType,
):
  | { readonly kind: 'ok'; readonly lines: readonly MatchLine[] }
  | { readonly kind: 'problems'; readonly problems: readonly MatchInputProblem[] } {
  const lines: MatchLine[] = [];
  const problems: MatchInputProblem[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const line = index + 1;
    const [first = '', ...rest] = trimmed.split(/\s+/);
    let type = bareType;
    let value = trimmed;
    if (rest.length > 0) {
      const named = typeOf(first);
      if (!named) {
        problems.push({ kind: 'unknown_type', line, type: first });
        continue;
      }
      type = named;
      value = rest.join(' ');
    }
    const length = HEX_LENGTHS[type];
    if (length !== undefined) {
      if (!/^[0-9a-f]+$/i.test(value)) {
        problems.push({ kind: 'not_hex', line, type });
        continue;
      }
      if (value.length !== length) {
        problems.push({ kind: 'wrong_length', line, type, expected: length, actual: value.length });
        continue;
      }
      value = value.toLowerCase();
    }
    lines.push({ line, type, value });
  }
  if (lines.length === 0 && problems.length === 0)
    return { kind: 'problems', problems: [{ kind: 'empty' }] };
  if (lines.length + problems.length > MAX_MATCH_LINES)
    problems.unshift({ kind: 'too_many', count: lines.length + problems.length });
  return problems.length > 0 ? { kind: 'problems', problems } : { kind: 'ok', lines };
}

/**
 * The line a node's `invalid_hash` message points at ("hashes[3]: ..."), so
 * the page can say which line of the text box the node refused.
 */
export function lineOfInvalidHash(message: string, lines: readonly MatchLine[]): number | null {
  const index = /hashes\[(\d+)\]/.exec(message)?.[1];
  return index === undefined ? null : (lines[Number(index)]?.line ?? null);
}
