import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ISO3166_ALPHA2, isJurisdictionCode } from './iso3166.ts';

describe('ISO 3166-1 alpha-2', () => {
  it('lists the 249 assigned codes once each, sorted', () => {
    assert.equal(ISO3166_ALPHA2.length, 249);
    assert.equal(new Set(ISO3166_ALPHA2).size, 249);
    assert.deepEqual([...ISO3166_ALPHA2].sort(), ISO3166_ALPHA2);
  });
  it('agrees with the platform’s region names for every code', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    for (const code of ISO3166_ALPHA2) assert.notEqual(names.of(code), code, code);
  });
  it('accepts real codes in upper case only', () => {
    assert.equal(isJurisdictionCode('FR'), true);
    assert.equal(isJurisdictionCode('fr'), false);
    assert.equal(isJurisdictionCode('XX'), false);
    assert.equal(isJurisdictionCode('EU'), false);
  });
});
