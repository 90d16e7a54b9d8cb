import type { v1 } from '@concord/client';
import type { PlainMessageKey } from '../../i18n/catalogue.ts';

/** What each error code of the law routes tells people (merged into describe-error's table). */
export const LAW_ERROR_MESSAGES: Readonly<Record<v1.LawErrorCode, PlainMessageKey>> = {
  unknown_jurisdiction: 'errors.unknown_jurisdiction',
  same_jurisdiction: 'errors.same_jurisdiction',
  unknown_conduct: 'errors.unknown_conduct',
  unknown_measure: 'errors.unknown_measure',
  unknown_urgency: 'errors.unknown_urgency',
  invalid_date: 'errors.invalid_date',
  unknown_instrument: 'errors.unknown_instrument',
  invalid_profile: 'errors.invalid_profile',
  unsigned_profile: 'errors.unsigned_profile',
  publisher_not_authoritative: 'errors.publisher_not_authoritative',
  jurisdiction_mismatch: 'errors.jurisdiction_mismatch',
  unknown_signer: 'errors.unknown_signer',
  bad_signature: 'errors.bad_signature',
};
