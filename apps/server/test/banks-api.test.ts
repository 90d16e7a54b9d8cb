import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_HANDLING, type HandlingCode } from '@concord/core';
import type { NewSignal } from '@concord/storage';
import { TestBrowser, startTestNode, type TestNode } from '../src/testing/test-node.ts';

const vectors = join(
  new URL('../../..', import.meta.url).pathname,
  '..',
  'shared',
  'vectors',
  'pdq',
);
const [, aaa] = readFileSync(join(vectors, 'expected-dihedral.tsv'), 'utf8').trim().split('\n');
const [, , ...DIHEDRAL] = (aaa ?? '').split('\t');
const [ORIGINAL = '', ROTATE90 = ''] = DIHEDRAL;
const GREEN: HandlingCode = { ...DEFAULT_HANDLING, tlp: 'GREEN' };

function signal(over: Partial<NewSignal>): NewSignal {
  return {
    type: 'md5',
    value: '0'.repeat(32),
    sourceId: null,
    grade: { scheme: 'caid', value: 'A', gradedBy: 'test', gradedAt: '2026-05-01T00:00:00.000Z' },
    series: 'Series-1',
    victimIdentified: null,
    offenderIdentified: null,
    isDistributed: true,
    comments: null,
    contributor: 'test',
    confirmations: 0,
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

/** Flips the lowest `n` bits of a 64-hex PDQ hash. */
function flip(hash: string, n: number): string {
  const value = BigInt(`0x${hash}`) ^ ((1n << BigInt(n)) - 1n);
  return value.toString(16).padStart(64, '0');
}

describe('hash banks over the API', () => {
  let node: TestNode;
  let analyst: TestBrowser;
  let bankId: string;
  before(async () => {
    node = await startTestNode();
    const admin = new TestBrowser(node.app);
    await admin.signInFully('admin', node.adminOneTimePassword, 'correct horse battery staple');
    const made = await admin.request('POST', '/api/v1/users', {
      username: 'ana',
      displayName: 'Ana',
      role: 'analyst',
    });
    analyst = new TestBrowser(node.app);
    await analyst.signInFully('ana', made.json().oneTimePassword, 'her own long passphrase');
    const created = await analyst.request('POST', '/api/v1/banks', {
      name: 'national-known',
      description: 'graded by the unit',
      handling: GREEN,
    });
    assert.equal(created.statusCode, 201, created.body);
    bankId = created.json().id;
    await node.ctx.storage.signals.upsert(
      bankId,
      [
        signal({ type: 'pdq', value: ROTATE90, sourceId: 'm1' }),
        signal({ type: 'md5', value: 'd35c785545392755e7e4164457657269', sourceId: 'm1' }),
        signal({ type: 'pdq', value: '0'.repeat(64), series: 'Other' }),
      ],
      '2026-05-01T00:00:00.000Z',
    );
    // A bank received from a peer: its originator's restrictions bind this node.
    await node.ctx.storage.banks.create({
      id: 'received',
      name: 'peer-shared',
      description: '',
      originNodeId: 'node-peer',
      handling: GREEN,
      createdAt: '2026-05-01T00:00:00.000Z',
      updatedAt: '2026-05-01T00:00:00.000Z',
    });
    await node.ctx.storage.signals.upsert(
      'received',
      [
        signal({
          type: 'sha1',
          value: 'a'.repeat(40),
          contributor: 'node-peer',
          handling: {
            ...GREEN,
            restrictions: { ...GREEN.restrictions, permittedPurposes: ['victim_identification'] },
          },
        }),
      ],
      '2026-05-01T00:00:00.000Z',
    );
  });
  after(() => node.close());

  it('lists banks with their counts and origin', async () => {
    const r = await analyst.request('GET', '/api/v1/banks');
    assert.equal(r.statusCode, 200);
    assert.deepEqual(
      r
        .json()
        .map((b: { name: string; signalCount: number; origin: string }) => [
          b.name,
          b.signalCount,
          b.origin,
        ]),
      [
        ['national-known', 3, 'local'],
        ['peer-shared', 1, 'node-peer'],
      ],
    );
    assert.equal((await analyst.request('GET', '/api/v1/banks/national-known')).json().id, bankId);
    const reads = await node.ctx.storage.audit.list(
      { action: 'bank.read', actor: 'ana' },
      { offset: 0, limit: 10 },
    );
    assert.equal(reads.total, 2, 'listing and reading a bank are audited');
    const taken = await analyst.request('POST', '/api/v1/banks', { name: 'national-known' });
    assert.equal(taken.json().error.code, 'bank_name_taken');
  });

  it('matches a rotated copy through its dihedral variants, and not without them', async () => {
    const withVariants = await analyst.request('POST', '/api/v1/match', {
      hashes: [{ type: 'pdq', value: ORIGINAL, variants: DIHEDRAL.slice(1) }],
    });
    assert.equal(withVariants.statusCode, 200, withVariants.body);
    const [result] = withVariants.json().results;
    assert.equal(result.matches.length, 1);
    assert.equal(result.matches[0].distance, 0);
    assert.equal(result.matches[0].signal.value, ROTATE90);
    assert.equal(result.matches[0].bankName, 'national-known');
    assert.equal(result.matches[0].signal.grade.scheme, 'caid');
    const plain = await analyst.request('POST', '/api/v1/match', {
      hashes: [{ type: 'pdq', value: ORIGINAL }],
    });
    assert.ok(
      plain
        .json()
        .results[0].matches.every(
          (m: { signal: { value: string } }) => m.signal.value !== ROTATE90,
        ),
    );
  });

  it('matches PDQ within the threshold and not beyond it', async () => {
    const near = flip(ROTATE90, 31);
    const far = flip(ROTATE90, 32);
    const r = await analyst.request('POST', '/api/v1/match', {
      hashes: [
        { type: 'pdq', value: near },
        { type: 'pdq', value: far },
      ],
    });
    const [a, b] = r.json().results;
    assert.deepEqual(
      a.matches.map((m: { distance: number }) => m.distance),
      [31],
    );
    assert.deepEqual(b.matches, []);
    const strict = await analyst.request('POST', '/api/v1/match', {
      hashes: [{ type: 'pdq', value: near }],
      threshold: 30,
    });
    assert.deepEqual(strict.json().results[0].matches, []);
  });

  it('matches digests exactly, in any case', async () => {
    const r = await analyst.request('POST', '/api/v1/match', {
      hashes: [{ type: 'md5', value: 'D35C785545392755E7E4164457657269' }],
    });
    assert.equal(r.json().results[0].matches.length, 1);
  });

  it('withholds what the handling code forbids, saying why, unless the purpose is right', async () => {
    const q = { hashes: [{ type: 'sha1', value: 'a'.repeat(40) }] };
    const without = (await analyst.request('POST', '/api/v1/match', q)).json().results[0];
    assert.deepEqual(without.matches, []);
    assert.deepEqual(without.withheld, { count: 1, reasons: { purpose_required: 1 } });
    const withPurpose = (
      await analyst.request('POST', '/api/v1/match', { ...q, purpose: 'victim_identification' })
    ).json().results[0];
    assert.equal(withPurpose.matches.length, 1);
  });

  it('searches by series and grade, audited, and refuses malformed hashes clearly', async () => {
    const r = await analyst.request('GET', `/api/v1/banks/${bankId}/signals?series=Other`);
    assert.equal(r.json().total, 1);
    const graded = await analyst.request(
      'GET',
      '/api/v1/signals?gradeScheme=caid&gradeValue=A&pageSize=2',
    );
    assert.equal(graded.json().total, 4);
    assert.equal(graded.json().withheld.count, 0, 'withheld counts only the page shown');
    assert.equal(graded.json().items.length, 2);
    const bad = await analyst.request('POST', '/api/v1/match', {
      hashes: [{ type: 'md5', value: 'xyz' }],
    });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.code, 'invalid_hash');
    assert.match(
      bad.json().error.message,
      /hashes\[0\]: an? MD5 digest is 32 hexadecimal characters/,
    );
    const audit = await node.ctx.storage.audit.list(
      { action: 'signal.search' },
      { offset: 0, limit: 10 },
    );
    assert.ok(audit.total >= 2);
    const matches = await node.ctx.storage.audit.list(
      { action: 'match.run', actor: 'ana' },
      { offset: 0, limit: 1 },
    );
    assert.ok(matches.total >= 1);
  });

  it('stops matching a retracted signal at once', async () => {
    const md5 = (await analyst.request('GET', '/api/v1/signals?type=md5')).json().items[0];
    const r = await analyst.request('POST', `/api/v1/signals/${md5.id}/retract`, {
      reason: 'graded in error',
    });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.json().retractionReason, 'graded in error');
    const after = await analyst.request('POST', '/api/v1/match', {
      hashes: [{ type: 'md5', value: md5.value }],
    });
    assert.deepEqual(after.json().results[0].matches, []);
    const added = await node.ctx.storage.signals.upsert(
      bankId,
      [signal({ type: 'md5', value: 'b'.repeat(32) })],
      '2026-05-02T00:00:00.000Z',
    );
    assert.equal(added.inserted, 1);
    const fresh = await analyst.request('POST', '/api/v1/match', {
      hashes: [{ type: 'md5', value: 'b'.repeat(32) }],
    });
    assert.equal(
      fresh.json().results[0].matches.length,
      1,
      'signals written elsewhere are picked up',
    );
  });

  it('keeps banks from roles without bank work', async () => {
    const admin = new TestBrowser(node.app);
    await admin.signInFully('admin', 'correct horse battery staple');
    const made = await admin.request('POST', '/api/v1/users', {
      username: 'aud',
      displayName: 'Aud',
      role: 'auditor',
    });
    const auditor = new TestBrowser(node.app);
    await auditor.signInFully('aud', made.json().oneTimePassword, 'a checker passphrase');
    assert.equal((await auditor.request('GET', '/api/v1/banks')).statusCode, 403);
    assert.equal(
      (
        await auditor.request('POST', '/api/v1/match', {
          hashes: [{ type: 'md5', value: 'b'.repeat(32) }],
        })
      ).statusCode,
      403,
    );
  });
});
