import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseVpdq } from '../pdq/vpdq-feature.ts';
import { SignalMatcher } from './signal-matcher.ts';

const A = 'f'.repeat(64);
const flip = (hash: string, bits: number) =>
  (BigInt(`0x${hash}`) ^ ((1n << BigInt(bits)) - 1n)).toString(16).padStart(64, '0');

describe('SignalMatcher', () => {
  it('finds PDQ hashes within the radius over all variants, each key once at its best distance', () => {
    const m = new SignalMatcher();
    m.add('near', 'pdq', flip(A, 10));
    m.add('far', 'pdq', flip(A, 40));
    assert.deepEqual(m.searchPdq([A], 31), [{ key: 'near', distance: 10 }]);
    assert.deepEqual(m.searchPdq([A, flip(A, 38)], 31), [
      { key: 'far', distance: 2 },
      { key: 'near', distance: 10 },
    ]);
  });
  it('looks digests and PhotoDNA up exactly', () => {
    const m = new SignalMatcher();
    m.add('x', 'md5', 'a'.repeat(32));
    m.add('y', 'md5', 'a'.repeat(32));
    m.add('p', 'photodna', 'Q'.repeat(192));
    assert.deepEqual(
      m
        .lookupExact('md5', 'a'.repeat(32))
        .map((h) => h.key)
        .sort(),
      ['x', 'y'],
    );
    assert.deepEqual(m.lookupExact('sha1', 'a'.repeat(40)), []);
    assert.deepEqual(m.lookupExact('photodna', 'Q'.repeat(192)), [{ key: 'p', distance: 0 }]);
  });
  it('forgets removed keys everywhere, and ignores a key added twice', () => {
    const m = new SignalMatcher();
    assert.equal(m.add('k', 'pdq', A), true);
    assert.equal(m.add('k', 'pdq', flip(A, 3)), false);
    assert.equal(m.add('d', 'sha256', 'b'.repeat(64)), true);
    assert.equal(m.size, 2);
    assert.equal(m.remove('k'), true);
    assert.equal(m.remove('k'), false);
    m.remove('d');
    assert.deepEqual(m.searchPdq([A], 64), []);
    assert.deepEqual(m.lookupExact('sha256', 'b'.repeat(64)), []);
    assert.equal(m.size, 0);
  });
  it('matches videos by the share of the query’s frames that match', () => {
    const m = new SignalMatcher();
    const text = (hashes: string[]) =>
      hashes.map((hash, i) => `${i},100,${hash},${i}.000`).join('\n');
    const frames = (hashes: string[]) => {
      const parsed = parseVpdq(text(hashes));
      assert.ok(parsed.ok);
      return parsed.value;
    };
    m.add('video', 'vpdq', text([A, flip(A, 64), flip(A, 128), flip(A, 200)]));
    assert.deepEqual(m.matchVideo(frames([flip(A, 2), flip(A, 66), flip(A, 130), flip(A, 202)])), [
      { key: 'video', distance: 0 },
    ]);
    assert.deepEqual(m.matchVideo(frames(['0'.repeat(64)])), []);
  });
  it('refuses values that do not parse', () => {
    const m = new SignalMatcher();
    assert.equal(m.add('bad', 'pdq', 'xyz'), false);
    assert.equal(m.add('bad', 'vpdq', 'not frames'), false);
    assert.equal(m.size, 0);
  });
});
