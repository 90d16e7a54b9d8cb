// Checks for the small values federation messages and cards carry. They are strict on
// purpose: one spelling per value, bounded lengths, and nothing a screen could misrender.

/** Node ids and key ids: letters, digits and `._:-`, starting with a letter or digit. */
const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
/** ISO 8601 in UTC as `Date.prototype.toISOString` writes it (milliseconds optional). */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;
/** C0 and C1 controls, and the bidirectional overrides and isolates used to spoof text. */
// eslint-disable-next-line no-control-regex
const UNSAFE_TEXT = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const MAX_TEXT = 200;

/** True for a node id or key id. */
export function isIdentifier(value: unknown): value is string {
  return typeof value === 'string' && IDENTIFIER.test(value);
}

/** True for a UTC instant in `toISOString` form that names a real date. */
export function isIsoInstant(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) return false;
  const ms = Date.parse(value);
  // Date.parse rolls 2026-02-30 over to March; a round trip catches it.
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 19) === value.slice(0, 19);
}

/** True for a name people will read: 1..200 characters, not blank, no controls or bidi overrides. */
export function isDisplayText(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length <= MAX_TEXT &&
    value.trim().length > 0 &&
    !UNSAFE_TEXT.test(value)
  );
}

/** True when `record` has no keys beyond `allowed`. */
export function hasOnlyKeys(
  record: Readonly<Record<string, unknown>>,
  allowed: readonly string[],
): boolean {
  return Object.keys(record).every((k) => allowed.includes(k));
}

/** Milliseconds since the epoch of an instant already checked with `isIsoInstant`. */
export function instantMs(iso: string): number {
  return Date.parse(iso);
}

/**
 * Decodes unpadded base64url (RFC 7515 §2), or returns null when `text` is
 * not that. For large parts (a sync page's payload is megabytes) this is
 * several times faster than a regular expression over the text: Node's
 * decoder skips characters outside its alphabets, which makes the output
 * shorter than the text's length says, and it also accepts base64's `+`, `/`
 * and `=`, which are looked for separately.
 */
export function decodeBase64url(text: string): Buffer | null {
  if (text.length % 4 === 1) return null;
  const bytes = Buffer.from(text, 'base64url');
  if (bytes.length !== Math.floor((text.length * 3) / 4)) return null;
  if (text.includes('+') || text.includes('/') || text.includes('=')) return null;
  return bytes;
}
