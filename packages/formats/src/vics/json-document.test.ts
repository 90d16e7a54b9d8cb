import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseJsonDocument } from './json-document.ts';
import { isObject } from './vics-media.ts';

describe('parseJsonDocument', () => {
  it('reads every kind of JSON value as JSON.parse does', () => {
    const text =
      '{"s":"a\\"b\\\\c\\n\\u00e9\\ud83d\\ude42","n":[0,-1.5,2e3,1E-2],"t":true,"f":false,"z":null,"o":{}}';
    const doc = parseJsonDocument(text);
    assert.ok(doc.ok);
    assert.deepEqual(doc.value.value, JSON.parse(text));
  });

  it('knows the line where each object and array begins, and of each member', () => {
    const doc = parseJsonDocument('{\n "value": [\n  {"MD5": "x",\n   "SHA1": "y"}\n ]\n}');
    assert.ok(doc.ok);
    const root = doc.value.value;
    assert.ok(isObject(root));
    const list = root['value'];
    assert.ok(Array.isArray(list));
    const media = list[0];
    assert.ok(typeof media === 'object' && media !== null);
    assert.equal(doc.value.lineOf(list), 2);
    assert.equal(doc.value.lineOf(media), 3);
    assert.equal(doc.value.lineOfMember(media, 'SHA1'), 4);
    assert.equal(doc.value.lineOfMember(media, 'absent'), null);
  });

  it('says on which line the JSON breaks', () => {
    const doc = parseJsonDocument('{\n "a": 1,\n "b": [1, 2,]\n}');
    assert.ok(!doc.ok);
    assert.equal(doc.error.code, 'malformed_json');
    assert.equal(doc.error.line, 3);
  });

  it('refuses control characters in strings, bad escapes and trailing text', () => {
    for (const bad of ['"a\tb"', '"\\x"', '"\\u12g4"', '{} {}', '[1', '{"a" 1}', 'nul', '01']) {
      assert.equal(parseJsonDocument(bad).ok, false, bad);
    }
  });

  it('refuses nesting deeper than its limit instead of overflowing the stack', () => {
    const doc = parseJsonDocument('['.repeat(100_000));
    assert.ok(!doc.ok);
    assert.match(doc.error.message, /nested deeper/);
  });

  it('keeps a "__proto__" member as a plain member', () => {
    const doc = parseJsonDocument('{"__proto__": {"polluted": true}}');
    assert.ok(doc.ok);
    const value = doc.value.value;
    assert.ok(typeof value === 'object' && value !== null);
    assert.equal(Object.getPrototypeOf(value), Object.prototype);
    assert.ok(Object.hasOwn(value, '__proto__'));
    assert.equal('polluted' in {}, false);
  });
});
