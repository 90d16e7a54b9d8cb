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
  sha256Of,
} from '../testing/sample-hashes.ts';
import { hashListFormat } from './hash-list-format.ts';

const MD5 = md5Of('concord list sample');
const SHA1 = sha1Of('concord list sample');
const SHA256 = sha256Of('concord list sample');
const PHOTODNA = randomPhotoDna(seededRandom(3));

describe('hash list', () => {
  it('guesses each line’s type and skips blank lines and # comments', async () => {
    const text = `# exported for a test\n\n${MD5.toUpperCase()}\n  ${SHA1}  \n${PHOTODNA}\n# end\n`;
    const { items, problems } = await parseHashSet(hashListFormat, text);
    assert.deepEqual(problems, []);
    assert.deepEqual(items, [
      bareItem([{ type: 'md5', value: MD5 }]),
      bareItem([{ type: 'sha1', value: SHA1 }]),
      bareItem([{ type: 'photodna', value: PHOTODNA }]),
    ]);
  });

  it('asks for the type of 64 hexadecimal characters, and takes it when given', async () => {
    const text = `${MD5}\n${SHA256}\n`;
    const guessed = await parseHashSet(hashListFormat, text);
    assert.deepEqual(
      guessed.problems.map((p) => [p.line, p.code]),
      [[2, 'ambiguous_signal_type']],
    );
    assert.equal(guessed.items.length, 1);
    const given = await parseHashSet(hashListFormat, `${PDQ_A}\n${SHA256}\n`, {
      signalType: 'pdq',
    });
    assert.deepEqual(given.problems, []);
    assert.deepEqual(
      given.items.map((i) => i.signals),
      [[{ type: 'pdq', value: PDQ_A }], [{ type: 'pdq', value: SHA256 }]],
    );
  });

  it('reports lines that are not hashes, or not of the given type, by line', async () => {
    const text = `${MD5}\nnot a hash\n${SHA1}\n`;
    const { items, problems } = await parseHashSet(hashListFormat, text);
    assert.deepEqual(
      problems.map((p) => [p.line, p.code]),
      [[2, 'invalid_signal_value']],
    );
    assert.equal(items.length, 2);
    const typed = await parseHashSet(hashListFormat, text, { signalType: 'md5' });
    assert.deepEqual(
      typed.problems.map((p) => [p.line, p.code]),
      [
        [2, 'invalid_signal_value'],
        [3, 'invalid_signal_value'],
      ],
    );
  });

  it('refuses vPDQ as the given type: its values span lines', async () => {
    const { problems } = await parseHashSet(hashListFormat, `${PDQ_A}\n`, { signalType: 'vpdq' });
    assert.deepEqual(
      problems.map((p) => [p.line, p.code]),
      [[null, 'unsupported_signal_type']],
    );
  });

  it('writes one line per signal and reports the metadata a list cannot hold', async () => {
    const items: HashSetItem[] = [
      {
        ...bareItem([
          { type: 'md5', value: MD5 },
          { type: 'sha1', value: SHA1 },
        ]),
        series: 'dropped',
        grade: { scheme: 'caid', value: 'A' },
      },
      bareItem([{ type: 'vpdq', value: `0,100,${PDQ_A},0.000` }]),
    ];
    const { text, problems } = await serialiseHashSet(hashListFormat, items);
    assert.equal(text, `${MD5}\n${SHA1}\n`);
    assert.deepEqual(
      problems.map((p) => [p.itemIndex, p.code]),
      [
        [0, 'unsupported_grade'],
        [0, 'dropped_field'],
        [1, 'unsupported_signal_type'],
        [1, 'missing_hash'],
      ],
    );
  });

  it('streams a 200,000-line list: entries come out while the input is still being read', async () => {
    const total = 200_000;
    let linesProduced = 0;
    let producedAtFirstItem = -1;
    // A generator that makes each 1,000-line chunk only when asked: nothing holds the whole input.
    async function* source(): AsyncGenerator<Uint8Array> {
      for (let start = 0; start < total; start += 1000) {
        let chunk = '';
        for (let n = start; n < start + 1000; n++) chunk += `${md5Of(`line ${n}`)}\n`;
        linesProduced += 1000;
        yield Buffer.from(chunk);
      }
    }
    let count = 0;
    let last: HashSetItem | null = null;
    for await (const event of hashListFormat.parse(source())) {
      assert.equal(event.kind, 'item');
      if (event.kind !== 'item') continue;
      if (count === 0) producedAtFirstItem = linesProduced;
      count++;
      last = event.item;
    }
    assert.equal(count, total);
    assert.equal(producedAtFirstItem, 1000);
    assert.deepEqual(last?.signals, [{ type: 'md5', value: md5Of(`line ${total - 1}`) }]);
  });
});
