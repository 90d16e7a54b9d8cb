import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CHUNK_BITS,
  CHUNK_COUNT,
  MAX_THRESHOLD,
  binomial,
  chunkAt,
  chunkPlace,
  flipMasks,
} from './chunk-layout.ts';
import { MihSegment } from './mih-segment.ts';
import { planThresholds, tableCost, volume } from './probe-plan.ts';
import { randomWords, seededRandom } from './hash256-fixtures.test.ts';

describe('chunk layout', () => {
  it('covers the 256 bits with disjoint chunks read like a bit-by-bit reader', () => {
    assert.equal(
      CHUNK_BITS.reduce((a, b) => a + b, 0),
      256,
    );
    const random = seededRandom(8);
    for (let n = 0; n < 200; n++) {
      const words = randomWords(random);
      const bit = (i: number): number => ((words[i >>> 5] ?? 0) >>> (31 - (i & 31))) & 1;
      let at = 0;
      for (let j = 0; j < CHUNK_COUNT; j++) {
        const place = chunkPlace(j);
        let naive = 0;
        for (let b = 0; b < place.bits; b++) naive = naive * 2 + bit(at + b);
        assert.equal(chunkAt(words, 0, place), naive, `chunk ${j}`);
        at += place.bits;
      }
    }
  });

  it('lists every value of a given bit count once', () => {
    for (const [bits, weight] of [
      [16, 0],
      [16, 2],
      [16, 4],
      [5, 5],
      [3, 4],
    ] as const) {
      const masks = [...flipMasks(bits, weight)];
      assert.equal(masks.length, binomial(bits, weight));
      assert.equal(new Set(masks).size, masks.length);
      for (const m of masks) {
        assert.ok(m < 2 ** bits);
        assert.equal(m.toString(2).replace(/0/g, '').length, weight);
      }
    }
  });
});

describe('planThresholds', () => {
  it('always satisfies the pigeonhole bound sum(t + 1) >= radius + 1', () => {
    const random = seededRandom(9);
    for (let radius = 0; radius < CHUNK_COUNT * (MAX_THRESHOLD + 1); radius++) {
      const costs = Float64Array.from(
        { length: CHUNK_COUNT * (MAX_THRESHOLD + 1) },
        (_, i) => (1 + (random() % 1000)) * 10 ** (i % (MAX_THRESHOLD + 1)),
      );
      const plan = planThresholds(costs, CHUNK_COUNT, MAX_THRESHOLD, radius + 1);
      assert.ok(plan, `radius ${radius}`);
      const units = [...plan.thresholds].reduce((a, t) => a + t + 1, 0);
      assert.ok(units >= radius + 1, `radius ${radius}: ${[...plan.thresholds]}`);
    }
    assert.equal(planThresholds(new Float64Array(55), CHUNK_COUNT, MAX_THRESHOLD, 56), null);
  });

  it('skips the most expensive tables when fewer suffice', () => {
    const costs = new Float64Array(3 * 2);
    costs.set([100, 1000, 5, 50, 7, 70]);
    const plan = planThresholds(costs, 3, 1, 2);
    assert.deepEqual([...(plan?.thresholds ?? [])], [-1, 0, 0]);
    assert.equal(plan?.cost, 12);
  });

  it('plans ten tables at t = 2 and one at t = 1 for radius 31 on uniform data', () => {
    const random = seededRandom(10);
    const size = 1 << 18;
    const words = new Uint32Array(size * 8);
    for (let i = 0; i < words.length; i++) words[i] = random();
    const segment = MihSegment.build(words, 0, size);
    const plan = segment.plan(randomWords(random), 0, 31);
    assert.ok(plan, 'the index is cheaper than a scan');
    assert.deepEqual([...plan.thresholds].sort(), [1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
    assert.equal(
      segment.plan(randomWords(random), 0, 200),
      null,
      'a scan is cheaper at radius 200',
    );
  });

  it('prices a table from its bucket sizes', () => {
    const entriesAt = Float64Array.from([150, 2400, 18000]);
    const none = new Float64Array(3);
    assert.ok(tableCost(16, 8, entriesAt, none, 2) > tableCost(16, 8, entriesAt, none, 1));
    const crowded = Float64Array.from([150, 0, 0]);
    assert.ok(tableCost(16, 8, entriesAt, crowded, 0) > 50 * tableCost(16, 8, entriesAt, none, 0));
    assert.equal(volume(8, 2), 1 + 8 + 28);
  });
});
