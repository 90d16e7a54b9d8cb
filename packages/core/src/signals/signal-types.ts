import { err, ok, type CodedError, type Result } from '../result.ts';

/** The kinds of signal a hash bank holds. */
export const SIGNAL_TYPES = ['pdq', 'vpdq', 'md5', 'sha1', 'sha256', 'photodna'] as const;
export type SignalType = (typeof SIGNAL_TYPES)[number];

/** How values of a type are compared: what an index must support. */
export type SignalMatching = 'hamming256' | 'vpdq' | 'exact' | 'licensed_opaque';

export type SignalValueError = CodedError<'invalid_signal_value'>;

/** What the rest of the code may ask of a signal type, instead of testing its name. */
export interface SignalTypeDefinition {
  readonly type: SignalType;
  readonly label: string;
  readonly matching: SignalMatching;
  /** The one canonical spelling of a value, or why the text is not one. */
  normalise(raw: string): Result<string, SignalValueError>;
}

function hexOfLength(
  type: SignalType,
  label: string,
  bits: number,
  matching: SignalMatching,
): SignalTypeDefinition {
  const pattern = new RegExp(`^[0-9a-f]{${bits / 4}}$`);
  return {
    type,
    label,
    matching,
    normalise(raw) {
      const value = raw.trim().toLowerCase();
      if (pattern.test(value)) return ok(value);
      return err(
        'invalid_signal_value',
        `a ${label} is ${bits / 4} hexadecimal characters; got ${describe(raw)}`,
      );
    },
  };
}

function describe(raw: string): string {
  const trimmed = raw.trim();
  if (trimmed.length === 0) return 'nothing';
  if (/^[0-9a-fA-F]+$/.test(trimmed)) return `${trimmed.length} hexadecimal characters`;
  return `${trimmed.length} characters including ${JSON.stringify(trimmed.replace(/[0-9a-fA-F]/g, '').slice(0, 1))}`;
}

/** PhotoDNA is licensed: Concord stores and compares it only as an opaque value (144 bytes). */
const photodna: SignalTypeDefinition = {
  type: 'photodna',
  label: 'PhotoDNA hash',
  matching: 'licensed_opaque',
  normalise(raw) {
    const value = raw.trim();
    if (/^[0-9a-fA-F]{288}$/.test(value)) return ok(hexToBase64(value));
    if (/^[A-Za-z0-9+/]{192}$/.test(value)) return ok(value);
    return err(
      'invalid_signal_value',
      `a PhotoDNA hash is 192 base64 or 288 hexadecimal characters; got ${describe(raw)}`,
    );
  },
};

/** vPDQ values are the reference text form: one `frame,quality,hash,timestamp` line per frame. */
const vpdq: SignalTypeDefinition = {
  type: 'vpdq',
  label: 'vPDQ video hash',
  matching: 'vpdq',
  normalise(raw) {
    const lines = raw
      .trim()
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    if (lines.length === 0)
      return err('invalid_signal_value', 'a vPDQ hash has at least one frame line');
    for (const [i, line] of lines.entries()) {
      if (!/^\d+,\d{1,3},[0-9a-fA-F]{64},\d+(\.\d+)?$/.test(line)) {
        return err(
          'invalid_signal_value',
          `vPDQ frame line ${i + 1} is not "frame,quality,hash,timestamp"`,
        );
      }
    }
    return ok(lines.join('\n').toLowerCase());
  },
};

/** Every signal type, by name: the registry the composition root and formats use. */
export const SIGNAL_TYPE_DEFINITIONS: Readonly<Record<SignalType, SignalTypeDefinition>> = {
  pdq: hexOfLength('pdq', 'PDQ hash', 256, 'hamming256'),
  vpdq,
  md5: hexOfLength('md5', 'MD5 digest', 128, 'exact'),
  sha1: hexOfLength('sha1', 'SHA-1 digest', 160, 'exact'),
  sha256: hexOfLength('sha256', 'SHA-256 digest', 256, 'exact'),
  photodna,
};

export function isSignalType(value: string): value is SignalType {
  return (SIGNAL_TYPES as readonly string[]).includes(value);
}

/** Normalises a value of a known type. */
export function normaliseSignal(type: SignalType, raw: string): Result<string, SignalValueError> {
  return SIGNAL_TYPE_DEFINITIONS[type].normalise(raw);
}

/**
 * Guesses a bare value's type from its shape. 64 hexadecimal characters could
 * be a PDQ hash or a SHA-256 digest, so that answer is 'ambiguous' and the
 * caller must be told the type.
 */
export function detectSignalType(raw: string): SignalType | 'ambiguous' | null {
  const value = raw.trim();
  if (/^[0-9a-fA-F]{32}$/.test(value)) return 'md5';
  if (/^[0-9a-fA-F]{40}$/.test(value)) return 'sha1';
  if (/^[0-9a-fA-F]{64}$/.test(value)) return 'ambiguous';
  if (/^[0-9a-fA-F]{288}$/.test(value) || /^[A-Za-z0-9+/]{192}$/.test(value)) return 'photodna';
  return null;
}

function hexToBase64(hex: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const bytes = hex.match(/../g)?.map((b) => parseInt(b, 16)) ?? [];
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    out +=
      alphabet.charAt((n >> 18) & 63) +
      alphabet.charAt((n >> 12) & 63) +
      alphabet.charAt((n >> 6) & 63) +
      alphabet.charAt(n & 63);
  }
  return out;
}
