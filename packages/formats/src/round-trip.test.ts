// Property: any item a format says it can hold survives serialise → parse
// unchanged. Items are generated from each format's declared capabilities,
// so a format that overstates what it holds fails here.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GradeScheme, SignalType } from '@concord/core';
import { parseHashSet, serialiseHashSet } from './parse-hash-set.ts';
import { FORMATS } from './registry.ts';
import { randomItem } from './testing/random-items.ts';
import { seededRandom } from './testing/sample-hashes.ts';

const SEEDS = [1, 2, 3, 20240501];
const ITEMS_PER_RUN = 25;

describe('round trip through every format', () => {
  for (const format of Object.values(FORMATS)) {
    it(`${format.id}: random items it can hold read back equal (seeds ${SEEDS.join(', ')})`, async () => {
      const { holds } = format;
      // One run per grade scheme (VICS holds one per document) and, where an entry is a single
      // hash, per signal type (a bare 64-hex line needs its type said).
      const schemes: (GradeScheme | null)[] =
        holds.gradeSchemes.length > 0 ? [...holds.gradeSchemes] : [null];
      const types: (SignalType | null)[] =
        holds.signalsPerItem === 'one' ? [...holds.signalTypes] : [null];
      for (const seed of SEEDS) {
        const random = seededRandom(seed);
        for (const scheme of schemes) {
          for (const type of types) {
            const items = Array.from({ length: ITEMS_PER_RUN }, () =>
              randomItem(random, holds, scheme, type),
            );
            const options = {
              ...(scheme ? { vicsCategoryScheme: scheme } : {}),
              ...(type ? { signalType: type } : {}),
            };
            const written = await serialiseHashSet(format, items, options);
            const context = `seed ${seed}, scheme ${scheme}, type ${type}`;
            assert.deepEqual(written.problems, [], context);
            const read = await parseHashSet(format, written.text, options);
            assert.deepEqual(read.problems, [], context);
            assert.deepEqual(read.items, items, context);
          }
        }
      }
    });
  }
});
