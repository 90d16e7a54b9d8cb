import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { distance256, formatHash256, parseHash256Into, popcount32 } from './hash256.ts';
import { packHash256Entries } from './hash256-index.ts';
import { seededRandom } from './hash256-fixtures.test.ts';

describe('parseHash256Into', () => {
  it('reads eight big-endian words and formats them back as lowercase hex', () => {
    const hex = '0123456789abcdef'.repeat(4);
    const out = new Uint32Array(10);
    assert.equal(parseHash256Into(hex.toUpperCase(), out, 2), null);
    assert.equal(out[2], 0x01234567);
    assert.equal(out[3], 0x89abcdef);
    assert.equal(formatHash256(out, 2), hex);
  });

  it('reports the length or the first non-hex character', () => {
    const out = new Uint32Array(8);
    assert.equal(parseHash256Into('abc', out, 0)?.code, 'invalid_hash_length');
    assert.equal(parseHash256Into('0'.repeat(63) + 'g', out, 0)?.code, 'invalid_hash_chars');
    assert.match(parseHash256Into('0'.repeat(63) + 'g', out, 0)?.message ?? '', /character 63/);
  });
});

describe('popcount32 and distance256', () => {
  it('count bits like a bit-by-bit loop', () => {
    const random = seededRandom(5);
    for (let i = 0; i < 2000; i++) {
      const x = random() | 0;
      let naive = 0;
      for (let b = 0; b < 32; b++) naive += (x >>> b) & 1;
      assert.equal(popcount32(x), naive);
    }
    assert.equal(popcount32(-1), 32);
  });

  it('stops early only when the first half already exceeds the limit', () => {
    const a = new Uint32Array(8);
    const b = new Uint32Array(8).fill(0xffffffff);
    assert.equal(distance256(a, 0, b, 0, 256), 256);
    assert.ok(distance256(a, 0, b, 0, 100) > 100);
    b.fill(0, 0, 4);
    assert.equal(distance256(a, 0, b, 0, 0), 128);
  });
});

describe('packHash256Entries', () => {
  it('packs entries and names the entry that fails', () => {
    const good = 'ff'.repeat(32);
    const packed = packHash256Entries(new Set([{ id: 4, hash: good }]));
    assert.ok(packed.ok);
    assert.deepEqual([...packed.value.ids], [4]);
    assert.deepEqual([...packed.value.words], new Array(8).fill(0xffffffff));
    const bad = packHash256Entries([
      { id: 1, hash: good },
      { id: 2, hash: 'ff' },
    ]);
    assert.ok(!bad.ok);
    assert.equal(bad.error.code, 'invalid_hash_length');
    assert.match(bad.error.message, /^entry 1:/);
    const badId = packHash256Entries([{ id: -3, hash: good }]);
    assert.equal(badId.ok ? null : badId.error.code, 'invalid_id');
  });
});
