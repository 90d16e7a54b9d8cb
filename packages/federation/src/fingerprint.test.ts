import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cardFingerprint, shortFingerprint } from './fingerprint.ts';
import { edKey } from './testing/fixtures.ts';

// The public key of RFC 8032 §7.1 test 1; the expected digits were computed independently
// (Python hashlib) from the construction documented on cardFingerprint.
const RFC8032_KEY = '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo';
const RFC8032_FINGERPRINT =
  '10565 22880 29447 22884 16547 67957 54184 75456 48489 64952 61521 24532';

describe('cardFingerprint', () => {
  it('matches an independently computed fingerprint', () => {
    assert.equal(cardFingerprint(RFC8032_KEY), RFC8032_FINGERPRINT);
    assert.equal(
      cardFingerprint('AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'),
      '76155 43179 01474 60464 47285 42887 83365 46504 02076 59648 34343 18369',
    );
  });

  it('is 12 groups of 5 digits, zero-padded', () => {
    for (let i = 0; i < 20; i++) {
      assert.match(cardFingerprint(edKey().publicKey), /^\d{5}( \d{5}){11}$/);
    }
  });

  it('differs for different keys', () => {
    assert.notEqual(cardFingerprint(edKey().publicKey), cardFingerprint(edKey().publicKey));
  });

  it('refuses what is not a raw 32-byte base64url key', () => {
    for (const bad of ['', 'AAAA', `${RFC8032_KEY}=`, RFC8032_KEY.slice(1), `${RFC8032_KEY}A`]) {
      assert.throws(() => cardFingerprint(bad), TypeError, bad);
    }
  });
});

describe('shortFingerprint', () => {
  it('is the first four groups of the full fingerprint', () => {
    assert.equal(shortFingerprint(RFC8032_KEY), '10565 22880 29447 22884');
  });
});
