import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  PDQ_HASH_BITS,
  PDQ_MATCH_THRESHOLD,
  PDQ_QUALITY_FLOOR,
  isPdqHash,
  parsePdqHash,
  pdqHammingDistance,
  pdqHashFromBits,
  pdqHashWords,
  pdqWordsDistance,
  type PdqHash,
} from './pdq-hash.ts';

const BRIDGE = 'd8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22';

function hashOf(text: string): PdqHash {
  const r = parsePdqHash(text);
  assert.ok(r.ok);
  return r.value;
}

function withBits(...indices: number[]): PdqHash {
  const bits = new Uint8Array(PDQ_HASH_BITS);
  for (const k of indices) bits[k] = 1;
  return pdqHashFromBits(bits);
}

describe('PDQ constants', () => {
  it('are the values Meta recommends', () => {
    assert.equal(PDQ_MATCH_THRESHOLD, 31);
    assert.equal(PDQ_QUALITY_FLOOR, 50);
  });
});

describe('parsePdqHash', () => {
  it('accepts 64 hex digits and folds case and surrounding space', () => {
    assert.deepEqual(parsePdqHash(BRIDGE), { ok: true, value: BRIDGE });
    assert.deepEqual(parsePdqHash(`  ${BRIDGE.toUpperCase()}\n`), { ok: true, value: BRIDGE });
  });
  it('refuses anything else with a stable code', () => {
    for (const bad of [
      '',
      BRIDGE.slice(1),
      `${BRIDGE}0`,
      `${BRIDGE.slice(0, 63)}g`,
      `0x${BRIDGE}`,
    ]) {
      const r = parsePdqHash(bad);
      assert.equal(r.ok, false, bad);
      if (!r.ok) assert.equal(r.error.code, 'invalid_pdq_hash');
    }
  });
  it('isPdqHash only admits the canonical lowercase form', () => {
    assert.equal(isPdqHash(BRIDGE), true);
    assert.equal(isPdqHash(BRIDGE.toUpperCase()), false);
  });
});

describe('bit order', () => {
  it('puts bit 0 in the lowest nibble of the last hex digit, as the reference prints it', () => {
    assert.equal(withBits(0), `${'0'.repeat(63)}1`);
    assert.equal(withBits(3), `${'0'.repeat(63)}8`);
    assert.equal(withBits(4), `${'0'.repeat(62)}10`);
    assert.equal(withBits(16), `${'0'.repeat(59)}10000`);
    assert.equal(withBits(255), `8${'0'.repeat(63)}`);
  });
});

describe('pdqHammingDistance', () => {
  it('counts differing bits', () => {
    assert.equal(pdqHammingDistance(hashOf(BRIDGE), hashOf(BRIDGE)), 0);
    assert.equal(pdqHammingDistance(withBits(), withBits(0, 100, 255)), 3);
    assert.equal(pdqHammingDistance(withBits(), hashOf('f'.repeat(64))), 256);
  });
  it('agrees with the word-wise distance used for repeated comparisons', () => {
    const a = hashOf(BRIDGE);
    const b = hashOf('2dad5a64b1a142e7d362a09857da895ae63b8c7fc23794b766b319361fc93188');
    assert.equal(pdqWordsDistance(pdqHashWords(a), pdqHashWords(b)), pdqHammingDistance(a, b));
  });
});
