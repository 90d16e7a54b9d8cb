import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normaliseGradeValue } from './grades.ts';
import {
  SIGNAL_TYPES,
  SIGNAL_TYPE_DEFINITIONS,
  detectSignalType,
  normaliseSignal,
} from './signal-types.ts';

const MD5 = 'D41D8CD98F00B204E9800998ECF8427E';
const SHA1 = 'da39a3ee5e6b4b0d3255bfef95601890afd80709';
const HEX64 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('signal types', () => {
  it('normalises hex digests and PDQ hashes to lower case', () => {
    assert.deepEqual(normaliseSignal('md5', ` ${MD5} `), { ok: true, value: MD5.toLowerCase() });
    assert.deepEqual(normaliseSignal('pdq', HEX64.toUpperCase()), { ok: true, value: HEX64 });
  });
  it('explains wrong lengths and non-hex characters', () => {
    const short = normaliseSignal('sha1', 'abc');
    assert.equal(!short.ok && short.error.code, 'invalid_signal_value');
    assert.match(
      !short.ok ? short.error.message : '',
      /40 hexadecimal characters; got 3 hexadecimal characters/,
    );
    const bad = normaliseSignal('md5', 'zz1d8cd98f00b204e9800998ecf8427e');
    assert.match(!bad.ok ? bad.error.message : '', /including "z"/);
  });
  it('accepts PhotoDNA as base64 or hex and stores base64', () => {
    const hex = 'ab'.repeat(144);
    const fromHex = normaliseSignal('photodna', hex);
    assert.ok(fromHex.ok);
    assert.equal(fromHex.value.length, 192);
    assert.equal(Buffer.from(fromHex.value, 'base64').toString('hex'), hex);
    assert.deepEqual(normaliseSignal('photodna', fromHex.value), fromHex);
    assert.equal(normaliseSignal('photodna', 'abc').ok, false);
  });
  it('reads vPDQ frame lines', () => {
    const lines = `0,100,${HEX64},0.000\n1,87,${HEX64.toUpperCase()},1.000\n`;
    const r = normaliseSignal('vpdq', lines);
    assert.deepEqual(r, { ok: true, value: `0,100,${HEX64},0.000\n1,87,${HEX64},1.000` });
    assert.equal(normaliseSignal('vpdq', '0,100,abc,0').ok, false);
  });
  it('guesses types from shape and refuses to guess 64 hex characters', () => {
    assert.equal(detectSignalType(MD5), 'md5');
    assert.equal(detectSignalType(SHA1), 'sha1');
    assert.equal(detectSignalType(HEX64), 'ambiguous');
    assert.equal(detectSignalType('not a hash'), null);
  });
  it('defines every type, each under its own name', () => {
    for (const t of SIGNAL_TYPES) assert.equal(SIGNAL_TYPE_DEFINITIONS[t].type, t);
  });
});

describe('grades', () => {
  it('accepts a scheme’s values in any case and gives the canonical spelling', () => {
    assert.deepEqual(normaliseGradeValue('caid', 'a'), { ok: true, value: 'A' });
    assert.deepEqual(normaliseGradeValue('ncmec_industry', 'b2'), { ok: true, value: 'B2' });
    assert.deepEqual(normaliseGradeValue('vics_us', ' 1 '), { ok: true, value: '1' });
  });
  it('refuses values the scheme does not have, listing the ones it has', () => {
    const r = normaliseGradeValue('caid', 'D');
    assert.equal(!r.ok && r.error.code, 'invalid_grade');
    assert.match(!r.ok ? r.error.message : '', /one of A, B, C/);
  });
  it('takes any short label for custom schemes', () => {
    assert.deepEqual(normaliseGradeValue('custom', 'priority-1'), {
      ok: true,
      value: 'priority-1',
    });
    assert.equal(normaliseGradeValue('custom', '').ok, false);
  });
});
