import { createHash } from 'node:crypto';
import { pdqHash, type Tlp } from '@concord/core';
import type { NewSignal } from '@concord/storage';

/**
 * Benign demo pictures made in memory (stripes, rings and checks: nothing
 * that resembles people), hashed with PDQ and MD5 as real media would be.
 */
function picture(seed: number): Uint8Array {
  const size = 128;
  const rgb = new Uint8Array(size * size * 3);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 3;
      const ring = Math.sin(Math.hypot(x - 64 + seed, y - 64 - seed) / (3 + (seed % 7))) * 100;
      rgb[i] = (x * ((seed % 5) + 1) + ring) & 255;
      rgb[i + 1] = (((x >> ((seed % 3) + 2)) ^ (y >> 3)) * 37 + seed * 11) & 255;
      rgb[i + 2] = (y * ((seed % 4) + 1) - ring) & 255;
    }
  }
  return rgb;
}

export interface DemoItem {
  readonly pdq: string;
  readonly md5: string;
  readonly tlp: Tlp;
  readonly series: string;
  readonly grade: string;
}

/** `count` demo pictures' hashes, alternating GREEN and AMBER, in two series. */
export function demoItems(count: number, offset = 0): DemoItem[] {
  return Array.from({ length: count }, (_, n) => {
    const seed = n + offset;
    const rgb = picture(seed);
    return {
      pdq: pdqHash({ kind: 'rgb', width: 128, height: 128, data: rgb }).hash,
      md5: createHash('md5').update(rgb).digest('hex'),
      tlp: n % 2 === 0 ? 'GREEN' : 'AMBER',
      series: n % 3 === 0 ? 'Demo series Lighthouse' : 'Demo series Orchard',
      grade: ['A', 'B', 'C'][n % 3] ?? 'C',
    };
  });
}

/** The signals of one demo item: its PDQ and MD5, graded under CAID, with the item's handling code. */
export function demoSignals(
  item: DemoItem,
  nodeId: string,
  gradedBy: string,
  at: string,
): NewSignal[] {
  return (['pdq', 'md5'] as const).map((type) => ({
    type,
    value: type === 'pdq' ? item.pdq : item.md5,
    sourceId: `demo-${item.md5.slice(0, 12)}`,
    grade: { scheme: 'caid', value: item.grade, gradedBy, gradedAt: at },
    series: item.series,
    victimIdentified: false,
    offenderIdentified: null,
    isDistributed: true,
    comments: 'demo data: hash of a generated test pattern',
    contributor: nodeId,
    confirmations: 0,
    handling: {
      tlp: item.tlp,
      pap: 'AMBER',
      restrictions: {
        noOnwardTransmission: false,
        intelligenceOnly: true,
        retainUntil: null,
        permittedPurposes: null,
      },
    },
    lawfulBasis: 'demonstration data, no legal basis needed',
    retainUntil: null,
    extra: null,
    provenance: null,
    remoteId: null,
    disputes: 0,
  }));
}
