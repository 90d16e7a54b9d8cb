import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { collect } from '../testing/sample-hashes.ts';
import { splitLines, type LineEvent } from './lines.ts';
import { invalidUtf8Offset, lineOfByte } from './utf8.ts';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

async function* chunked(data: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

const summary = (events: LineEvent[]) =>
  events.map((e) => (e.kind === 'line' ? [e.number, e.text] : [e.problem.line, e.problem.code]));

describe('splitLines', () => {
  it('numbers lines from 1 and accepts LF, CRLF and a missing final break', async () => {
    const events = await collect(splitLines('a\r\nb\n\nc', { maxLineBytes: 100 }));
    assert.deepEqual(summary(events), [
      [1, 'a'],
      [2, 'b'],
      [3, ''],
      [4, 'c'],
    ]);
  });

  it('drops a UTF-8 byte order mark on the first line only', async () => {
    const data = bytes([0xef, 0xbb, 0xbf], 'x\n', [0xef, 0xbb, 0xbf], 'y\n');
    const events = await collect(splitLines(data, { maxLineBytes: 100 }));
    assert.deepEqual(summary(events), [
      [1, 'x'],
      [2, '\uFEFFy'],
    ]);
  });

  it('joins lines and multi-byte characters cut across chunks', async () => {
    const data = bytes('première ligne\nzweite Zeile ✓\n日本\n');
    for (const size of [1, 2, 3, 7]) {
      const events = await collect(splitLines(chunked(data, size), { maxLineBytes: 100 }));
      assert.deepEqual(summary(events), [
        [1, 'première ligne'],
        [2, 'zweite Zeile ✓'],
        [3, '日本'],
      ]);
    }
  });

  it('reports a line that is not UTF-8 by its number and goes on', async () => {
    const data = bytes('good\nbad ', [0xc3, 0x28], '\nalso good\n');
    const events = await collect(splitLines(chunked(data, 4), { maxLineBytes: 100 }));
    assert.deepEqual(summary(events), [
      [1, 'good'],
      [2, 'bad_utf8'],
      [3, 'also good'],
    ]);
    const problem = events[1];
    assert.match(problem?.kind === 'problem' ? problem.problem.message : '', /byte 5 of the line/);
  });

  it('skips a line over the cap without buffering it and reads the next', async () => {
    const data = bytes('short\n', 'x'.repeat(1000), '\nafter\n', 'y'.repeat(11));
    const events = await collect(splitLines(chunked(data, 64), { maxLineBytes: 10 }));
    assert.deepEqual(summary(events), [
      [1, 'short'],
      [2, 'line_too_long'],
      [3, 'after'],
      [4, 'line_too_long'],
    ]);
  });

  it('allows a line of exactly the cap, with or without CR', async () => {
    const events = await collect(splitLines('1234\r\n5678\n', { maxLineBytes: 4 }));
    assert.deepEqual(summary(events), [
      [1, '1234'],
      [2, '5678'],
    ]);
  });

  it('stops when the abort signal fires', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stopped by test'));
    await assert.rejects(
      collect(splitLines('a\nb\n', { maxLineBytes: 10, signal: controller.signal })),
      /stopped by test/,
    );
  });
});

describe('UTF-8 checks', () => {
  it('finds the first invalid byte, including overlong forms and surrogates', () => {
    assert.equal(invalidUtf8Offset(Buffer.from('héllo ✓ 日本 🙂')), -1);
    assert.equal(invalidUtf8Offset(bytes('ab', [0xc0, 0x80])), 2);
    assert.equal(invalidUtf8Offset(bytes('a', [0xed, 0xa0, 0x80])), 1);
    assert.equal(invalidUtf8Offset(bytes('abc', [0xe2, 0x9c])), 3);
    assert.equal(invalidUtf8Offset(bytes([0xf5, 0x80, 0x80, 0x80])), 0);
  });
  it('turns a byte offset into a line number', () => {
    const data = bytes('a\nbb\nccc');
    assert.equal(lineOfByte(data, 0), 1);
    assert.equal(lineOfByte(data, 2), 2);
    assert.equal(lineOfByte(data, 7), 3);
  });
});
