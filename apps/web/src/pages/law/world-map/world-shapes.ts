import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { ISO_NUMERIC } from './iso-numeric.ts';

/** One country's outline, projected for an SVG of MAP_WIDTH × MAP_HEIGHT. */
export interface CountryShape {
  /** ISO 3166-1 alpha-2, or null for the few shapes without an ISO code (e.g. Kosovo). */
  readonly iso2: string | null;
  readonly name: string;
  readonly d: string;
}

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

const ALPHA2_BY_NUMERIC = new Map(Object.entries(ISO_NUMERIC).map(([a2, n]) => [n, a2]));

/**
 * The world's countries as SVG paths, from the bundled Natural Earth 1:110m TopoJSON
 * (world-atlas). The atlas is a separate chunk of the build, loaded from this node: no
 * request ever leaves it.
 */
export async function loadWorldShapes(): Promise<readonly CountryShape[]> {
  const atlas = await import('world-atlas/countries-110m.json', { with: { type: 'json' } });
  // world-atlas's countries-110m.json is a TopoJSON topology with a `countries` collection.
  const topology = atlas.default as unknown as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const countries = feature(topology, topology.objects.countries);
  const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], countries);
  const path = geoPath(projection);
  return countries.features.map((f) => ({
    iso2: f.id === undefined ? null : (ALPHA2_BY_NUMERIC.get(String(f.id)) ?? null),
    name: f.properties.name,
    d: path(f) ?? '',
  }));
}
