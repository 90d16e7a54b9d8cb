import { z } from 'zod';

/** Every error response: a stable snake_case code a program can switch on, and a sentence for people. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().regex(/^[a-z][a-z0-9_]*$/),
      message: z.string(),
      /** Field-level problems for invalid_request. */
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
      /** Seconds to wait before trying again (too_many_attempts, account_locked). */
      retryAfterSeconds: z.number().int().optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;

/** The stable error codes the API can return. */
export const API_ERROR_CODES = [
  'invalid_request',
  'malformed_json',
  'body_too_large',
  'unsupported_media_type',
  'not_found',
  'unauthenticated',
  'session_expired',
  'forbidden',
  'csrf_failed',
  'invalid_credentials',
  'account_disabled',
  'account_locked',
  'too_many_attempts',
  'second_factor_required',
  'second_factor_setup_required',
  'password_change_required',
  'invalid_second_factor',
  'second_factor_reused',
  'second_factor_not_enrolled',
  'second_factor_required_by_admin',
  'weak_password',
  'wrong_password',
  'username_taken',
  'purpose_required',
  'cannot_change_self',
  'bank_name_taken',
  'invalid_card',
  'fingerprint_mismatch',
  'not_endorsed',
  'peer_is_self',
  'card_key_changed',
  'already_subscribed',
  'group_name_taken',
  'sync_failed',
  'invalid_hash',
  // The legal knowledge base (law.ts, LAW_ERROR_CODES).
  'unknown_jurisdiction',
  'same_jurisdiction',
  'unknown_conduct',
  'unknown_measure',
  'unknown_urgency',
  'invalid_date',
  'unknown_instrument',
  'invalid_profile',
  'unsigned_profile',
  'publisher_not_authoritative',
  'jurisdiction_mismatch',
  'unknown_signer',
  'bad_signature',
  'internal_error',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const Instant = z.iso.datetime({ offset: false }).describe('ISO 8601 instant, UTC');

export const PageQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const Nothing = z.null();

export const Health = z
  .object({
    status: z.literal('ok'),
    version: z.string(),
    database: z.enum(['sqlite', 'postgres']),
  })
  .meta({ id: 'Health' });
export type Health = z.infer<typeof Health>;
