// Fill colours of the world map's categories. Each is told apart by its legend's text and the
// table below the map, never by colour alone; the palette stays distinguishable with the
// common colour-vision deficiencies (sequential for gaps, light to dark).

export const NO_DATA_COLOUR = '#e6e6e6';

const STATUS_COLOURS: Readonly<Record<string, string>> = {
  party: '#1b7837',
  signatory: '#a6dba0',
  not_party: '#762a83',
  not_signed: '#c2a5cf',
  unknown: '#9e9e9e',
};

const GAP_COLOURS: Readonly<Record<string, string>> = {
  unknown: '#9e9e9e',
  none: '#fde0c5',
  few: '#f59e72',
  some: '#d6604d',
  many: '#67001f',
};

export function categoryColour(metric: 'party_status' | 'gaps', category: string): string {
  return (metric === 'gaps' ? GAP_COLOURS : STATUS_COLOURS)[category] ?? NO_DATA_COLOUR;
}
