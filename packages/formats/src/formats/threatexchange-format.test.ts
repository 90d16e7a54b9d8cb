import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HashSetItem } from '@concord/core';
import { parseHashSet, serialiseHashSet } from '../parse-hash-set.ts';
import { PDQ_A, bareItem, md5Of, sha1Of, sha256Of } from '../testing/sample-hashes.ts';
import { threatExchangeFormat } from './threatexchange-format.ts';

const MD5 = md5Of('concord te sample');
const SHA256 = sha256Of('concord te sample');
const PDQ_B = 'd8f8f0cec0f4a84f8e370a22038f67f0b36a2ed597231e1d72e6b39c4a9c9b22';
/** As python-threatexchange's VPDQSignal writes it: json.dumps of "hex,quality,timestamp" strings. */
const VPDQ_TE = `["${PDQ_A},100,0.0", "${PDQ_B},87,1.0", "${PDQ_A},99,1.23e+03"]`;
const VPDQ_CONCORD = `0,100,${PDQ_A},0.0\n1,87,${PDQ_B},1.0\n2,99,${PDQ_A},1230`;

describe('ThreatExchange signal lists', () => {
  it('reads `<signal type> <signal string>` lines with python-threatexchange names', async () => {
    const text = [
      `pdq ${PDQ_A}`,
      `video_md5 ${MD5.toUpperCase()}`,
      `photo_md5 ${MD5}`,
      `video_sha256 ${SHA256}`,
      `vpdq ${VPDQ_TE}`,
      `sha1 ${sha1Of('x')}`,
    ].join('\n');
    const { items, problems } = await parseHashSet(threatExchangeFormat, text);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      items.map((i) => i.signals),
      [
        [{ type: 'pdq', value: PDQ_A }],
        [{ type: 'md5', value: MD5 }],
        [{ type: 'md5', value: MD5 }],
        [{ type: 'sha256', value: SHA256 }],
        [{ type: 'vpdq', value: VPDQ_CONCORD }],
        [{ type: 'sha1', value: sha1Of('x') }],
      ],
    );
  });

  it('reads the older vPDQ form keyed by frame number', async () => {
    const legacy = `{"0": {"quality": 100, "hash": "${PDQ_A}", "timestamp": 0.0}, "30": {"quality": 90, "hash": "${PDQ_B}", "timestamp": 1.0}}`;
    const { items, problems } = await parseHashSet(threatExchangeFormat, `video_vpdq ${legacy}\n`);
    assert.deepEqual(problems, []);
    assert.deepEqual(items[0]?.signals, [
      { type: 'vpdq', value: `0,100,${PDQ_A},0\n30,90,${PDQ_B},1` },
    ]);
  });

  it('reports types Concord does not hold, naming them, and keeps reading', async () => {
    const text = [
      `url_md5 ${MD5}`,
      `video_tmk_pdqf abc`,
      `pdq ${PDQ_A}`,
      'pdq',
      `vpdq ["not,a,feature"]`,
      `pdq ${MD5}`,
    ].join('\n');
    const { items, problems } = await parseHashSet(threatExchangeFormat, text);
    assert.deepEqual(
      problems.map((p) => [p.line, p.code]),
      [
        [1, 'unsupported_signal_type'],
        [2, 'unsupported_signal_type'],
        [4, 'missing_hash'],
        [5, 'invalid_signal_value'],
        [6, 'invalid_signal_value'],
      ],
    );
    assert.match(problems[0]?.message ?? '', /"url_md5"/);
    assert.equal(items.length, 1);
  });

  it('writes python-threatexchange names and reads back the same items', async () => {
    const items: HashSetItem[] = [
      bareItem([{ type: 'pdq', value: PDQ_A }]),
      bareItem([{ type: 'md5', value: MD5 }]),
      bareItem([{ type: 'sha256', value: SHA256 }]),
      bareItem([{ type: 'vpdq', value: VPDQ_CONCORD }]),
    ];
    const { text, problems } = await serialiseHashSet(threatExchangeFormat, items);
    assert.deepEqual(problems, []);
    assert.deepEqual(text.split('\n').slice(0, 3), [
      `pdq ${PDQ_A}`,
      `video_md5 ${MD5}`,
      `video_sha256 ${SHA256}`,
    ]);
    assert.equal(
      text.split('\n')[3],
      `vpdq ["${PDQ_A},100,0.0", "${PDQ_B},87,1.0", "${PDQ_A},99,1230"]`,
    );
    const again = await parseHashSet(threatExchangeFormat, text);
    assert.deepEqual(again.items, items);
  });

  it('reports SHA-1, PhotoDNA and renumbered vPDQ frames, which it cannot keep', async () => {
    const items: HashSetItem[] = [
      bareItem([{ type: 'sha1', value: sha1Of('y') }]),
      bareItem([{ type: 'vpdq', value: `5,100,${PDQ_A},0.000` }]),
    ];
    const { problems } = await serialiseHashSet(threatExchangeFormat, items);
    assert.deepEqual(
      problems.map((p) => [p.itemIndex, p.code]),
      [
        [0, 'unsupported_signal_type'],
        [0, 'missing_hash'],
        [1, 'dropped_field'],
      ],
    );
  });
});
