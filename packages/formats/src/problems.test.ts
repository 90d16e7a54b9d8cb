// Every problem code, produced by a small input and reported at its line.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HashSetItem } from '@concord/core';
import type { FormatDefinition } from './format-definition.ts';
import { parseHashSet, serialiseHashSet, type ParseHashSetOptions } from './parse-hash-set.ts';
import {
  PARSE_PROBLEM_CODES,
  SERIALISE_PROBLEM_CODES,
  type ParseProblemCode,
  type SerialiseProblemCode,
} from './problems.ts';
import { FORMATS } from './registry.ts';
import { PDQ_A, bareItem, md5Of, sha1Of, sha256Of } from './testing/sample-hashes.ts';

const MD5 = md5Of('concord problem codes');
const V2 = 'http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/Default/$metadata#Media';

interface ParseCase {
  readonly code: ParseProblemCode;
  readonly format: FormatDefinition;
  readonly input: string | Uint8Array;
  readonly options?: ParseHashSetOptions;
  readonly line: number | null;
  readonly path?: string;
}

const PARSE_CASES: readonly ParseCase[] = [
  { code: 'invalid_signal_value', format: FORMATS.hash_list, input: `${MD5}\nxyz\n`, line: 2 },
  {
    code: 'invalid_grade',
    format: FORMATS.csv,
    input: `md5,grade_scheme,grade\n${MD5},caid,Z\n`,
    line: 2,
    path: 'grade',
  },
  {
    code: 'invalid_field',
    format: FORMATS.vics,
    input: `{"@odata.context":"${V2}","value":[\n {\n  "MD5":"${MD5}",\n  "IsDistributed":"yes"\n }\n]}`,
    line: 4,
    path: 'value[0].IsDistributed',
  },
  { code: 'missing_hash', format: FORMATS.icse, input: `MD5;Image ID\n${MD5};1\n;2\n`, line: 3 },
  {
    code: 'conflicting_signal',
    format: FORMATS.vics,
    input: `{"@odata.context":"${V2}","value":[{"MD5":"${MD5}","SHA1":"${sha1Of('a')}",\n"AlternativeHashes":[{"HashName":"SHA1","HashValue":"${sha1Of('b')}"}]}]}`,
    line: 2,
    path: 'value[0].AlternativeHashes[0].HashValue',
  },
  {
    code: 'bad_utf8',
    format: FORMATS.vics,
    input: Buffer.concat([
      Buffer.from(`{"@odata.context":"${V2}",\n"value":[\n{"Series":"`),
      Buffer.from([0xff]),
      Buffer.from('"}]}'),
    ]),
    line: 3,
  },
  {
    code: 'line_too_long',
    format: FORMATS.threatexchange,
    input: `pdq ${PDQ_A}\npdq ${'a'.repeat(200)}\n`,
    options: { maxLineBytes: 100 },
    line: 2,
  },
  {
    code: 'unsupported_signal_type',
    format: FORMATS.threatexchange,
    input: `url_md5 ${MD5}\n`,
    line: 1,
  },
  {
    code: 'ambiguous_signal_type',
    format: FORMATS.hash_list,
    input: `${sha256Of('a')}\n`,
    line: 1,
  },
  {
    code: 'malformed_json',
    format: FORMATS.vics,
    input: `{"@odata.context":"${V2}",\n"value":[\n{"MD5": }\n]}`,
    line: 3,
  },
  {
    code: 'unknown_format_version',
    format: FORMATS.vics,
    input: `{"@odata.context":"${V2.replace('2.0', '3.0')}","value":[]}`,
    line: 1,
  },
  { code: 'malformed_csv', format: FORMATS.csv, input: `md5\n"${MD5}\n`, line: 2 },
  {
    code: 'document_too_large',
    format: FORMATS.vics,
    input: Buffer.from(`{"@odata.context":"${V2}","value":[]}`),
    options: { maxDocumentBytes: 16 },
    line: null,
  },
  {
    code: 'too_many_problems',
    format: FORMATS.hash_list,
    input: 'x\ny\nz\n',
    options: { maxProblems: 1 },
    line: 2,
  },
];

describe('parse problem codes', () => {
  for (const c of PARSE_CASES) {
    it(`${c.code} is reported at line ${c.line} (${c.format.id})`, async () => {
      const { problems } = await parseHashSet(c.format, c.input, c.options);
      const found = problems.find((p) => p.code === c.code);
      assert.ok(found, `${c.code} not in ${JSON.stringify(problems)}`);
      assert.equal(found.line, c.line);
      if (c.path) assert.equal(found.path, c.path);
      assert.ok(found.message.length > 0);
    });
  }
  it('covers every code', () => {
    assert.deepEqual(new Set(PARSE_CASES.map((c) => c.code)), new Set(PARSE_PROBLEM_CODES));
  });
});

const SERIALISE_CASES: readonly {
  readonly code: SerialiseProblemCode;
  readonly format: FormatDefinition;
  readonly item: HashSetItem;
}[] = [
  {
    code: 'unsupported_signal_type',
    format: FORMATS.icse,
    item: bareItem([
      { type: 'pdq', value: PDQ_A },
      { type: 'md5', value: MD5 },
    ]),
  },
  {
    code: 'unsupported_grade',
    format: FORMATS.hash_list,
    item: { ...bareItem([{ type: 'md5', value: MD5 }]), grade: { scheme: 'caid', value: 'A' } },
  },
  {
    code: 'missing_hash',
    format: FORMATS.vics,
    item: bareItem([{ type: 'sha1', value: sha1Of('a') }]),
  },
  {
    code: 'dropped_field',
    format: FORMATS.threatexchange,
    item: { ...bareItem([{ type: 'pdq', value: PDQ_A }]), series: 'a series' },
  },
];

describe('problem messages', () => {
  it('cut a hostile value short instead of quoting all of it', async () => {
    const text = `md5,grade_scheme,grade\n${MD5},custom,${'x'.repeat(50_000)}\n`;
    const { problems } = await parseHashSet(FORMATS.csv, text);
    assert.equal(problems[0]?.code, 'invalid_grade');
    assert.ok((problems[0]?.message.length ?? Infinity) <= 401);
  });
});

describe('serialise problem codes', () => {
  for (const c of SERIALISE_CASES) {
    it(`${c.code} names the item (${c.format.id})`, async () => {
      const items = [bareItem([{ type: 'md5', value: MD5 }]), { ...c.item, sourceId: 'src-9' }];
      const { problems } = await serialiseHashSet(c.format, items);
      const found = problems.find((p) => p.code === c.code);
      assert.ok(found, `${c.code} not in ${JSON.stringify(problems)}`);
      assert.equal(found.itemIndex, 1);
      assert.equal(found.sourceId, 'src-9');
    });
  }
  it('covers every code', () => {
    assert.deepEqual(new Set(SERIALISE_CASES.map((c) => c.code)), new Set(SERIALISE_PROBLEM_CODES));
  });
});
