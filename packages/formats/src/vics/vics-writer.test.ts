import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HashSetItem } from '@concord/core';
import { parseHashSet, serialiseHashSet } from '../parse-hash-set.ts';
import { PDQ_A, bareItem } from '../testing/sample-hashes.ts';
import { DEFAULT_US, MD5, SHA1, UK_CASES, V12_MEDIA, up } from '../testing/vics-samples.ts';
import { vicsFormat } from './vics-format.ts';
import { VICS_CASE_KEY, type VicsHeader } from './vics-header.ts';

async function parse(text: string, options = {}) {
  return parseHashSet(vicsFormat, text, options);
}

describe('VICS JSON: writing', () => {
  it('writes back what it read: same version, profile, cases and unmodelled fields', async () => {
    for (const text of [UK_CASES, V12_MEDIA]) {
      const first = await parse(text);
      const written = await serialiseHashSet(vicsFormat, first.items, { header: first.header });
      assert.deepEqual(written.problems, []);
      const again = await parse(written.text);
      assert.deepEqual(again.problems, []);
      assert.deepEqual(again.header, first.header);
      assert.deepEqual(again.items, first.items);
    }
  });

  it('writes flags as "true"/"false" strings, hashes in upper case and the data-model URL', async () => {
    const first = await parse(UK_CASES);
    const { text } = await serialiseHashSet(vicsFormat, first.items, { header: first.header });
    const doc = JSON.parse(text);
    assert.equal(
      doc['@odata.context'],
      'http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/UK/$metadata#Cases',
    );
    const media = doc.value[0].Media[0];
    assert.equal(media.VictimIdentified, 'true');
    assert.equal(media.MD5, up(MD5[0]));
    assert.equal(media.MediaID, 101);
    assert.equal(media.Category, 1);
  });

  it('writes another version or profile when told to through the header', async () => {
    const first = await parse(UK_CASES);
    assert.ok(first.header);
    const header: VicsHeader = { ...first.header, version: '1.3', profile: null };
    const { text } = await serialiseHashSet(vicsFormat, first.items, {
      header,
      vicsCategoryScheme: 'vics_uk',
    });
    assert.match(
      text,
      /^\{"odata\.metadata":"http:\/\/github\.com\/ICMEC\/ProjectVic\/DataModels\/1\.3\.xml#Cases"/,
    );
    const again = await parse(text, { vicsCategoryScheme: 'vics_uk' });
    assert.deepEqual(again.items, first.items);
  });

  it('writes 2.0 Default #Media when given no header', async () => {
    const { text } = await serialiseHashSet(vicsFormat, [
      bareItem([{ type: 'md5', value: MD5[0] ?? '' }]),
    ]);
    assert.match(text, /2\.0\.xml\/Default\/\$metadata#Media/);
  });

  it('keeps cases in their place, empty ones too', async () => {
    const header: VicsHeader = {
      kind: 'vics',
      version: '2.0',
      profile: 'US',
      form: 'cases',
      fields: { Note: 'kept' },
      cases: [{ CaseID: 'a' }, { CaseID: 'b' }, { CaseID: 'c' }],
    };
    const inCase = (n: number, md5: string): HashSetItem => ({
      ...bareItem([{ type: 'md5', value: md5 }]),
      extra: { [VICS_CASE_KEY]: n },
    });
    const items = [inCase(2, MD5[0] ?? ''), inCase(2, MD5[1] ?? '')];
    const { text } = await serialiseHashSet(vicsFormat, items, { header });
    const doc = JSON.parse(text);
    assert.equal(doc.Note, 'kept');
    assert.deepEqual(
      doc.value.map((c: { CaseID: string; Media: unknown[] }) => [c.CaseID, c.Media.length]),
      [
        ['a', 0],
        ['b', 0],
        ['c', 2],
      ],
    );
    const again = await parse(text);
    assert.deepEqual(again.items, items);
    assert.deepEqual(again.header, header);
  });

  it('reports what VICS cannot hold instead of dropping it silently', async () => {
    const header: VicsHeader = { ...DEFAULT_US, profile: 'US' };
    const items: HashSetItem[] = [
      bareItem([{ type: 'sha1', value: SHA1[0] ?? '' }]),
      {
        ...bareItem([{ type: 'md5', value: MD5[0] ?? '' }]),
        grade: { scheme: 'caid', value: 'A' },
      },
      bareItem([
        { type: 'vpdq', value: `0,100,${PDQ_A},0.000` },
        { type: 'md5', value: MD5[1] ?? '' },
      ]),
      { ...bareItem([{ type: 'md5', value: MD5[2] ?? '' }]), extra: { md5: 'clash' } },
    ];
    const { text, problems } = await serialiseHashSet(vicsFormat, items, { header });
    assert.deepEqual(
      problems.map((p) => [p.itemIndex, p.code]),
      [
        [0, 'missing_hash'],
        [1, 'unsupported_grade'],
        [2, 'unsupported_signal_type'],
        [3, 'dropped_field'],
      ],
    );
    const again = await parse(text);
    assert.equal(again.items.length, 3);
  });

  it('cannot write a custom grade that is not a whole number as a Category', async () => {
    const header: VicsHeader = { ...DEFAULT_US, profile: 'CUSTOM' };
    const item = { ...bareItem([{ type: 'md5' as const, value: MD5[0] ?? '' }]) };
    const graded = [
      { ...item, grade: { scheme: 'custom' as const, value: '7' } },
      { ...item, grade: { scheme: 'custom' as const, value: 'priority-1' } },
    ];
    const { text, problems } = await serialiseHashSet(vicsFormat, graded, { header });
    assert.deepEqual(
      problems.map((p) => [p.itemIndex, p.code]),
      [[1, 'unsupported_grade']],
    );
    const again = await parse(text);
    assert.deepEqual(again.items[0]?.grade, { scheme: 'custom', value: '7' });
    assert.equal(again.items[1]?.grade, null);
  });
});
