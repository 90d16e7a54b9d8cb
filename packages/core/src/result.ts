/**
 * Expected failures are values. A `Result` is either `{ ok: true, value }` or
 * `{ ok: false, error }`; bugs still throw.
 *
 * @example
 * const r = parsePort('80');
 * if (!r.ok) console.error(r.error.code);
 */
export type Result<T, E extends CodedError = CodedError> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/** An expected failure with a stable snake_case code that callers may switch on. */
export interface CodedError<C extends string = string> {
  readonly code: C;
  readonly message: string;
  /** True when trying the same thing again later may succeed. */
  readonly retryable?: boolean;
}

export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

export function err<C extends string>(
  code: C,
  message: string,
  retryable?: boolean,
): Result<never, CodedError<C>> {
  return {
    ok: false,
    error: retryable === undefined ? { code, message } : { code, message, retryable },
  };
}
