import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gapCategory } from './gap-category.ts';

describe('gapCategory', () => {
  it('keeps a report with nothing assessed apart from one with no gap', () => {
    assert.equal(gapCategory({ met: 0, not_met: 0, unknown: 24 }), 'unknown');
    assert.equal(gapCategory({ met: 1, not_met: 0, unknown: 23 }), 'none');
  });

  it('counts only criteria known not to be met, at the legend boundaries', () => {
    const at = (notMet: number) => gapCategory({ met: 0, not_met: notMet, unknown: 24 - notMet });
    assert.deepEqual([1, 2, 3, 5, 6, 24].map(at), ['few', 'few', 'some', 'some', 'many', 'many']);
  });
});
