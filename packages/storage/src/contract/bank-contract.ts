import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_HANDLING, type HandlingCode } from '@concord/core';
import type { NewSignal, Storage } from '../ports.ts';

const T0 = '2026-03-01T10:00:00.000Z';
const T1 = '2026-03-02T10:00:00.000Z';
const GREEN: HandlingCode = { ...DEFAULT_HANDLING, tlp: 'GREEN' };

export function hex(n: number, length: number): string {
  return n.toString(16).padStart(length, '0');
}

export function signal(over: Partial<NewSignal> = {}): NewSignal {
  return {
    type: 'md5',
    value: hex(1, 32),
    sourceId: null,
    grade: { scheme: 'caid', value: 'A', gradedBy: 'node-a', gradedAt: T0 },
    series: null,
    victimIdentified: null,
    offenderIdentified: null,
    isDistributed: null,
    comments: null,
    contributor: 'node-a',
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

async function bank(storage: Storage, name = 'national'): Promise<string> {
  const id = `bank-${name}`;
  const created = await storage.banks.create({
    id,
    name,
    description: `${name} bank`,
    originNodeId: 'node-a',
    handling: GREEN,
    createdAt: T0,
    updatedAt: T0,
  });
  assert.ok(!('kind' in created));
  return id;
}

/** The hash-bank half of the storage contract; `current` gives the storage opened for each test. */
export function bankContract(current: () => Storage): void {
  describe('hash banks', () => {
    it('creates banks with unique names and counts their live signals', async () => {
      const storage = current();
      const id = await bank(storage);
      assert.deepEqual(
        await storage.banks.create({
          id: 'other',
          name: 'national',
          description: '',
          originNodeId: 'node-a',
          handling: GREEN,
          createdAt: T0,
          updatedAt: T0,
        }),
        { kind: 'conflict', field: 'name' },
      );
      await storage.signals.upsert(id, [signal(), signal({ value: hex(2, 32) })], T0);
      const listed = await storage.banks.list();
      assert.equal(listed.length, 1);
      assert.equal(listed[0]?.signalCount, 2);
      assert.equal(listed[0]?.changeSeq, 2);
      assert.deepEqual((await storage.banks.findByName('national'))?.handling, GREEN);
      const updated = await storage.banks.update(id, { description: 'renamed', updatedAt: T1 });
      assert.equal(updated?.description, 'renamed');
    });

    it('inserts, leaves identical signals alone, and updates regraded ones, numbering every change', async () => {
      const storage = current();
      const id = await bank(storage);
      const first = await storage.signals.upsert(id, [signal(), signal({ value: hex(2, 32) })], T0);
      assert.deepEqual(first, { inserted: 2, updated: 0, unchanged: 0 });
      const second = await storage.signals.upsert(
        id,
        [
          signal(),
          signal({
            value: hex(2, 32),
            grade: { scheme: 'caid', value: 'B', gradedBy: 'node-a', gradedAt: T1 },
          }),
          signal({ value: hex(3, 32) }),
        ],
        T1,
      );
      assert.deepEqual(second, { inserted: 1, updated: 1, unchanged: 1 });
      const all = await storage.signals.search({ bankId: id }, { offset: 0, limit: 10 });
      assert.deepEqual(
        all.items.map((s) => [s.value.slice(-1), s.grade?.value, s.changeSeq]),
        [
          ['1', 'A', 1],
          ['2', 'B', 3],
          ['3', 'A', 4],
        ],
      );
      assert.equal((await storage.banks.get(id))?.changeSeq, 4);
    });

    it('round-trips every field of a signal', async () => {
      const storage = current();
      const id = await bank(storage);
      const full = signal({
        type: 'pdq',
        value: hex(7, 64),
        sourceId: 'media-42',
        series: 'Series-X',
        victimIdentified: true,
        offenderIdentified: false,
        isDistributed: true,
        comments: 'graded twice',
        confirmations: 3,
        handling: {
          tlp: 'AMBER',
          pap: 'GREEN',
          restrictions: {
            noOnwardTransmission: true,
            intelligenceOnly: true,
            retainUntil: '2027-01-01T00:00:00.000Z',
            permittedPurposes: ['victim_identification'],
          },
        },
        lawfulBasis: 'national law art. 5',
        retainUntil: '2027-01-01T00:00:00.000Z',
        extra: { Tags: ['a', 'b'], MediaSize: 1234, IsPrecategorized: true },
        provenance: { origin: 'node-far', path: ['node-far', 'node-a'] },
        remoteId: 'remote-7',
        disputes: 2,
      });
      await storage.signals.upsert(id, [full], T0);
      const [read] = (await storage.signals.search({ type: 'pdq' }, { offset: 0, limit: 1 })).items;
      assert.ok(read);
      const {
        id: _id,
        bankId,
        createdAt,
        updatedAt,
        retractedAt,
        retractionReason,
        changeSeq,
        ...rest
      } = read;
      assert.deepEqual(rest, full);
      assert.deepEqual(
        [bankId, createdAt, updatedAt, retractedAt, retractionReason, changeSeq],
        [id, T0, T0, null, null, 1],
      );
    });

    it('searches by value, series and grade, and finds values across banks', async () => {
      const storage = current();
      const a = await bank(storage, 'a');
      const b = await bank(storage, 'b');
      await storage.signals.upsert(
        a,
        [
          signal({ series: 'S1' }),
          signal({
            value: hex(2, 32),
            series: 'S2',
            grade: { scheme: 'vics_us', value: '1', gradedBy: 'x', gradedAt: T0 },
          }),
        ],
        T0,
      );
      await storage.signals.upsert(b, [signal({ series: 'S1' })], T0);
      assert.equal(
        (await storage.signals.search({ series: 'S1' }, { offset: 0, limit: 10 })).total,
        2,
      );
      assert.equal(
        (
          await storage.signals.search(
            { gradeScheme: 'vics_us', gradeValue: '1' },
            { offset: 0, limit: 10 },
          )
        ).total,
        1,
      );
      assert.equal(
        (await storage.signals.search({ value: hex(1, 32), bankId: b }, { offset: 0, limit: 10 }))
          .total,
        1,
      );
      const found = await storage.signals.findByValues('md5', [hex(1, 32), hex(9, 32)]);
      assert.deepEqual(found.map((s) => s.bankId).sort(), [a, b]);
    });

    it('retracts with a tombstone that search hides, that stays findable, and that a re-import lifts', async () => {
      const storage = current();
      const id = await bank(storage);
      await storage.signals.upsert(id, [signal()], T0);
      const [live] = (await storage.signals.search({ bankId: id }, { offset: 0, limit: 1 })).items;
      assert.ok(live);
      const retracted = await storage.signals.retract(live.id, 'misgraded', T1);
      assert.equal(retracted?.retractedAt, T1);
      assert.equal(retracted?.changeSeq, 2);
      assert.equal(await storage.signals.retract(live.id, 'again', T1), null);
      assert.equal(
        (await storage.signals.search({ bankId: id }, { offset: 0, limit: 10 })).total,
        0,
      );
      assert.equal(
        (
          await storage.signals.search(
            { bankId: id, includeRetracted: true },
            { offset: 0, limit: 10 },
          )
        ).total,
        1,
      );
      assert.deepEqual(await storage.signals.findByValues('md5', [hex(1, 32)]), []);
      assert.equal((await storage.banks.get(id))?.signalCount, 0);
      const again = await storage.signals.upsert(id, [signal()], T1);
      assert.deepEqual(again, { inserted: 0, updated: 1, unchanged: 0 });
      assert.equal((await storage.signals.get(live.id))?.retractedAt, null);
      assert.equal((await storage.banks.get(id))?.signalCount, 1);
    });

    it('keeps each bank’s live count equal to its live signals through every kind of change', async () => {
      const storage = current();
      const a = await bank(storage);
      const b = await storage.banks.create({
        id: 'received',
        name: 'received',
        description: '',
        originNodeId: 'node-b',
        handling: GREEN,
        createdAt: T0,
        updatedAt: T0,
      });
      assert.ok(!('kind' in b));
      const counted = async (id: string) => ({
        kept: (await storage.banks.get(id))?.signalCount,
        live: (await storage.signals.search({ bankId: id }, { offset: 0, limit: 1 })).total,
      });
      const check = async (step: string) => {
        for (const id of [a, b.id]) {
          const { kept, live } = await counted(id);
          assert.equal(kept, live, `${step}: bank ${id}`);
        }
      };
      const values = (from: number, to: number, over: Partial<NewSignal> = {}) =>
        Array.from({ length: to - from }, (_, i) => signal({ value: hex(from + i, 32), ...over }));
      await storage.signals.upsert(a, values(0, 40), T0);
      await storage.signals.upsert(b.id, values(20, 50, { retainUntil: T1 }), T0);
      await check('first imports');
      await storage.signals.upsert(a, values(30, 60, { comments: 'regraded' }), T1);
      await check('an import that updates some and adds others');
      const some = (await storage.signals.search({ bankId: a }, { offset: 0, limit: 10 })).items;
      for (const s of some) await storage.signals.retract(s.id, 'wrong', T1);
      await storage.signals.retract(some[0]?.id ?? '', 'again', T1);
      await check('retractions, one of them twice');
      await storage.signals.addFeedback(some[1]?.id ?? '', 'confirm', T1);
      const [other] = (await storage.signals.search({ bankId: a }, { offset: 20, limit: 1 })).items;
      await storage.signals.addFeedback(other?.id ?? '', 'dispute', T1);
      await check('feedback');
      await storage.signals.upsert(a, some.slice(0, 4), T1);
      await check('a re-import that revives four');
      // At the same time (separate connections on PostgreSQL): each change counts once.
      const [target] = (await storage.signals.search({ bankId: a }, { offset: 30, limit: 1 }))
        .items;
      const retracted = await Promise.all(
        [1, 2, 3].map(() => storage.signals.retract(target?.id ?? '', 'twice over', T1)),
      );
      assert.equal(retracted.filter((r) => r !== null).length, 1, 'one of them retracts it');
      await check('three retractions of one signal at once');
      await Promise.all(
        [1, 2].map(() =>
          storage.signals.upsert(a, target ? [{ ...target, comments: null }] : [], T1),
        ),
      );
      await check('two imports reviving it at once');
      const [gone] = (await storage.signals.search({ bankId: b.id }, { offset: 0, limit: 1 }))
        .items;
      await storage.signals.retract(gone?.id ?? '', 'before it expires', T1);
      await storage.signals.purgeExpired('node-a', '2027-01-01T00:00:00.000Z');
      await check('purging a received bank, a retracted signal among them');
      assert.equal((await counted(b.id)).kept, 0);
      assert.equal((await counted(a)).kept, 60 - 10 + 4);
      // 40 added, 30 changed, 10 retracted, 1 feedback (the other was on a retracted signal),
      // 4 revived, then one retraction and one revival of the three and two at once.
      assert.equal((await storage.banks.get(a))?.changeSeq, 40 + 30 + 10 + 1 + 4 + 1 + 1);
    });

    it('lists the changes after a change number, retractions included, in order', async () => {
      const storage = current();
      const id = await bank(storage);
      await storage.signals.upsert(
        id,
        [signal(), signal({ value: hex(2, 32) }), signal({ value: hex(3, 32) })],
        T0,
      );
      const [second] = (
        await storage.signals.search({ value: hex(2, 32) }, { offset: 0, limit: 1 })
      ).items;
      assert.ok(second);
      await storage.signals.retract(second.id, 'withdrawn', T1);
      const changes = await storage.signals.changesSince(id, 1, 10);
      assert.deepEqual(
        changes.map((c) => [c.value.slice(-1), c.changeSeq, c.retractedAt]),
        [
          ['3', 3, null],
          ['2', 4, T1],
        ],
      );
      assert.deepEqual(
        (await storage.signals.changesSince(id, 1, 1)).map((c) => c.changeSeq),
        [3],
      );
      assert.deepEqual(await storage.signals.changesSince(id, 4, 10), []);
    });

    it('finds a received signal by its sender’s id, and counts confirmations and disputes as changes', async () => {
      const storage = current();
      const id = await bank(storage);
      await storage.signals.upsert(id, [signal({ remoteId: 'r-1' })], T0);
      const found = await storage.signals.findByRemoteId(id, 'r-1');
      assert.equal(found?.value, hex(1, 32));
      assert.equal(await storage.signals.findByRemoteId(id, 'r-2'), null);
      const confirmed = await storage.signals.addFeedback(found?.id ?? '', 'confirm', T1);
      const disputed = await storage.signals.addFeedback(found?.id ?? '', 'dispute', T1);
      assert.deepEqual(
        [confirmed?.confirmations, disputed?.disputes, disputed?.changeSeq],
        [1, 1, 3],
      );
      assert.equal(await storage.signals.addFeedback('missing', 'confirm', T1), null);
    });

    it('keeps the banks peers offer', async () => {
      const storage = current();
      await storage.peers.save({
        nodeId: 'n1',
        name: 'N1',
        organisation: 'O',
        kind: 'police',
        jurisdiction: 'NL',
        endpoint: 'http://127.0.0.1:1',
        card: {},
        fingerprint: 'f',
        status: 'active',
        trustedVia: 'fingerprint',
        addedAt: T0,
        updatedAt: T0,
      });
      const offer = {
        peerNodeId: 'n1',
        remoteBankId: 'rb',
        name: 'shared',
        description: 'd',
        handling: GREEN,
        signalCount: 10,
        offeredAt: T0,
      };
      await storage.bankOffers.save(offer);
      await storage.bankOffers.save({ ...offer, signalCount: 12, offeredAt: T1 });
      assert.deepEqual(await storage.bankOffers.list(), [
        { ...offer, signalCount: 12, offeredAt: T1 },
      ]);
      assert.equal((await storage.bankOffers.get('n1', 'rb'))?.signalCount, 12);
    });

    it('purges received signals past their retention date, and never local ones', async () => {
      const storage = current();
      const local = await bank(storage, 'local');
      await storage.banks.create({
        id: 'received',
        name: 'received',
        description: '',
        originNodeId: 'node-peer',
        handling: GREEN,
        createdAt: T0,
        updatedAt: T0,
      });
      const expiring = { retainUntil: '2026-03-01T12:00:00.000Z' };
      await storage.signals.upsert(local, [signal(expiring)], T0);
      await storage.signals.upsert(
        'received',
        [
          signal(expiring),
          signal({ value: hex(2, 32), retainUntil: '2027-01-01T00:00:00.000Z' }),
          signal({ value: hex(3, 32) }),
        ],
        T0,
      );
      assert.deepEqual(
        await storage.signals.purgeExpired('node-a', '2026-03-01T11:00:00.000Z'),
        [],
      );
      const [purged] = await storage.signals.purgeExpired('node-a', '2026-03-01T12:00:00.001Z');
      assert.equal(purged?.bankId, 'received');
      assert.equal(purged?.signalIds.length, 1);
      assert.equal(await storage.signals.get(purged?.signalIds[0] ?? ''), null);
      assert.equal((await storage.banks.get('received'))?.signalCount, 2);
      assert.equal(
        (await storage.banks.get(local))?.signalCount,
        1,
        'the local bank keeps its own signals',
      );
    });

    it('scans live signals of chosen types in batches, for the match index', async () => {
      const storage = current();
      const id = await bank(storage);
      const pdqs = Array.from({ length: 25 }, (_, i) =>
        signal({ type: 'pdq', value: hex(i + 1, 64) }),
      );
      await storage.signals.upsert(id, [...pdqs, signal()], T0);
      const [first] = (await storage.signals.search({ type: 'pdq' }, { offset: 0, limit: 1 }))
        .items;
      if (first) await storage.signals.retract(first.id, 'x', T1);
      const seen: string[] = [];
      for await (const s of storage.signals.scanForIndex(['pdq'], 7)) seen.push(s.value);
      assert.equal(seen.length, 24);
      assert.equal(new Set(seen).size, 24);
      assert.ok(!seen.includes(first?.value ?? ''));
    });

    it('keeps text exactly as given: quotes, backslashes, braces, commas, words like NULL, empty and non-ASCII text', async () => {
      const storage = current();
      const id = await bank(storage);
      const awkward = [
        'say "hi"',
        'back\\slash \\" and \\\\',
        '{a,b}',
        'one, two',
        'NULL',
        'null',
        '',
        ' padded ',
        'ligne\nsuivante\ttab',
        'عربى 🙂 日本語',
        "it's",
      ];
      const given = awkward.map((text, i) =>
        signal({
          type: 'sha256',
          value: hex(i, 64),
          comments: text,
          series: text,
          sourceId: text,
          lawfulBasis: text,
          extra: { note: text },
          provenance: { origin: text === '' ? 'node-x' : text, path: [text] },
          remoteId: text,
        }),
      );
      // Together, in one write, as a sync page is.
      await storage.transaction((tx) => tx.signals.upsert(id, given, T0));
      const read = (await storage.signals.search({ type: 'sha256' }, { offset: 0, limit: 100 }))
        .items;
      assert.equal(read.length, awkward.length);
      for (const [i, text] of awkward.entries()) {
        const r = read.find((s) => s.value === hex(i, 64));
        assert.ok(r, `signal ${i}`);
        assert.deepEqual(
          [r.comments, r.series, r.sourceId, r.lawfulBasis, r.extra, r.remoteId],
          [text, text, text, text, { note: text }, text],
          JSON.stringify(text),
        );
      }
    });

    it('imports thousands of signals in one transaction, or none of them', async () => {
      const storage = current();
      const id = await bank(storage);
      const many = Array.from({ length: 3000 }, (_, i) =>
        signal({ type: 'sha1', value: hex(i, 40) }),
      );
      await assert.rejects(
        storage.transaction(async (tx) => {
          await tx.signals.upsert(id, many, T0);
          throw new Error('crash halfway');
        }),
      );
      assert.equal((await storage.banks.get(id))?.signalCount, 0);
      assert.equal((await storage.banks.get(id))?.changeSeq, 0);
      const report = await storage.transaction((tx) => tx.signals.upsert(id, many, T0));
      assert.equal(report.inserted, 3000);
      assert.equal((await storage.banks.get(id))?.signalCount, 3000);
    });
  });
}

/** Scan reports: stored whole, listed newest first without their matches. */
export function scanReportContract(current: () => Storage): void {
  describe('scan reports', () => {
    it('stores a report and lists reports newest first without their matches', async () => {
      const storage = current();
      const report = (id: string, at: string) => ({
        id,
        label: `exhibit ${id}`,
        uploadedBy: 'ana',
        uploadedAt: at,
        scannedAt: at,
        files: 10,
        matchedFiles: 2,
        problems: 1,
        summary: { byGrade: { 'caid:A': 2 } },
        matches: [{ path: '/x', distance: 3 }],
      });
      await storage.scanReports.create(report('r1', T0));
      await storage.scanReports.create(report('r2', T1));
      const page = await storage.scanReports.list({ offset: 0, limit: 10 });
      assert.equal(page.total, 2);
      assert.deepEqual(
        page.items.map((r) => r.id),
        ['r2', 'r1'],
      );
      assert.equal('matches' in (page.items[0] ?? {}), false);
      assert.deepEqual(await storage.scanReports.get('r1'), report('r1', T0));
      assert.equal(await storage.scanReports.get('none'), null);
    });
  });
}
