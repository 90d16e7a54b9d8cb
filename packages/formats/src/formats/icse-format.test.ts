import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HashSetItem } from '@concord/core';
import { parseHashSet, serialiseHashSet } from '../parse-hash-set.ts';
import {
  PDQ_A,
  bareItem,
  md5Of,
  randomPhotoDna,
  seededRandom,
  sha1Of,
} from '../testing/sample-hashes.ts';
import { icseFormat } from './icse-format.ts';

const MD5 = [1, 2, 3].map((n) => md5Of(`concord icse sample ${n}`));
const SHA1 = [1, 2, 3].map((n) => sha1Of(`concord icse sample ${n}`));
const PHOTODNA = randomPhotoDna(seededRandom(11));
const PHOTODNA_HEX = Buffer.from(PHOTODNA, 'base64').toString('hex').toUpperCase();
const HEADER =
  'MD5;SHA1;PhotoDNA;Image ID;Is distributed;Victim identified;Offender identified;Series name;Number of submissions;File Available;Media Type;Baseline';

/** An export as a spreadsheet might save it: BOM, CRLF, upper-case hex, Y/N flags. */
const EXPORT = [
  `\uFEFF${HEADER}`,
  `${MD5[0]?.toUpperCase()};${SHA1[0]?.toUpperCase()};${PHOTODNA_HEX};900001;Y;N;N;"Series A; part 1";3;Y;Image;Y`,
  `${MD5[1]};;;900002;No;yes;;;1;N;Video;N`,
  `${MD5[2]};${SHA1[2]};;900003;;;;Other;;;Image;`,
  '',
].join('\r\n');

describe('ICSE CSV', () => {
  it('reads an export: hashes, Image ID, flags, series, Baseline, and the other columns', async () => {
    const { items, problems } = await parseHashSet(icseFormat, EXPORT);
    assert.deepEqual(problems, []);
    assert.deepEqual(items[0], {
      signals: [
        { type: 'md5', value: MD5[0] },
        { type: 'sha1', value: SHA1[0] },
        { type: 'photodna', value: PHOTODNA },
      ],
      grade: { scheme: 'interpol_baseline', value: 'baseline' },
      series: 'Series A; part 1',
      victimIdentified: false,
      offenderIdentified: false,
      isDistributed: true,
      comments: null,
      sourceId: '900001',
      extra: { 'Number of submissions': '3', 'File Available': 'Y', 'Media Type': 'Image' },
    });
    assert.deepEqual(items[1]?.grade, { scheme: 'interpol_baseline', value: 'not_baseline' });
    assert.deepEqual(
      [items[1]?.isDistributed, items[1]?.victimIdentified, items[1]?.offenderIdentified],
      [false, true, null],
    );
    assert.equal(items[2]?.grade, null);
  });

  it('finds columns in any order, with spaces and case differences, and keeps unknown ones', async () => {
    const text = [
      ' baseline ; Image ID ;md5;  Series   Name ;Country',
      `yes;7;${MD5[0]};S;NL`,
    ].join('\n');
    const { items, problems } = await parseHashSet(icseFormat, text);
    assert.deepEqual(problems, []);
    assert.deepEqual(items[0]?.grade, { scheme: 'interpol_baseline', value: 'baseline' });
    assert.equal(items[0]?.sourceId, '7');
    assert.equal(items[0]?.series, 'S');
    assert.deepEqual(items[0]?.extra, { Country: 'NL' });
  });

  it('reads a trailing separator on every line as nothing', async () => {
    const { items, problems } = await parseHashSet(icseFormat, `MD5;Image ID;\n${MD5[0]};1;\n`);
    assert.deepEqual(problems, []);
    assert.equal(items.length, 1);
  });

  it('reports bad rows by line and column and keeps the good ones', async () => {
    const text = [
      HEADER,
      `${MD5[0]};;;1;maybe;;;;;;;`,
      `${MD5[1]};;;2;;;;;;;;sometimes`,
      `${MD5[2]};;;3;;;;;;;;;extra`,
      `nothex;;;4;;;;;;;;`,
      `;;;5;;;;;;;;`,
      `${MD5[0]};${SHA1[0]};;6;Y;;;;;;;Y`,
    ].join('\n');
    const { items, problems } = await parseHashSet(icseFormat, text);
    assert.deepEqual(
      problems.map((p) => [p.line, p.code, p.path]),
      [
        [2, 'invalid_field', 'Is distributed'],
        [3, 'invalid_grade', 'Baseline'],
        [4, 'malformed_csv', null],
        [5, 'invalid_signal_value', 'MD5'],
        [6, 'missing_hash', null],
      ],
    );
    assert.deepEqual(
      items.map((i) => i.sourceId),
      ['6'],
    );
  });

  it('refuses a header without a hash column, or with a column twice', async () => {
    for (const header of ['Image ID;Series name', 'MD5;md5 ']) {
      const { items, problems } = await parseHashSet(icseFormat, `${header}\n${MD5[0]};x\n`);
      assert.deepEqual(items, []);
      assert.deepEqual(
        problems.map((p) => [p.line, p.code]),
        [[1, 'malformed_csv']],
      );
    }
  });

  it('writes the twelve columns in order, flags as Yes/No, and reads back the same items', async () => {
    const first = await parseHashSet(icseFormat, EXPORT);
    const written = await serialiseHashSet(icseFormat, first.items);
    assert.deepEqual(written.problems, []);
    const lines = written.text.split('\r\n');
    assert.equal(lines[0], HEADER);
    assert.match(lines[1] ?? '', /;900001;Yes;No;No;"Series A; part 1";3;Y;Image;Yes$/);
    const again = await parseHashSet(icseFormat, written.text);
    assert.deepEqual(again.items, first.items);
  });

  it('reports what ICSE cannot hold: PDQ, comments, other grading schemes', async () => {
    const items: HashSetItem[] = [
      {
        ...bareItem([
          { type: 'pdq', value: PDQ_A },
          { type: 'md5', value: MD5[0] ?? '' },
        ]),
        comments: 'a note',
        grade: { scheme: 'caid', value: 'B' },
      },
      bareItem([{ type: 'pdq', value: PDQ_A }]),
    ];
    const { text, problems } = await serialiseHashSet(icseFormat, items);
    assert.deepEqual(
      problems.map((p) => [p.itemIndex, p.code]),
      [
        [0, 'unsupported_signal_type'],
        [0, 'unsupported_grade'],
        [0, 'dropped_field'],
        [1, 'unsupported_signal_type'],
        [1, 'missing_hash'],
      ],
    );
    assert.equal(text.trim().split('\r\n').length, 2);
  });
});
