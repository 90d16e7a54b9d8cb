import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SlotSet } from './slot-set.ts';
import { seededRandom } from './hash256-fixtures.test.ts';

describe('SlotSet', () => {
  it('admits each slot once, through growth and clearing', () => {
    const random = seededRandom(41);
    const set = new SlotSet();
    for (const size of [10, 50_000, 3, 1_100_000, 5]) {
      const reference = new Set<number>();
      for (let i = 0; i < size * 2; i++) {
        const slot = random() % (size + 1);
        assert.equal(set.add(slot), !reference.has(slot));
        reference.add(slot);
      }
      assert.equal(set.add(0x7fff_fffe), true);
      set.clear();
    }
  });
});
