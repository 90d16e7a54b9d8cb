// A JSON parser (RFC 8259) that remembers where each object and array began,
// so that problems in a VICS file can name a line, not only a path. It also
// bounds nesting (hostile input must not overflow the stack) and builds
// objects with Object.fromEntries, so a key "__proto__" stays a plain key.

import { ok, type JsonValue, type Result } from '@concord/core';

export interface JsonDocument {
  readonly value: JsonValue;
  /** 1-based line where an object or array of this document begins. */
  lineOf(node: object): number | null;
  /** 1-based line of member `key` of an object of this document (its last occurrence). */
  lineOfMember(node: object, key: string): number | null;
}

export interface JsonSyntaxProblem {
  readonly code: 'malformed_json';
  readonly message: string;
  readonly line: number;
}

const MAX_DEPTH = 256;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** Thrown inside the parser only; parseJsonDocument turns it into a value. */
class SyntaxFailure {
  constructor(
    readonly message: string,
    readonly line: number,
  ) {}
}

class Parser {
  i = 0;
  line = 1;
  depth = 0;
  /** Offset where each object and array begins (a Map: a WeakMap this size burdens the GC). */
  readonly starts = new Map<object, number>();
  /** Set while looking for one member: its line once found. */
  wanted: { readonly key: string; line: number | null } | null = null;

  constructor(readonly text: string) {}

  fail(what: string): never {
    const near =
      this.i < this.text.length ? JSON.stringify(this.text.slice(this.i, this.i + 12)) : 'the end';
    throw new SyntaxFailure(`${what} at line ${this.line}, near ${near}`, this.line);
  }

  space(): void {
    const t = this.text;
    for (;;) {
      const c = t.charCodeAt(this.i);
      if (c === 0x0a) this.line++;
      else if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return;
      this.i++;
    }
  }

  value(): JsonValue {
    this.space();
    const c = this.text[this.i];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
    for (const [word, v] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length;
        return v;
      }
    }
    return this.fail('expected a JSON value');
  }

  enter(): number {
    if (++this.depth > MAX_DEPTH) this.fail(`nested deeper than ${MAX_DEPTH} levels`);
    return this.i++;
  }

  object(): JsonValue {
    const start = this.enter();
    const node: Record<string, JsonValue> = {};
    this.space();
    if (this.text[this.i] === '}') this.i++;
    else {
      for (;;) {
        this.space();
        if (this.text[this.i] !== '"') this.fail('expected a member name in quotes');
        const keyLine = this.line;
        const key = this.string();
        if (this.wanted && this.depth === 1 && key === this.wanted.key) this.wanted.line = keyLine;
        this.space();
        if (this.text[this.i] !== ':') this.fail('expected ":"');
        this.i++;
        setMember(node, key, this.value());
        if (this.close('}')) break;
      }
    }
    this.depth--;
    this.starts.set(node, start);
    return node;
  }

  array(): JsonValue {
    const start = this.enter();
    const items: JsonValue[] = [];
    this.space();
    if (this.text[this.i] === ']') this.i++;
    else {
      for (;;) {
        items.push(this.value());
        if (this.close(']')) break;
      }
    }
    this.depth--;
    this.starts.set(items, start);
    return items;
  }

  /** After a member or element: true at the closing bracket, false after a comma. */
  close(bracket: '}' | ']'): boolean {
    this.space();
    const c = this.text[this.i];
    this.i++;
    if (c === bracket) return true;
    if (c !== ',') this.fail(`expected "," or "${bracket}"`);
    return false;
  }

  string(): string {
    const t = this.text;
    const begin = ++this.i;
    const end = t.indexOf('"', begin);
    if (end === -1) this.fail('unterminated string');
    const plain = t.slice(begin, end);
    if (!plain.includes('\\') && !hasControlCharacter(plain)) {
      this.i = end + 1;
      return plain;
    }
    return this.escapedString();
  }

  escapedString(): string {
    const t = this.text;
    let out = '';
    for (;;) {
      const c = t[this.i];
      if (c === undefined) return this.fail('unterminated string');
      if (c === '"') break;
      if (c < ' ') this.fail('control character inside a string');
      if (c !== '\\') {
        out += c;
        this.i++;
        continue;
      }
      const e = t[this.i + 1] ?? '';
      if (e === 'u') {
        const hex = t.slice(this.i + 2, this.i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('bad \\u escape');
        out += String.fromCharCode(parseInt(hex, 16));
        this.i += 6;
      } else {
        const plain = Object.hasOwn(ESCAPES, e) ? ESCAPES[e] : undefined;
        if (plain === undefined) this.fail('bad escape');
        out += plain;
        this.i += 2;
      }
    }
    this.i++;
    return out;
  }

  number(): number {
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(this.text);
    if (!m) return this.fail('bad number');
    this.i += m[0].length;
    return Number(m[0]);
  }
}

/** Adds a member; "__proto__" is defined, not assigned, so it stays a plain member. */
function setMember(node: Record<string, JsonValue>, key: string, value: JsonValue): void {
  if (key === '__proto__') {
    Object.defineProperty(node, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else node[key] = value;
}

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 0x20) return true;
  return false;
}

/**
 * Parses a whole JSON text, or says where it goes wrong.
 *
 * @example
 * const doc = parseJsonDocument('{\n "value": [\n  {"MD5": "x"}\n ]\n}');
 * // doc.ok && doc.value.lineOfMember(media, 'MD5') === 3
 */
export function parseJsonDocument(text: string): Result<JsonDocument, JsonSyntaxProblem> {
  const parser = new Parser(text);
  try {
    const value = parser.value();
    parser.space();
    if (parser.i < text.length) parser.fail('unexpected text after the JSON value');
    return ok(documentOf(parser, value));
  } catch (e) {
    if (!(e instanceof SyntaxFailure)) throw e;
    return { ok: false, error: { code: 'malformed_json', message: e.message, line: e.line } };
  }
}

function documentOf(parser: Parser, value: JsonValue): JsonDocument {
  let lines: LineIndex | null = null;
  const lineAt = (offset: number) => (lines ??= new LineIndex(parser.text)).lineOf(offset);
  return {
    value,
    lineOf(node) {
      const offset = parser.starts.get(node);
      return offset === undefined ? null : lineAt(offset);
    },
    lineOfMember(node, key) {
      const offset = parser.starts.get(node);
      if (offset === undefined) return null;
      // Parse the object again from its start, noting the line of `key`.
      const again = new Parser(parser.text);
      again.i = offset;
      again.line = lineAt(offset);
      again.wanted = { key, line: null };
      again.object();
      return again.wanted.line;
    },
  };
}

/** Offsets of the line breaks of a text, built once, for line numbers by binary search. */
class LineIndex {
  private readonly breaks: Uint32Array;

  constructor(text: string) {
    let count = 0;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
    this.breaks = new Uint32Array(count);
    let n = 0;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1))
      this.breaks[n++] = at;
  }

  /** 1-based line of an offset: one plus the breaks before it. */
  lineOf(offset: number): number {
    let low = 0;
    let high = this.breaks.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.breaks[mid] ?? Infinity) < offset) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  }
}
