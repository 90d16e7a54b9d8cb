import type { CodedError } from '@concord/core';
import type { v1 } from '@concord/protocol';

/** An expected failure of an account or API operation; the HTTP edge turns it into a status. */
export interface ServiceError extends CodedError<v1.ApiErrorCode> {
  readonly retryAfterSeconds?: number;
}

export function fail(
  code: v1.ApiErrorCode,
  message: string,
  retryAfterSeconds?: number,
): { ok: false; error: ServiceError } {
  return {
    ok: false,
    error:
      retryAfterSeconds === undefined ? { code, message } : { code, message, retryAfterSeconds },
  };
}
