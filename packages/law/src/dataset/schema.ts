// A small schema reader for JSON values: enough to check the research file and the bundled
// dataset without a runtime dependency (the package may depend on @concord/core only).
// Every problem is collected with its path, so one run reports all of them.

/** Stable codes for what can be wrong with one value. */
export const SCHEMA_ISSUE_CODES = [
  'wrong_type',
  'missing_field',
  'unknown_field',
  'invalid_value',
] as const;
export type SchemaIssueCode = (typeof SCHEMA_ISSUE_CODES)[number];

export interface SchemaIssue {
  readonly code: SchemaIssueCode;
  /** Where, as `$.instruments[3].deadlines[0].value`. */
  readonly path: string;
  readonly message: string;
}

type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };

/** Reads a JSON value as `T`, adding what is wrong to `issues`. */
export interface Schema<T> {
  readonly read: (value: unknown, path: string, issues: SchemaIssue[]) => Read<T>;
}

/** A field that may be absent (never `undefined`: absent). */
export interface OptionalField<T> {
  readonly optional: Schema<T>;
}

type Shape = Readonly<Record<string, Schema<unknown> | OptionalField<unknown>>>;
type RequiredPart<S extends Shape> = {
  readonly [K in keyof S as S[K] extends OptionalField<unknown> ? never : K]: S[K] extends Schema<
    infer T
  >
    ? T
    : never;
};
type OptionalPart<S extends Shape> = {
  readonly [
    K in keyof S as S[K] extends OptionalField<unknown> ? K : never
  ]?: S[K] extends OptionalField<infer T> ? T : never;
};
type Flatten<T> = { readonly [K in keyof T]: T[K] };
export type ObjectOf<S extends Shape> = Flatten<RequiredPart<S> & OptionalPart<S>>;

const fail: Read<never> = { ok: false };

function primitive<T>(
  expected: string,
  accepts: (value: unknown) => value is T,
  valid: (value: T) => string | null = () => null,
): Schema<T> {
  return {
    read(value, path, issues) {
      if (!accepts(value)) {
        issues.push({ code: 'wrong_type', path, message: `expected ${expected}` });
        return fail;
      }
      const problem = valid(value);
      if (problem !== null) {
        issues.push({ code: 'invalid_value', path, message: problem });
        return fail;
      }
      return { ok: true, value };
    },
  };
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';

export function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Schema builders.
 *
 * @example
 * const cell = s.object({ status: s.oneOf(['party', 'signatory']), year: s.integer() });
 * const issues: SchemaIssue[] = [];
 * cell.read({ status: 'party', year: 2002 }, '$', issues); // { ok: true, value: {...} }
 */
export const s = {
  /** A string; `nonEmpty` refuses '' and whitespace. */
  string(options: { nonEmpty?: boolean; pattern?: RegExp } = {}): Schema<string> {
    return primitive('a string', isString, (v) => {
      if (options.nonEmpty && v.trim() === '') return 'must not be empty';
      if (options.pattern && !options.pattern.test(v)) return `must match ${options.pattern}`;
      return null;
    });
  },
  number(): Schema<number> {
    return primitive('a finite number', isNumber);
  },
  integer(): Schema<number> {
    return primitive('an integer', isNumber, (v) =>
      Number.isSafeInteger(v) ? null : 'must be an integer',
    );
  },
  boolean(): Schema<boolean> {
    return primitive('true or false', isBoolean);
  },
  /** One of the given strings. */
  oneOf<const T extends string>(values: readonly T[]): Schema<T> {
    const accepts = (v: unknown): v is T =>
      isString(v) && (values as readonly string[]).includes(v);
    return {
      read(value, path, issues) {
        if (accepts(value)) return { ok: true, value };
        issues.push({
          code: isString(value) ? 'invalid_value' : 'wrong_type',
          path,
          message: `expected one of ${values.join(', ')}`,
        });
        return fail;
      },
    };
  },
  nullable<T>(inner: Schema<T>): Schema<T | null> {
    return {
      read: (value, path, issues) =>
        value === null ? { ok: true, value } : inner.read(value, path, issues),
    };
  },
  optional<T>(inner: Schema<T>): OptionalField<T> {
    return { optional: inner };
  },
  /** The first alternative that reads without problems. */
  union<A, B>(a: Schema<A>, b: Schema<B>, expected: string): Schema<A | B> {
    return {
      read(value, path, issues) {
        for (const alternative of [a, b]) {
          const trial: SchemaIssue[] = [];
          const read = alternative.read(value, path, trial);
          if (read.ok) return read;
        }
        issues.push({ code: 'wrong_type', path, message: `expected ${expected}` });
        return fail;
      },
    };
  },
  array<T>(item: Schema<T>, options: { nonEmpty?: boolean } = {}): Schema<readonly T[]> {
    return {
      read(value, path, issues) {
        if (!Array.isArray(value)) {
          issues.push({ code: 'wrong_type', path, message: 'expected an array' });
          return fail;
        }
        if (options.nonEmpty && value.length === 0) {
          issues.push({ code: 'invalid_value', path, message: 'must not be empty' });
          return fail;
        }
        const out: T[] = [];
        let ok = true;
        value.forEach((element: unknown, i) => {
          const read = item.read(element, `${path}[${i}]`, issues);
          if (read.ok) out.push(read.value);
          else ok = false;
        });
        return ok ? { ok: true, value: out } : fail;
      },
    };
  },
  /** An object with exactly these fields (unknown fields are problems too). */
  object<S extends Shape>(shape: S): Schema<ObjectOf<S>> {
    return {
      read(value, path, issues) {
        if (!isPlainObject(value)) {
          issues.push({ code: 'wrong_type', path, message: 'expected an object' });
          return fail;
        }
        const out: Record<string, unknown> = {};
        let ok = true;
        for (const [key, field] of Object.entries(shape)) {
          const at = `${path}.${key}`;
          const optional = 'optional' in field;
          if (!(key in value)) {
            if (optional) continue;
            issues.push({ code: 'missing_field', path: at, message: `${key} is required` });
            ok = false;
            continue;
          }
          const read = (optional ? field.optional : field).read(value[key], at, issues);
          if (read.ok) out[key] = read.value;
          else ok = false;
        }
        for (const key of Object.keys(value)) {
          if (key in shape) continue;
          issues.push({
            code: 'unknown_field',
            path: `${path}.${key}`,
            message: `unexpected ${key}`,
          });
          ok = false;
        }
        // Every field of the shape was read by its own schema above.
        return ok ? { ok: true, value: out as ObjectOf<S> } : fail;
      },
    };
  },
};

/** Reads `value` with `schema`, returning the value or every problem found. */
export function readWith<T>(
  schema: Schema<T>,
  value: unknown,
):
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly SchemaIssue[] } {
  const issues: SchemaIssue[] = [];
  const read = schema.read(value, '$', issues);
  return read.ok && issues.length === 0 ? { ok: true, value: read.value } : { ok: false, issues };
}
