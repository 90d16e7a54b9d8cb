import { ConcordApiError, ConcordNetworkError, v1 } from '@concord/client';
import type { PlainMessageKey, Translate } from '../i18n/catalogue.ts';
import type { Formatters } from '../i18n/formatters.ts';
import { LAW_ERROR_MESSAGES } from '../pages/law/law-error-messages.ts';

/** A failure explained for people: what went wrong and what to do, plus field details. */
export interface ErrorDescription {
  readonly message: string;
  readonly code: string | null;
  readonly issues: readonly string[];
}

const MESSAGES: Readonly<Record<v1.ApiErrorCode, PlainMessageKey>> = {
  invalid_request: 'errors.invalid_request',
  malformed_json: 'errors.malformed_json',
  body_too_large: 'errors.body_too_large',
  unsupported_media_type: 'errors.unsupported_media_type',
  not_found: 'errors.not_found',
  unauthenticated: 'errors.unauthenticated',
  session_expired: 'errors.session_expired',
  forbidden: 'errors.forbidden',
  csrf_failed: 'errors.csrf_failed',
  invalid_credentials: 'errors.invalid_credentials',
  account_disabled: 'errors.account_disabled',
  account_locked: 'errors.account_locked',
  too_many_attempts: 'errors.too_many_attempts',
  second_factor_required: 'errors.second_factor_required',
  second_factor_setup_required: 'errors.second_factor_setup_required',
  password_change_required: 'errors.password_change_required',
  invalid_second_factor: 'errors.invalid_second_factor',
  second_factor_reused: 'errors.second_factor_reused',
  second_factor_not_enrolled: 'errors.second_factor_not_enrolled',
  second_factor_required_by_admin: 'errors.second_factor_required_by_admin',
  weak_password: 'errors.weak_password',
  wrong_password: 'errors.wrong_password',
  username_taken: 'errors.username_taken',
  purpose_required: 'errors.purpose_required',
  cannot_change_self: 'errors.cannot_change_self',
  bank_name_taken: 'errors.bank_name_taken',
  invalid_card: 'errors.invalid_card',
  fingerprint_mismatch: 'errors.fingerprint_mismatch',
  not_endorsed: 'errors.not_endorsed',
  peer_is_self: 'errors.peer_is_self',
  card_key_changed: 'errors.card_key_changed',
  already_subscribed: 'errors.already_subscribed',
  group_name_taken: 'errors.group_name_taken',
  sync_failed: 'errors.sync_failed',
  invalid_hash: 'errors.invalid_hash',
  internal_error: 'errors.internal_error',
  ...LAW_ERROR_MESSAGES,
};

/** Codes whose message says how long to wait when the server tells us. */
const WAIT_MESSAGES = {
  account_locked: 'errors.account_locked_wait',
  too_many_attempts: 'errors.too_many_attempts_wait',
} as const;

function isKnownCode(code: string): code is v1.ApiErrorCode {
  return (v1.API_ERROR_CODES as readonly string[]).includes(code);
}

function apiErrorMessage(error: ConcordApiError, t: Translate, formatters: Formatters): string {
  const wait = error.retryAfterSeconds;
  if ((error.code === 'account_locked' || error.code === 'too_many_attempts') && wait !== null) {
    return t(WAIT_MESSAGES[error.code], { wait: formatters.duration(wait) });
  }
  // A code this UI does not know yet still explains itself with the server's sentence.
  return isKnownCode(error.code) ? t(MESSAGES[error.code]) : error.message;
}

/**
 * Turns any failure into a translated explanation. Codes the UI does not know
 * fall back to the server's own message, so nothing is ever unexplained.
 */
export function describeError(
  error: unknown,
  t: Translate,
  formatters: Formatters,
): ErrorDescription {
  if (error instanceof ConcordApiError) {
    return {
      message: apiErrorMessage(error, t, formatters),
      code: error.code,
      issues: error.issues.map((issue) => `${issue.path}: ${issue.message}`),
    };
  }
  if (error instanceof ConcordNetworkError) {
    return { message: t('errors.network'), code: null, issues: [error.message] };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { message: t('errors.unexpected', { detail }), code: null, issues: [] };
}
