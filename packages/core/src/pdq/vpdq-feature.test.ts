import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePdqHash, type PdqHash } from './pdq-hash.ts';
import { formatVpdq, parseVpdq, type VpdqFeature } from './vpdq-feature.ts';

function hash(text: string): PdqHash {
  const r = parsePdqHash(text);
  assert.ok(r.ok);
  return r.value;
}

const A = hash('d8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22');
const B = hash('2dad5a64b1a142e7d362a09857da895ae63b8c7fc23794b766b319361fc93188');

describe('formatVpdq', () => {
  it('writes frameNumber,quality,hash,timestamp with 3 decimals, one line per frame', () => {
    const features: VpdqFeature[] = [
      { frameNumber: 0, quality: 100, hash: A, timestamp: 0 },
      { frameNumber: 25, quality: 47, hash: B, timestamp: 1 },
      { frameNumber: 30, quality: 99, hash: A, timestamp: Math.fround(30 / Math.fround(29.97)) },
    ];
    assert.equal(formatVpdq(features), `0,100,${A},0.000\n25,47,${B},1.000\n30,99,${A},1.001\n`);
  });
  it('rounds exact halves to even, like printf', () => {
    const line = (timestamp: number) =>
      formatVpdq([{ frameNumber: 1, quality: 1, hash: A, timestamp }]).split(',')[3];
    assert.equal(line(1 / 16), '0.062\n'); // 0.0625 exactly
    assert.equal(line(3 / 16), '0.188\n'); // 0.1875 exactly
    assert.equal(line(1234.5678), '1234.568\n');
  });
});

describe('parseVpdq', () => {
  it('reads what formatVpdq writes', () => {
    const features: VpdqFeature[] = [
      { frameNumber: 0, quality: 100, hash: A, timestamp: 0 },
      { frameNumber: 12, quality: 3, hash: B, timestamp: 0.5 },
    ];
    assert.deepEqual(parseVpdq(formatVpdq(features)), { ok: true, value: features });
  });
  it('accepts CRLF, blank lines and upper-case hex', () => {
    const r = parseVpdq(`\r\n0,100,${A.toUpperCase()},0.000\r\n\r\n`);
    assert.deepEqual(r, {
      ok: true,
      value: [{ frameNumber: 0, quality: 100, hash: A, timestamp: 0 }],
    });
  });
  it('names the line of a malformed frame', () => {
    const cases = [
      `0,100,${A}`,
      `x,100,${A},0.000`,
      `0,101,${A},0.000`,
      `0,100,${A.slice(2)},0.000`,
      `0,100,${A},-1`,
      `0,100,${A},0.000,extra`,
    ];
    for (const bad of cases) {
      const r = parseVpdq(`0,100,${A},0.000\n${bad}\n`);
      assert.equal(r.ok, false, bad);
      if (!r.ok) {
        assert.equal(r.error.code, 'invalid_vpdq');
        assert.match(r.error.message, /^line 2:/);
      }
    }
  });
  it('refuses an empty text, as the reference reader does', () => {
    const r = parseVpdq('\n\n');
    assert.equal(r.ok, false);
  });
});
