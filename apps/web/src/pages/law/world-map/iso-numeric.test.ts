import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import { ISO_NUMERIC } from './iso-numeric.ts';

describe('the ISO 3166 table of the world map', () => {
  const geometries = atlas.objects.countries.geometries as readonly {
    id?: string;
    properties: { name: string };
  }[];

  it('names every shape of the atlas that has an ISO numeric id', () => {
    const numeric = new Set(Object.values(ISO_NUMERIC));
    const unnamed = geometries.filter((g) => g.id === undefined || !numeric.has(g.id));
    // Natural Earth gives these three no ISO 3166 code; the map shows them without data.
    assert.deepEqual(unnamed.map((g) => g.properties.name).sort(), [
      'Kosovo',
      'N. Cyprus',
      'Somaliland',
    ]);
  });

  it('maps codes one to one, with well-formed codes', () => {
    const entries = Object.entries(ISO_NUMERIC);
    assert.equal(entries.length, 249);
    assert.equal(new Set(entries.map(([, n]) => n)).size, entries.length);
    for (const [a2, n] of entries) {
      assert.match(a2, /^[A-Z]{2}$/);
      assert.match(n, /^\d{3}$/);
    }
    assert.equal(ISO_NUMERIC.DE, '276');
    assert.equal(ISO_NUMERIC.FR, '250');
  });
});
