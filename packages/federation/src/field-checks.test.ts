import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { decodeBase64url } from './field-checks.ts';

describe('decodeBase64url', () => {
  it('decodes every length a base64url text can have, as Node encodes it', () => {
    for (let n = 0; n <= 64; n++) {
      const bytes = randomBytes(n);
      assert.deepEqual(decodeBase64url(bytes.toString('base64url')), bytes, `${n} bytes`);
    }
    const large = randomBytes(3_000_001);
    assert.deepEqual(decodeBase64url(large.toString('base64url')), large);
  });

  it('refuses anything else: other characters anywhere, base64’s own, padding, a dangling character', () => {
    const text = randomBytes(48).toString('base64url');
    const refused = [
      `${text}=`,
      `${text.slice(0, -2)}==`,
      `${text.slice(0, 10)}+${text.slice(11)}`,
      `${text.slice(0, 10)}/${text.slice(11)}`,
      `${text.slice(0, 10)} ${text.slice(11)}`,
      `${text.slice(0, 10)}\n${text.slice(11)}`,
      `${text.slice(0, 10)}.${text.slice(11)}`,
      `${text.slice(0, 10)}é${text.slice(11)}`,
      `${text.slice(0, 10)}\u0100${text.slice(11)}`,
      `${text.slice(0, 10)}\u0000${text.slice(11)}`,
      `${text}A`, // a length of 4k+1 names no bytes
      `!${text.slice(1)}`,
      `${text.slice(0, -1)}!`,
    ];
    for (const bad of refused) assert.equal(decodeBase64url(bad), null, JSON.stringify(bad));
    // A text of many bad characters, not only one.
    assert.equal(decodeBase64url('!!!!'), null);
    assert.deepEqual(decodeBase64url(''), Buffer.alloc(0));
  });
});
