import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHashSet } from '../parse-hash-set.ts';
import { PDQ_A, sha256Of } from '../testing/sample-hashes.ts';
import { MD5, PHOTODNA, SHA1, UK_CASES, V12_MEDIA, up } from '../testing/vics-samples.ts';
import { vicsFormat } from './vics-format.ts';
import { VICS_CASE_KEY } from './vics-header.ts';

async function parse(text: string, options = {}) {
  return parseHashSet(vicsFormat, text, options);
}

describe('VICS JSON: reading', () => {
  it('reads a 2.0 UK #Cases document: media, grades, flags, and everything else kept', async () => {
    const { items, problems, header } = await parse(UK_CASES);
    assert.deepEqual(problems, []);
    assert.deepEqual(header, {
      kind: 'vics',
      version: '2.0',
      profile: 'UK',
      form: 'cases',
      fields: {},
      cases: [
        {
          CaseID: '{6F9619FF-8B86-D011-B42D-00CF4FC964FF}',
          CaseNumber: 'OP-TEST-0001',
          ContactName: 'Examiner One',
          ContactOrganization: 'Test Unit',
          SourceApplicationName: 'SampleTool',
          SourceApplicationVersion: '1.51',
        },
      ],
    });
    assert.equal(items.length, 2);
    assert.deepEqual(items[0], {
      signals: [
        { type: 'md5', value: MD5[0] },
        { type: 'sha1', value: SHA1[0] },
        { type: 'photodna', value: PHOTODNA },
      ],
      grade: { scheme: 'vics_uk', value: '1' },
      series: 'Test series, "quoted"',
      victimIdentified: true,
      offenderIdentified: null,
      isDistributed: true,
      comments: 'seen in two seizures',
      sourceId: '101',
      extra: {
        Tags: 'tag one, tag two',
        DateUpdated: '2024-03-01T10:20:30.000Z',
        MediaSize: 20480,
        RelativeFilePath: 'VIC_Files\\0001.jpg',
        IsPrecategorized: 'true',
        PrecategorizationSource: 'CAID',
        MimeType: 'image/jpeg',
        MediaFiles: [
          {
            MD5: up(MD5[0]),
            FileName: 'a.jpg',
            FilePath: '/DCIM/a.jpg',
            Created: '2024-01-02T03:04:05.000Z',
            Deleted: 'true',
          },
        ],
        MediaMetadata: [{ PropertyName: 'Make', PropertyValue: 'Benign Camera Co' }],
        [VICS_CASE_KEY]: 0,
      },
    });
    assert.equal(items[1]?.offenderIdentified, false);
    assert.deepEqual(items[1]?.grade, { scheme: 'vics_uk', value: '3' });
  });

  it('reads 1.2 #Media with JSON and string booleans in any case, and alternative hashes', async () => {
    const { items, problems, header } = await parse(V12_MEDIA);
    assert.deepEqual(problems, []);
    assert.equal(header?.version, '1.2');
    assert.equal(header?.profile, null);
    assert.deepEqual(header?.fields, { 'odata.count': 2 });
    const [first, second] = items;
    assert.equal(first?.sourceId, 'A-7');
    assert.deepEqual(first?.grade, { scheme: 'vics_us', value: '2' });
    assert.deepEqual(
      [first?.victimIdentified, first?.offenderIdentified, first?.isDistributed],
      [true, false, true],
    );
    assert.deepEqual(second?.signals, [
      { type: 'pdq', value: PDQ_A },
      { type: 'md5', value: MD5[3] },
      { type: 'sha256', value: sha256Of('x') },
    ]);
    assert.equal(second?.grade, null);
    // Entries that say more than name and value stay as they were.
    assert.deepEqual(second?.extra, {
      AlternativeHashes: [
        {
          HashName: 'PDQ',
          HashValue: PDQ_A,
          'Media@odata.navigationLinkUrl': "AlternativeHashes(HashName='PDQ')/Media",
        },
        { HashName: 'Custom', HashValue: 'abc' },
      ],
    });
  });

  it('takes the scheme of Category from the caller for the Default profile and 1.x', async () => {
    const { items } = await parse(V12_MEDIA, { vicsCategoryScheme: 'vics_ca' });
    assert.deepEqual(items[0]?.grade, { scheme: 'vics_ca', value: '2' });
  });

  it('accepts the data-model URL in any case, and 1.x #Cases', async () => {
    const text = `{"ODATA.METADATA":"HTTP://GITHUB.COM/ICMEC/PROJECTVIC/DATAMODELS/1.1.XML#CASES","value":[{"Agency":"Test","Media":[{"MD5":"${MD5[0]}"}]}]}`;
    const { items, header, problems } = await parse(text);
    assert.deepEqual(problems, []);
    assert.equal(header?.version, '1.1');
    assert.equal(header?.form, 'cases');
    assert.deepEqual(header?.cases, [{ Agency: 'Test' }]);
    assert.equal(items.length, 1);
  });

  it('reads bytes with a byte order mark, and streamed chunks, as it reads text', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(UK_CASES)]);
    async function* chunks() {
      for (let i = 0; i < bytes.length; i += 100) yield bytes.subarray(i, i + 100);
    }
    const fromText = await parse(UK_CASES);
    assert.deepEqual(await parseHashSet(vicsFormat, bytes), fromText);
    assert.deepEqual(await parseHashSet(vicsFormat, chunks()), fromText);
  });
});
