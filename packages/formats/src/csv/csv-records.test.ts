import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitLines } from '../input/lines.ts';
import { collect } from '../testing/sample-hashes.ts';
import { CsvRecordReader, csvLine } from './csv-records.ts';

async function records(text: string, separator = ',', maxRecordChars = 1000) {
  const lines = await collect(splitLines(text, { maxLineBytes: 1000 }));
  const reader = new CsvRecordReader({ separator, maxRecordChars });
  const events = [...lines.flatMap((line) => reader.read(line)), ...reader.end()];
  return events.map((e) =>
    e.kind === 'record'
      ? { line: e.line, cells: e.cells }
      : { line: e.problem.line, code: e.problem.code },
  );
}

describe('CsvRecordReader', () => {
  it('splits plain fields and keeps empty ones', async () => {
    assert.deepEqual(await records('a,b,c\n1,,3\n,,\n'), [
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', '', '3'] },
      { line: 3, cells: ['', '', ''] },
    ]);
  });

  it('reads quoted fields with separators, doubled quotes and line breaks (RFC 4180)', async () => {
    const text = 'name,note\r\n"Smith, J.","said ""hi"""\r\n"two\r\nlines",x\r\nlast,"a;b"\r\n';
    assert.deepEqual(await records(text), [
      { line: 1, cells: ['name', 'note'] },
      { line: 2, cells: ['Smith, J.', 'said "hi"'] },
      { line: 3, cells: ['two\nlines', 'x'] },
      { line: 5, cells: ['last', 'a;b'] },
    ]);
  });

  it('uses the given separator', async () => {
    assert.deepEqual(await records('a;"b;c";d\n', ';'), [{ line: 1, cells: ['a', 'b;c', 'd'] }]);
  });

  it('skips blank lines between records', async () => {
    assert.deepEqual(await records('a\n\n\nb\n'), [
      { line: 1, cells: ['a'] },
      { line: 4, cells: ['b'] },
    ]);
  });

  it('keeps a quote inside an unquoted field as a character', async () => {
    assert.deepEqual(await records('5" floppy,x\n'), [{ line: 1, cells: ['5" floppy', 'x'] }]);
  });

  it('reports text after a closing quote and reads on', async () => {
    assert.deepEqual(await records('"a"b,c\nd,e\n'), [
      { line: 1, code: 'malformed_csv' },
      { line: 2, cells: ['d', 'e'] },
    ]);
  });

  it('reports a quoted field that never closes, at the line it opened', async () => {
    assert.deepEqual(await records('a,b\nc,"never\nclosed\n'), [
      { line: 1, cells: ['a', 'b'] },
      { line: 2, code: 'malformed_csv' },
    ]);
  });

  it('skips a record over the size cap and finds the next one', async () => {
    const long = `"${'x\n'.repeat(30)}"`;
    assert.deepEqual(await records(`a\n${long},y\nb\n`, ',', 20), [
      { line: 1, cells: ['a'] },
      { line: 2, code: 'line_too_long' },
      { line: 33, cells: ['b'] },
    ]);
  });

  it('writes fields that read back the same', async () => {
    const cells = ['plain', 'with,comma', 'with "quote"', 'two\nlines', '', ' spaced '];
    const line = csvLine(cells, ',');
    assert.equal(line, 'plain,"with,comma","with ""quote""","two\nlines",, spaced \r\n');
    assert.deepEqual(await records(line), [{ line: 1, cells }]);
  });
});
