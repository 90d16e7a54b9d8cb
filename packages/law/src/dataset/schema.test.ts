import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readWith, s } from './schema.ts';

const cell = s.object({
  status: s.oneOf(['party', 'signatory']),
  year: s.union(s.integer(), s.oneOf(['unknown']), 'a year or "unknown"'),
  note: s.optional(s.string({ nonEmpty: true })),
  sources: s.array(s.string(), { nonEmpty: true }),
  asOf: s.nullable(s.string({ pattern: /^\d{4}-\d{2}-\d{2}$/ })),
});

function problems(value: unknown): readonly (readonly [string, string])[] {
  const read = readWith(cell, value);
  return read.ok ? [] : read.issues.map((i) => [i.code, i.path] as const);
}

describe('schema reader', () => {
  it('reads a valid value, leaving an absent optional field absent', () => {
    const read = readWith(cell, { status: 'party', year: 2002, sources: ['A'], asOf: null });
    assert.ok(read.ok);
    assert.deepEqual(read.value, { status: 'party', year: 2002, sources: ['A'], asOf: null });
    assert.ok(!('note' in read.value));
  });

  it('reports every problem with its path and code', () => {
    assert.deepEqual(
      problems({ status: 'maybe', year: 2002.5, sources: [], asOf: '2026-1-1', extra: 1 }),
      [
        ['invalid_value', '$.status'],
        ['wrong_type', '$.year'],
        ['invalid_value', '$.sources'],
        ['invalid_value', '$.asOf'],
        ['unknown_field', '$.extra'],
      ],
    );
  });

  it('reports missing required fields, wrong types and empty strings', () => {
    assert.deepEqual(problems({ status: 1, sources: [2], asOf: null, note: ' ' }), [
      ['wrong_type', '$.status'],
      ['missing_field', '$.year'],
      ['invalid_value', '$.note'],
      ['wrong_type', '$.sources[0]'],
    ]);
    assert.deepEqual(problems([]), [['wrong_type', '$']]);
  });
});
