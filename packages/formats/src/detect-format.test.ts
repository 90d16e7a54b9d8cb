import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectFormat } from './detect-format.ts';
import { PDQ_A, md5Of, sha1Of, sha256Of } from './testing/sample-hashes.ts';

const MD5 = md5Of('concord detect');

describe('detectFormat', () => {
  it('recognises VICS by its data-model URL, in either version, from the first bytes', () => {
    const v2 = Buffer.from(
      '\uFEFF{\r\n\t"@odata.context":"http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/UK/$metadata#Cases",\r\n\t"value":[{"CaseID":"{1',
    );
    assert.equal(detectFormat('gold.json', v2), 'vics');
    const v1 =
      '{"odata.metadata":"http://github.com/ICMEC/ProjectVic/DataModels/1.2.xml#Media","value":[{"MD5":"';
    assert.equal(detectFormat('caid', v1), 'vics');
  });

  it('tells the ICSE export from plain CSV by its columns', () => {
    const icse = 'MD5;SHA1;PhotoDNA;Image ID;Is distributed;Victim identified\nabc;';
    assert.equal(detectFormat('export.csv', icse), 'icse');
    assert.equal(detectFormat('set.csv', `md5,series\n${MD5},x\n`), 'csv');
    assert.equal(detectFormat('set.csv', `type,value\nmd5,${MD5}\n`), 'csv');
  });

  it('tells ThreatExchange lines from bare hash lists', () => {
    assert.equal(detectFormat('te.txt', `pdq ${PDQ_A}\nvideo_md5 ${MD5}\n`), 'threatexchange');
    assert.equal(detectFormat('list.txt', `# list\n${MD5}\n${sha1Of('a')}\n`), 'hash_list');
    assert.equal(detectFormat('list.txt', `${sha256Of('a')}\n`), 'hash_list');
  });

  it('does not look at a last line cut short by the sample', () => {
    assert.equal(detectFormat('list.txt', `${MD5}\n${MD5}\n${MD5.slice(0, 9)}`), 'hash_list');
  });

  it('returns null when unsure', () => {
    assert.equal(detectFormat('notes.txt', 'Dear colleague,\nplease find attached\n'), null);
    assert.equal(detectFormat('empty.json', ''), null);
    assert.equal(detectFormat('other.json', '{"type":"bundle","objects":[]}\n'), null);
    assert.equal(detectFormat('mixed.txt', `${MD5}\npdq ${PDQ_A}\n`), null);
  });
});
