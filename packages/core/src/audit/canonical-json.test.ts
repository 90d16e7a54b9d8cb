import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalJson } from './canonical-json.ts';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops whitespace', () => {
    assert.equal(
      canonicalJson({ b: { d: 1, c: [2, { f: null, e: 'x' }] }, a: true }),
      '{"a":true,"b":{"c":[2,{"e":"x","f":null}],"d":1}}',
    );
  });
  it('gives the same text for the same value built in any key order', () => {
    assert.equal(canonicalJson({ x: 1, y: 2 }), canonicalJson({ y: 2, x: 1 }));
  });
  it('escapes strings as JSON does', () => {
    assert.equal(canonicalJson('a"b\n\u2028'), JSON.stringify('a"b\n\u2028'));
  });
  it('refuses non-finite numbers', () => {
    assert.throws(() => canonicalJson(Number.NaN), /finite/);
  });
});
