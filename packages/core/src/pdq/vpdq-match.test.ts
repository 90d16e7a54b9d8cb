import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PDQ_HASH_BITS, pdqHashFromBits, type PdqHash } from './pdq-hash.ts';
import type { VpdqFeature } from './vpdq-feature.ts';
import { matchVpdq } from './vpdq-match.ts';

/** A hash with bits [from, from + count) set. */
function bits(from: number, count: number): PdqHash {
  const b = new Uint8Array(PDQ_HASH_BITS);
  for (let k = from; k < from + count; k++) b[k % PDQ_HASH_BITS] = 1;
  return pdqHashFromBits(b);
}

function frames(...spec: ReadonlyArray<readonly [PdqHash, number]>): VpdqFeature[] {
  return spec.map(([hash, quality], i) => ({ frameNumber: i, quality, hash, timestamp: i }));
}

// Four hashes far apart from each other (>= 64 bits).
const H = [bits(0, 0), bits(0, 64), bits(64, 64), bits(128, 64)] as const;
const [H0, H1, H2, H3] = H;

describe('matchVpdq', () => {
  it('matches a video with itself at 100% both ways', () => {
    const v = frames([H0, 100], [H1, 100], [H2, 100]);
    assert.deepEqual(matchVpdq(v, v), {
      queryMatchPercent: 100,
      comparedMatchPercent: 100,
      isMatch: true,
    });
  });

  it('counts a frame at distance 31 as matching and 32 as not (inclusive, like Python)', () => {
    const at31 = matchVpdq(frames([H0, 100]), frames([bits(0, 31), 100]));
    assert.equal(at31.queryMatchPercent, 100);
    const at32 = matchVpdq(frames([H0, 100]), frames([bits(0, 32), 100]));
    assert.equal(at32.queryMatchPercent, 0);
    assert.equal(at32.isMatch, false);
  });

  it('dedupes repeated hashes before counting', () => {
    // Query: H0 four times and H1 once -> two unique frames, one of which matches.
    const query = frames([H0, 100], [H0, 100], [H0, 100], [H0, 100], [H1, 100]);
    const r = matchVpdq(query, frames([H0, 100]));
    assert.equal(r.queryMatchPercent, 50);
    assert.equal(r.comparedMatchPercent, 100);
    assert.equal(r.isMatch, false);
  });

  it('ignores frames below quality 50 on both sides', () => {
    const query = frames([H0, 100], [H1, 49], [H2, 50]);
    const compared = frames([H0, 100], [H2, 100], [H3, 10]);
    const r = matchVpdq(query, compared);
    assert.equal(r.queryMatchPercent, 100);
    assert.equal(r.comparedMatchPercent, 100);
    assert.equal(r.isMatch, true);
  });

  it('needs 80% of the query and 0% of the compared video by default', () => {
    const query = frames([H0, 100], [H1, 100], [H2, 100], [H3, 100], [bits(200, 50), 100]);
    const longer = frames(
      [H0, 100],
      [H1, 100],
      [H2, 100],
      [H3, 100],
      ...H.map(() => [bits(30, 90), 100] as const),
    );
    const r = matchVpdq(query, longer);
    assert.equal(r.queryMatchPercent, 80);
    assert.equal(r.isMatch, true);
    const fewer = matchVpdq(query, frames([H0, 100], [H1, 100], [H2, 100]));
    assert.equal(fewer.queryMatchPercent, 60);
    assert.equal(fewer.isMatch, false);
  });

  it('takes every threshold as an option', () => {
    const query = frames([H0, 100], [H1, 100]);
    const compared = frames([H0, 100], [H2, 100], [H3, 100], [bits(100, 40), 100]);
    assert.equal(matchVpdq(query, compared).isMatch, false);
    assert.equal(matchVpdq(query, compared, { queryMatchPercent: 50 }).isMatch, true);
    const strict = { queryMatchPercent: 50, comparedMatchPercent: 50 };
    assert.equal(matchVpdq(query, compared, strict).isMatch, false);
    assert.equal(matchVpdq(query, compared, { distanceThreshold: 64 }).queryMatchPercent, 100);
    assert.equal(matchVpdq(frames([H0, 40]), frames([H0, 40]), { qualityFloor: 40 }).isMatch, true);
  });

  it('reports no match when a side has no good frame left', () => {
    assert.deepEqual(matchVpdq(frames([H0, 10]), frames([H0, 100])), {
      queryMatchPercent: 0,
      comparedMatchPercent: 0,
      isMatch: false,
    });
    assert.equal(matchVpdq([], frames([H0, 100])).isMatch, false);
  });
});
