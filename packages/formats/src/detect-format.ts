// Guessing a file's format from its first bytes and its name, for imports
// where the user did not say. Content decides; the name only breaks ties.

import type { FormatDefinition, FormatId } from './format-definition.ts';
import { FORMATS } from './registry.ts';

/** Lines of the head looked at; enough to see a header and a few entries. */
const HEAD_LINES = 50;

/**
 * The format a file appears to be in, or null when unsure. Give the first
 * few kilobytes; a last line cut short by the sample is not looked at.
 *
 * @example
 * const id = detectFormat('export.csv', firstChunk); // 'icse', 'csv', ... or null
 */
export function detectFormat(
  name: string,
  firstBytes: Uint8Array | string,
  formats: Readonly<Record<FormatId, FormatDefinition>> = FORMATS,
): FormatId | null {
  const text = typeof firstBytes === 'string' ? firstBytes : new TextDecoder().decode(firstBytes);
  let lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.length > 1) lines = lines.slice(0, -1);
  const head = lines.slice(0, HEAD_LINES);
  const candidates = Object.values(formats).filter((f) => f.sniff(head));
  if (candidates.length === 1) return candidates[0]?.id ?? null;
  const lower = name.toLowerCase();
  const named = candidates.filter((f) => f.extensions.some((ext) => lower.endsWith(ext)));
  return named.length === 1 ? (named[0]?.id ?? null) : null;
}
