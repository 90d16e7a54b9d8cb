import type { SignalType } from '../api/protocol-lists.ts';

/** Signal types by their proper names, which no language translates. */
export const SIGNAL_TYPE_NAMES: Readonly<Record<SignalType, string>> = {
  pdq: 'PDQ',
  vpdq: 'vPDQ',
  md5: 'MD5',
  sha1: 'SHA-1',
  sha256: 'SHA-256',
  photodna: 'PhotoDNA',
};
