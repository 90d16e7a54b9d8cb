import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashListFormat } from './formats/hash-list-format.ts';
import { parseHashSet, serialiseHashSet } from './parse-hash-set.ts';
import { bareItem, md5Of } from './testing/sample-hashes.ts';

const GOOD = [1, 2, 3].map((n) => md5Of(`concord strict ${n}`));

describe('parseHashSet', () => {
  it('returns every good item and every problem by default', async () => {
    const text = `${GOOD[0]}\nbad\n${GOOD[1]}\n`;
    const { format, items, problems, header } = await parseHashSet(hashListFormat, text);
    assert.equal(format, 'hash_list');
    assert.equal(items.length, 2);
    assert.deepEqual(
      problems.map((p) => [p.line, p.code]),
      [[2, 'invalid_signal_value']],
    );
    assert.equal(header, null);
  });

  it('in strict mode returns no items when anything is wrong, but still every problem', async () => {
    const text = `${GOOD[0]}\nbad\n${GOOD[1]}\nworse\n`;
    const { items, problems } = await parseHashSet(hashListFormat, text, { strict: true });
    assert.deepEqual(items, []);
    assert.deepEqual(
      problems.map((p) => p.line),
      [2, 4],
    );
    const clean = await parseHashSet(hashListFormat, `${GOOD[0]}\n`, { strict: true });
    assert.equal(clean.items.length, 1);
  });

  it('stops after the problem cap with too_many_problems at the line it stopped', async () => {
    const text = Array.from({ length: 50 }, (_, i) => `junk ${i}`).join('\n');
    const { problems } = await parseHashSet(hashListFormat, text, { maxProblems: 5 });
    assert.equal(problems.length, 6);
    assert.deepEqual(problems[5] && [problems[5].code, problems[5].line], ['too_many_problems', 6]);
  });

  it('rejects with the abort reason when the signal fires', async () => {
    const controller = new AbortController();
    controller.abort(new Error('import cancelled'));
    await assert.rejects(
      parseHashSet(hashListFormat, `${GOOD[0]}\n`, { signal: controller.signal }),
      /import cancelled/,
    );
  });
});

describe('serialiseHashSet', () => {
  it('joins the text chunks and collects the problems', async () => {
    const items = [
      bareItem([{ type: 'md5', value: GOOD[0] ?? '' }]),
      { ...bareItem([{ type: 'md5' as const, value: GOOD[1] ?? '' }]), comments: 'lost' },
    ];
    const { text, problems } = await serialiseHashSet(hashListFormat, items);
    assert.equal(text, `${GOOD[0]}\n${GOOD[1]}\n`);
    assert.deepEqual(
      problems.map((p) => [p.itemIndex, p.code]),
      [[1, 'dropped_field']],
    );
  });
});
