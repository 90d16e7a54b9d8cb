import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DIGEST_ALGORITHMS, createDigestMap, type DigestAlgorithm } from './digest-map.ts';
import { seededRandom, type Random } from './hash256-fixtures.test.ts';

const DIGITS: Record<DigestAlgorithm, number> = { md5: 32, sha1: 40, sha256: 64 };

function randomDigest(random: Random, algorithm: DigestAlgorithm): string {
  let hex = '';
  while (hex.length < DIGITS[algorithm]) hex += random().toString(16).padStart(8, '0');
  return hex;
}

function value<T>(r: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!r.ok) assert.fail(`unexpected error ${r.error.code}`);
  return r.value;
}

describe('createDigestMap', () => {
  for (const algorithm of DIGEST_ALGORITHMS) {
    it(`answers like a Map of strings through adds and removes (${algorithm})`, () => {
      const random = seededRandom(DIGITS[algorithm]);
      const map = createDigestMap(algorithm);
      const reference = new Map<string, Set<number>>();
      const digests = Array.from({ length: 6000 }, () => randomDigest(random, algorithm));
      for (let step = 0; step < 30_000; step++) {
        const digest = digests[random() % digests.length] ?? '';
        const id = random() % 4;
        const ids = reference.get(digest) ?? new Set<number>();
        if (random() % 3 === 0) {
          assert.equal(value(map.remove(digest, id)), ids.delete(id));
        } else {
          assert.equal(value(map.add(digest, id)), !ids.has(id));
          ids.add(id);
        }
        reference.set(digest, ids);
      }
      let pairs = 0;
      for (const [digest, ids] of reference) {
        pairs += ids.size;
        assert.deepEqual(
          value(map.get(digest)),
          [...ids].sort((a, b) => a - b),
        );
      }
      assert.equal(map.size, pairs);
      assert.deepEqual(value(map.get(randomDigest(random, algorithm))), []);
    });
  }

  it('treats hex case as insignificant', () => {
    const map = createDigestMap('md5');
    value(map.add('D41D8CD98F00B204E9800998ECF8427E', 12));
    assert.deepEqual(value(map.get('d41d8cd98f00b204e9800998ecf8427e')), [12]);
    assert.equal(value(map.add('d41d8cd98f00b204e9800998ecf8427e', 12)), false);
  });

  it('rejects digests of another length or with non-hex digits, and bad ids', () => {
    const map = createDigestMap('sha1');
    const code = (r: { ok: boolean; error?: { code: string } }): string | undefined =>
      r.error?.code;
    assert.equal(code(map.get('ab'.repeat(16))), 'invalid_digest_length');
    assert.equal(code(map.add('ab'.repeat(32), 1)), 'invalid_digest_length');
    assert.equal(code(map.remove('', 1)), 'invalid_digest_length');
    assert.equal(code(map.get('zz'.repeat(20))), 'invalid_digest_chars');
    assert.equal(code(map.get('ab'.repeat(19) + '+1')), 'invalid_digest_chars');
    assert.equal(code(map.add('ab'.repeat(20), -1)), 'invalid_id');
    assert.equal(code(map.add('ab'.repeat(20), 2 ** 32)), 'invalid_id');
    assert.equal(map.size, 0);
  });
});
