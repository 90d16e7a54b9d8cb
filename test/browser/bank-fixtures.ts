// Data for the hash-bank browser tests: the PDQ vectors of one benign image,
// banks seeded straight into a node's storage (a bank received from a peer
// cannot be made through the API), a CSV hash set and a scan report.
import { readFileSync } from 'node:fs';
import type { TestNode } from '@concord/server/testing';

const vectors = new URL('../../../shared/vectors/pdq/expected-dihedral.tsv', import.meta.url);
const [, firstImage] = readFileSync(vectors, 'utf8').trim().split('\n');

/** The eight dihedral PDQ hashes of one benign test image: original, rotate90, rotate180, ... */
export const DIHEDRAL: readonly string[] = (firstImage ?? '').split('\t').slice(2);
export const ROTATE90 = DIHEDRAL[1] ?? '';

const AT = '2026-05-01T00:00:00.000Z';
const GREEN = {
  tlp: 'GREEN',
  pap: 'GREEN',
  restrictions: {
    noOnwardTransmission: false,
    intelligenceOnly: false,
    retainUntil: null,
    permittedPurposes: null,
  },
} as const;

type SignalInput = Parameters<TestNode['ctx']['storage']['signals']['upsert']>[1][number];

function signal(over: Partial<SignalInput>): SignalInput {
  return {
    type: 'md5',
    value: '0'.repeat(32),
    sourceId: null,
    grade: { scheme: 'caid', value: 'A', gradedBy: 'Peer Unit', gradedAt: AT },
    series: 'Peer-1',
    victimIdentified: null,
    offenderIdentified: null,
    isDistributed: true,
    comments: null,
    contributor: 'node-peer',
    confirmations: 2,
    handling: GREEN,
    lawfulBasis: null,
    retainUntil: null,
    extra: null,
    provenance: null,
    remoteId: null,
    disputes: 0,
    ...over,
  };
}

/**
 * A bank that node-peer shares with this node: two signals its originator
 * limits to victim identification, one open to any purpose.
 */
export async function seedReceivedBank(node: TestNode): Promise<void> {
  await node.ctx.storage.banks.create({
    id: 'received-peer-bank',
    name: 'peer-shared',
    description: 'Shared by the peer unit',
    originNodeId: 'node-peer',
    handling: GREEN,
    createdAt: AT,
    updatedAt: AT,
  });
  const victimIdOnly = {
    ...GREEN,
    restrictions: { ...GREEN.restrictions, permittedPurposes: ['victim_identification' as const] },
  };
  await node.ctx.storage.signals.upsert(
    'received-peer-bank',
    [
      signal({ type: 'sha1', value: 'a'.repeat(40), handling: victimIdOnly }),
      signal({ type: 'pdq', value: DIHEDRAL[0] ?? '', handling: victimIdOnly }),
      signal({ type: 'md5', value: 'b'.repeat(32), series: 'Peer-2' }),
    ],
    AT,
  );
}

/** A local bank holding the rotate90 hash of the test image (grade CAID A, series Bridge). */
export async function seedLocalPdqBank(node: TestNode): Promise<void> {
  await node.ctx.storage.banks.create({
    id: 'local-known-bank',
    name: 'national-known',
    description: 'Graded by the unit',
    originNodeId: node.ctx.identity.nodeId,
    handling: GREEN,
    createdAt: AT,
    updatedAt: AT,
  });
  await node.ctx.storage.signals.upsert(
    'local-known-bank',
    [
      signal({
        type: 'pdq',
        value: ROTATE90,
        series: 'Bridge',
        contributor: node.ctx.identity.nodeId,
        confirmations: 0,
      }),
    ],
    AT,
  );
}

/** A plain CSV hash set whose line 3 holds a value that is no MD5. */
export const CSV_WITH_ONE_BAD_ROW = [
  'md5,grade_scheme,grade,series',
  '0123456789abcdef0123456789abcdef,caid,A,Series-A',
  'not-an-md5,caid,B,Series-A',
  '11111111111111111111111111111111,caid,B,Series-A',
  '22222222222222222222222222222222,caid,C,Series-B',
  '',
].join('\n');

/** A report as `concord scan --report FILE.json` writes it: 120 files, 3 matched. */
export function scanReportDocument(): unknown {
  const match = (path: string, value: string, series: string | null) => ({
    path: `/evidence/exhibit-7/${path}`,
    type: 'pdq',
    distance: 4,
    grade: { scheme: 'caid', value },
    series,
    bank: 'national-known',
    quality: 100,
  });
  return {
    interrupted: false,
    scan: {
      root: '/evidence/exhibit-7',
      startedAt: '2026-05-04T08:00:00.000Z',
      finishedAt: '2026-05-04T08:30:00.000Z',
      threshold: 31,
      dihedral: true,
      workers: 4,
      banks: [{ bank: 'national-known', signals: 1, problems: 0 }],
    },
    totals: {
      files: 120,
      hashed: 120,
      resumed: 0,
      matchedFiles: 3,
      problems: 1,
      byGrade: { 'caid:A': 2, 'caid:B': 1 },
      bySeries: { Bridge: 2 },
    },
    matches: [
      match('holiday/img-001.jpg', 'A', 'Bridge'),
      match('holiday/img-002.jpg', 'A', 'Bridge'),
      match('downloads/x.png', 'B', null),
    ],
    problems: [
      { path: '/evidence/exhibit-7/broken.jpg', code: 'decode_failed', message: 'cannot decode' },
    ],
  };
}
