import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Result } from '@concord/core';
import type { v1 } from '@concord/protocol';
import type { ServiceError } from '../accounts/service-error.ts';

/** The one table from error code to HTTP status. */
const STATUS: Readonly<Record<v1.ApiErrorCode, number>> = {
  invalid_request: 400,
  malformed_json: 400,
  body_too_large: 413,
  unsupported_media_type: 415,
  not_found: 404,
  unauthenticated: 401,
  session_expired: 401,
  forbidden: 403,
  csrf_failed: 403,
  invalid_credentials: 401,
  account_disabled: 403,
  account_locked: 423,
  too_many_attempts: 429,
  second_factor_required: 403,
  second_factor_setup_required: 403,
  password_change_required: 403,
  invalid_second_factor: 401,
  second_factor_reused: 401,
  second_factor_not_enrolled: 409,
  second_factor_required_by_admin: 409,
  weak_password: 400,
  wrong_password: 400,
  username_taken: 409,
  purpose_required: 400,
  cannot_change_self: 409,
  bank_name_taken: 409,
  invalid_card: 400,
  fingerprint_mismatch: 409,
  not_endorsed: 409,
  peer_is_self: 409,
  card_key_changed: 409,
  already_subscribed: 409,
  group_name_taken: 409,
  sync_failed: 502,
  invalid_hash: 400,
  unknown_jurisdiction: 400,
  same_jurisdiction: 400,
  unknown_conduct: 400,
  unknown_measure: 400,
  unknown_urgency: 400,
  invalid_date: 400,
  unknown_instrument: 404,
  invalid_profile: 400,
  unsigned_profile: 400,
  publisher_not_authoritative: 403,
  jurisdiction_mismatch: 400,
  unknown_signer: 403,
  bad_signature: 400,
  internal_error: 500,
};

/** Thrown by route handlers for an expected failure; the error handler turns it into a response. */
export class ApiError extends Error {
  readonly error: ServiceError;
  constructor(error: ServiceError) {
    super(error.message);
    this.error = error;
  }
}

export function apiError(code: v1.ApiErrorCode, message: string): ApiError {
  return new ApiError({ code, message });
}

/** The value of a successful result, or the failure thrown as an ApiError. */
export function unwrap<T>(result: Result<T, ServiceError>): T {
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

function send(
  reply: FastifyReply,
  error: ServiceError,
  issues?: { path: string; message: string }[],
) {
  if (error.retryAfterSeconds !== undefined)
    reply.header('retry-after', String(error.retryAfterSeconds));
  const body: v1.ErrorBody = {
    error: {
      code: error.code,
      message: error.message,
      ...(issues ? { issues } : {}),
      ...(error.retryAfterSeconds !== undefined
        ? { retryAfterSeconds: error.retryAfterSeconds }
        : {}),
    },
  };
  return reply.status(STATUS[error.code]).type('application/json; charset=utf-8').send(body);
}

/** Fastify's own error codes for bad requests, mapped to ours. */
const FASTIFY_CODES: Readonly<Record<string, ServiceError>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    code: 'malformed_json',
    message: 'the request body is not valid JSON',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'malformed_json',
    message: 'the request says it has a JSON body but sends none',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'body_too_large', message: 'the request body is too large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'unsupported_media_type',
    message: 'send the request body as application/json',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'invalid_request',
    message: 'the Content-Length header does not match the body',
  },
};

/**
 * Every error becomes `{error: {code, message}}` here and nowhere else. No
 * stack trace or internal message ever leaves the server.
 */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof ApiError) return send(reply, error.error);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((v) => ({
      path: [error.validationContext, ...String(v.instancePath).split('/').filter(Boolean)].join(
        '.',
      ),
      message: v.message ?? 'invalid',
    }));
    const first = issues[0];
    return send(
      reply,
      {
        code: 'invalid_request',
        message: first ? `${first.path}: ${first.message}` : 'the request is not valid',
      },
      issues,
    );
  }
  if (error instanceof SyntaxError && error.statusCode === 400) {
    return send(reply, { code: 'malformed_json', message: 'the request body is not valid JSON' });
  }
  const known = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (known) return send(reply, known);
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return send(reply, { code: 'invalid_request', message: 'the request is not valid' });
  }
  request.log.error({ err: error }, 'unhandled error');
  return send(reply, {
    code: 'internal_error',
    message: 'something went wrong on the server; it has been logged',
  });
}
