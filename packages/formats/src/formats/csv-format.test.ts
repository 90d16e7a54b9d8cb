import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HashSetItem } from '@concord/core';
import { parseHashSet, serialiseHashSet } from '../parse-hash-set.ts';
import { PDQ_A, bareItem, md5Of, sha1Of, sha256Of } from '../testing/sample-hashes.ts';
import { csvFormat } from './csv-format.ts';

const MD5 = [1, 2, 3].map((n) => md5Of(`concord csv sample ${n}`));
const SHA1 = sha1Of('concord csv sample 1');
const SHA256 = sha256Of('concord csv sample 1');
const VPDQ = `0,100,${PDQ_A},0.000\n1,87,${PDQ_A},1.000`;

describe('plain CSV', () => {
  it('reads one column per signal type, Concord fields and unknown columns into extra', async () => {
    const text = [
      'MD5,SHA1,PDQ,Grade Scheme,Grade,Series,Victim Identified,is-distributed,Comments,Source ID,Batch',
      `${MD5[0]},${SHA1},${PDQ_A},caid,b,"Series, one",yes,0,"line one\nline two",id-1,2024-05`,
      `${MD5[1]},,,,,,,,,,`,
    ].join('\n');
    const { items, problems } = await parseHashSet(csvFormat, text);
    assert.deepEqual(problems, []);
    assert.deepEqual(items[0], {
      signals: [
        { type: 'pdq', value: PDQ_A },
        { type: 'md5', value: MD5[0] },
        { type: 'sha1', value: SHA1 },
      ],
      grade: { scheme: 'caid', value: 'B' },
      series: 'Series, one',
      victimIdentified: true,
      offenderIdentified: null,
      isDistributed: false,
      comments: 'line one\nline two',
      sourceId: 'id-1',
      extra: { Batch: '2024-05' },
    });
    assert.deepEqual(items[1], bareItem([{ type: 'md5', value: MD5[1] ?? '' }]));
  });

  it('reads type and value columns, with Concord or ThreatExchange type names', async () => {
    const text = [
      'type,value,series',
      `sha256,${SHA256},a`,
      `video_md5,${MD5[0]},b`,
      `,${MD5[1]},c`,
      `,${SHA256},d`,
      `url_md5,${MD5[2]},e`,
    ].join('\n');
    const { items, problems } = await parseHashSet(csvFormat, text);
    assert.deepEqual(
      items.map((i) => [i.signals[0]?.type, i.series]),
      [
        ['sha256', 'a'],
        ['md5', 'b'],
        ['md5', 'c'],
      ],
    );
    assert.deepEqual(
      problems.map((p) => [p.line, p.code, p.path]),
      [
        [5, 'ambiguous_signal_type', 'value'],
        [6, 'unsupported_signal_type', 'value'],
      ],
    );
  });

  it('reads python-threatexchange `dataset --csv` output', async () => {
    const text = [
      'collab,signal_type,signal_str,category,tags',
      `Sample Collab,pdq,${PDQ_A},POSITIVE_CLASS,tag1 tag2`,
    ].join('\r\n');
    const { items, problems } = await parseHashSet(csvFormat, text);
    assert.deepEqual(problems, []);
    assert.deepEqual(items[0]?.signals, [{ type: 'pdq', value: PDQ_A }]);
    assert.deepEqual(items[0]?.extra, {
      collab: 'Sample Collab',
      category: 'POSITIVE_CLASS',
      tags: 'tag1 tag2',
    });
  });

  it('reports grades without a scheme, bad flags and two values for one type', async () => {
    const text = [
      'md5,type,value,grade_scheme,grade,offender_identified',
      `${MD5[0]},,,,A,`,
      `${MD5[0]},,,nope,A,`,
      `${MD5[0]},,,caid,Z,`,
      `${MD5[0]},,,,,perhaps`,
      `${MD5[0]},md5,${MD5[1]},,,`,
      `${MD5[0]},md5,${MD5[0]},,,`,
    ].join('\n');
    const { items, problems } = await parseHashSet(csvFormat, text);
    assert.deepEqual(
      problems.map((p) => [p.line, p.code, p.path]),
      [
        [2, 'invalid_grade', 'grade_scheme'],
        [3, 'invalid_grade', 'grade_scheme'],
        [4, 'invalid_grade', 'grade'],
        [5, 'invalid_field', 'offender_identified'],
        [6, 'conflicting_signal', 'value'],
      ],
    );
    assert.equal(items.length, 1);
  });

  it('refuses a header that names no hash column', async () => {
    const { items, problems } = await parseHashSet(csvFormat, 'series,comments\na,b\n');
    assert.deepEqual(items, []);
    assert.deepEqual(
      problems.map((p) => [p.line, p.code]),
      [[1, 'malformed_csv']],
    );
  });

  it('writes a stable column order, extra columns sorted, and reads back the same items', async () => {
    const items: HashSetItem[] = [
      {
        ...bareItem([
          { type: 'vpdq', value: VPDQ },
          { type: 'md5', value: MD5[0] ?? '' },
        ]),
        grade: { scheme: 'ncmec_industry', value: 'A2' },
        comments: 'has "quotes", commas\nand a line break',
        isDistributed: true,
        extra: { zeta: 'z', alpha: 'a' },
      },
      { ...bareItem([{ type: 'sha256', value: SHA256 }]), sourceId: '0042' },
    ];
    const { text, problems } = await serialiseHashSet(csvFormat, items);
    assert.deepEqual(problems, []);
    assert.equal(
      text.split('\r\n')[0],
      'pdq,vpdq,md5,sha1,sha256,photodna,grade_scheme,grade,series,victim_identified,offender_identified,is_distributed,comments,source_id,alpha,zeta',
    );
    const again = await parseHashSet(csvFormat, text);
    assert.deepEqual(again.problems, []);
    assert.deepEqual(again.items, items);
  });

  it('reports extras with no column when items come as a stream', async () => {
    async function* stream() {
      yield {
        ...bareItem([{ type: 'md5' as const, value: MD5[0] ?? '' }]),
        extra: { a: '1', b: '2' },
      };
    }
    const { text, problems } = await serialiseHashSet(csvFormat, stream(), { extraColumns: ['a'] });
    assert.deepEqual(
      problems.map((p) => [p.itemIndex, p.code]),
      [[0, 'dropped_field']],
    );
    assert.match(problems[0]?.message ?? '', /"b"/);
    assert.match(text, /,a\r\n/);
  });
});
