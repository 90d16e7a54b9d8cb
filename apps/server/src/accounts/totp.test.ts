import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { base32Decode, base32Encode, hotp, matchTotp, otpauthUri } from './totp.ts';

// RFC 6238 Appendix B: SHA-1 seed "12345678901234567890", 8 digits.
const RFC_SECRET = Buffer.from('12345678901234567890', 'ascii');
const RFC_VECTORS: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP (RFC 6238)', () => {
  for (const [seconds, code] of RFC_VECTORS) {
    it(`gives ${code} at T=${seconds}`, () => {
      assert.equal(hotp(RFC_SECRET, Math.floor(seconds / 30), 8), code);
    });
  }

  it('accepts the current code and one step of drift either side, nothing further', () => {
    const secret = base32Encode(RFC_SECRET);
    const at = new Date(1111111111 * 1000);
    const step = Math.floor(1111111111 / 30);
    const codeAt = (s: number) => hotp(RFC_SECRET, s);
    assert.equal(matchTotp(secret, codeAt(step), at), step);
    assert.equal(matchTotp(secret, codeAt(step - 1), at), step - 1);
    assert.equal(matchTotp(secret, codeAt(step + 1), at), step + 1);
    assert.equal(matchTotp(secret, codeAt(step - 2), at), null);
    assert.equal(matchTotp(secret, codeAt(step + 2), at), null);
  });

  it('refuses anything that is not six digits', () => {
    const secret = base32Encode(RFC_SECRET);
    for (const bad of ['', '12345', '1234567', 'abcdef', ' 12345']) {
      assert.equal(matchTotp(secret, bad, new Date()), null, bad);
    }
  });

  it('round-trips base32 (RFC 4648 test vector)', () => {
    assert.equal(base32Encode(Buffer.from('foobar')), 'MZXW6YTBOI');
    assert.equal(base32Decode('MZXW6YTBOI').toString(), 'foobar');
    assert.equal(base32Decode('mzxw 6ytb oi======').toString(), 'foobar');
  });

  it('builds an otpauth URI authenticators understand', () => {
    const uri = new URL(otpauthUri('JBSWY3DPEHPK3PXP', 'alice', 'Concord Test'));
    assert.equal(uri.protocol, 'otpauth:');
    assert.equal(uri.host, 'totp');
    assert.equal(decodeURIComponent(uri.pathname), '/Concord Test:alice');
    assert.equal(uri.searchParams.get('secret'), 'JBSWY3DPEHPK3PXP');
    assert.equal(uri.searchParams.get('digits'), '6');
  });
});
