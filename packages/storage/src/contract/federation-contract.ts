import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_HANDLING } from '@concord/core';
import { sql } from 'kysely';
import type { StorageLocation } from '../open-storage.ts';
import type { Storage } from '../ports.ts';
import { withRawDatabase } from '../testing/raw-connection.ts';

const T0 = '2026-03-01T10:00:00.000Z';
const T1 = '2026-03-01T10:05:00.000Z';
const T2 = '2026-03-01T11:00:00.000Z';

function peer(nodeId: string, over: Partial<Parameters<Storage['peers']['save']>[0]> = {}) {
  return {
    nodeId,
    name: `Unit ${nodeId}`,
    organisation: 'Fictional Police',
    kind: 'police',
    jurisdiction: 'NL',
    endpoint: `http://127.0.0.1:4001`,
    card: { card: { nodeId }, signature: 'sig', rotations: [], endorsements: [] },
    fingerprint: '12345 67890',
    status: 'active' as const,
    trustedVia: 'fingerprint',
    addedAt: T0,
    updatedAt: T0,
    ...over,
  };
}

/** The federation half of the storage contract. */
export function federationContract(current: () => Storage, location: () => StorageLocation): void {
  describe('peers and trust anchors', () => {
    it('moves the peers version (SQLite) with every change, from this connection or another, and never with a read', async () => {
      const storage = current();
      if (storage.dialect === 'postgres') {
        // No version there: a node reads the peer each time.
        await storage.peers.save(peer('v1'));
        assert.equal(await storage.peers.version(), null);
        return;
      }
      const seen = [await storage.peers.version()];
      const changed = async (what: string) => {
        const now = await storage.peers.version();
        assert.ok(!seen.includes(now), `${what} moved the version (${seen.join(', ')} → ${now})`);
        seen.push(now);
      };
      const unchanged = async (what: string) =>
        assert.equal(await storage.peers.version(), seen.at(-1), `${what} left it alone`);
      await storage.peers.save(peer('v1'));
      await changed('adding a peer');
      await storage.peers.get('v1');
      await storage.peers.list();
      await unchanged('reading');
      await storage.peers.save(peer('v1', { endpoint: 'https://v1.example', updatedAt: T1 }));
      await changed('a new card');
      await storage.peers.setStatus('v1', 'suspended', T1);
      await changed('a suspension');
      await storage.peers.recordContact('v1', T2, null);
      await changed('a contact');
      await assert.rejects(
        storage.transaction(async (tx) => {
          await tx.peers.setStatus('v1', 'active', T2);
          throw new Error('rolled back');
        }),
      );
      await unchanged('a rolled-back change');
      assert.equal((await storage.peers.get('v1'))?.status, 'suspended');
      // Another process (the command line, a second server) changing the table directly.
      await withRawDatabase(location(), (db) =>
        sql`update peers set status = 'active' where node_id = 'v1'`.execute(db),
      );
      await changed('a change from another connection');
      await storage.peers.remove('v1');
      await changed('removing the peer');
    });

    it('saves a peer, replaces its card without losing status or contact history, and removes it', async () => {
      const storage = current();
      await storage.peers.save(peer('n1'));
      await storage.peers.recordContact('n1', T1, null);
      await storage.peers.setStatus('n1', 'suspended', T1);
      await storage.peers.save(
        peer('n1', { endpoint: 'https://n1.example', updatedAt: T2, status: 'active' }),
      );
      const saved = await storage.peers.get('n1');
      assert.equal(saved?.endpoint, 'https://n1.example');
      assert.equal(saved?.status, 'suspended', 'a new card does not lift a suspension');
      assert.equal(saved?.lastContactAt, T1);
      assert.deepEqual(saved?.card, peer('n1').card);
      await storage.peers.recordContact('n1', T2, {
        message: 'connection refused',
        messageId: 'm-9',
      });
      assert.deepEqual(
        [
          (await storage.peers.get('n1'))?.lastError,
          (await storage.peers.get('n1'))?.lastErrorMessageId,
        ],
        ['connection refused', 'm-9'],
      );
      assert.equal(await storage.peers.remove('n1'), true);
      assert.equal(await storage.peers.remove('n1'), false);
      assert.deepEqual(await storage.peers.list(), []);
    });

    it('keeps trust anchors by id', async () => {
      const storage = current();
      const anchor = {
        id: 'io-1',
        name: 'Coordinating organisation',
        publicKey: 'pk',
        addedAt: T0,
      };
      assert.equal(await storage.trustAnchors.add(anchor), undefined);
      assert.deepEqual(await storage.trustAnchors.add(anchor), { kind: 'conflict', field: 'id' });
      assert.deepEqual(await storage.trustAnchors.list(), [anchor]);
      assert.equal(await storage.trustAnchors.remove('io-1'), true);
    });
  });

  describe('sharing groups and rules', () => {
    it('keeps groups with their members and rules with their filters', async () => {
      const storage = current();
      await storage.peers.save(peer('n1'));
      await storage.peers.save(peer('n2'));
      await storage.banks.create({
        id: 'b1',
        name: 'b1',
        description: '',
        originNodeId: 'me',
        handling: DEFAULT_HANDLING,
        createdAt: T0,
        updatedAt: T0,
      });
      assert.equal(
        await storage.sharing.createGroup({ id: 'g1', name: 'europe', createdAt: T0 }),
        undefined,
      );
      assert.deepEqual(
        await storage.sharing.createGroup({ id: 'g2', name: 'europe', createdAt: T0 }),
        { kind: 'conflict', field: 'name' },
      );
      assert.equal(await storage.sharing.setMembers('g1', ['n2', 'n1', 'n1']), true);
      assert.equal(await storage.sharing.setMembers('missing', ['n1']), false);
      assert.deepEqual(await storage.sharing.listGroups(), [
        { id: 'g1', name: 'europe', createdAt: T0, members: ['n1', 'n2'] },
      ]);
      const rule = {
        id: 'r1',
        bankId: 'b1',
        target: { kind: 'group', groupId: 'g1' } as const,
        signalTypes: ['pdq', 'md5'] as const,
        grades: ['caid:A'],
        maxTlp: 'GREEN' as const,
        handling: {
          ...DEFAULT_HANDLING,
          restrictions: { ...DEFAULT_HANDLING.restrictions, noOnwardTransmission: true },
        },
        createdAt: T0,
        createdBy: 'ana',
      };
      await storage.sharing.addRule(rule);
      await storage.sharing.addRule({
        ...rule,
        id: 'r2',
        target: { kind: 'peer', nodeId: 'n1' },
        signalTypes: null,
        grades: null,
        handling: null,
        createdAt: T1,
      });
      const rules = await storage.sharing.listRules('b1');
      assert.deepEqual(rules[0], rule);
      assert.deepEqual(rules[1]?.target, { kind: 'peer', nodeId: 'n1' });
      assert.equal(await storage.sharing.removeRule('r2'), true);
      await storage.peers.remove('n2');
      assert.deepEqual(
        (await storage.sharing.listGroups())[0]?.members,
        ['n1'],
        'a removed peer leaves its groups',
      );
    });
  });

  describe('outbox and inbox', () => {
    const entry = (peerNodeId: string, messageId: string, createdAt = T0) => ({
      peerNodeId,
      messageId,
      type: 'bank.delta',
      envelope: `envelope-${messageId}`,
      createdAt,
    });

    it('numbers messages in order and hands out one peer’s messages strictly oldest first', async () => {
      const storage = current();
      const seqs = [];
      for (const id of ['a1', 'b1', 'a2', 'a3'])
        seqs.push(await storage.outbox.enqueue(entry(id.startsWith('a') ? 'A' : 'B', id)));
      assert.deepEqual(
        seqs,
        [...seqs].sort((x, y) => x - y),
      );
      assert.equal((await storage.outbox.head('A'))?.messageId, 'a1');
      await storage.outbox.markFailed(seqs[0] ?? 0, 'connection refused', T2);
      const failed = await storage.outbox.head('A');
      assert.deepEqual(
        [failed?.messageId, failed?.attempts, failed?.lastError, failed?.nextAttemptAt],
        ['a1', 1, 'connection refused', T2],
      );
      assert.deepEqual(
        await storage.outbox.duePeers(T1),
        ['B'],
        'A waits for its backoff; its later messages wait behind it',
      );
      assert.deepEqual([...(await storage.outbox.duePeers(T2))].sort(), ['A', 'B']);
      await storage.outbox.markDelivered(seqs[0] ?? 0, T2, 'receipt-a1');
      assert.equal((await storage.outbox.head('A'))?.messageId, 'a2');
      assert.deepEqual(await storage.outbox.queue('A'), { pending: 2, oldest: T0 });
      assert.equal((await storage.outbox.get('a1'))?.receipt, 'receipt-a1');
    });

    it('gives up on an expired message, keeping why, and moves on to the next', async () => {
      const storage = current();
      const first = await storage.outbox.enqueue(entry('A', 'x1'));
      await storage.outbox.enqueue(entry('A', 'x2'));
      await storage.outbox.markFailed(first, 'connection refused', T1);
      await storage.outbox.markExpired(first, T2, 'expired undelivered');
      assert.equal((await storage.outbox.head('A'))?.messageId, 'x2');
      assert.deepEqual(await storage.outbox.queue('A'), { pending: 1, oldest: T0 });
      assert.deepEqual(await storage.outbox.duePeers(T2), ['A']);
      const given = await storage.outbox.get('x1');
      assert.deepEqual(
        [given?.expiredAt, given?.deliveredAt, given?.receipt, given?.lastError],
        [T2, null, null, 'expired undelivered'],
      );
      // A delivered message is never marked expired afterwards.
      const second = (await storage.outbox.head('A'))?.seq ?? 0;
      await storage.outbox.markDelivered(second, T2, 'receipt-x2');
      await storage.outbox.markExpired(second, T2, 'late');
      assert.equal((await storage.outbox.get('x2'))?.expiredAt, null);
    });

    it('hands out a peer’s next batch in order and marks a batch delivered, each with its receipt', async () => {
      const storage = current();
      const seqs = [];
      for (let i = 0; i < 7; i++) seqs.push(await storage.outbox.enqueue(entry('A', `p${i}`)));
      await storage.outbox.enqueue(entry('B', 'other-peer'));
      assert.deepEqual(
        (await storage.outbox.pending('A', 5)).map((e) => e.messageId),
        ['p0', 'p1', 'p2', 'p3', 'p4'],
      );
      await storage.outbox.markDeliveredMany(
        T2,
        seqs.slice(0, 3).map((seq, i) => ({ seq, receipt: `receipt-p${i}` })),
      );
      assert.deepEqual(
        (await storage.outbox.pending('A', 10)).map((e) => e.messageId),
        ['p3', 'p4', 'p5', 'p6'],
      );
      for (const i of [0, 1, 2]) {
        const got = await storage.outbox.get(`p${i}`);
        assert.deepEqual([got?.deliveredAt, got?.receipt, got?.attempts], [T2, `receipt-p${i}`, 1]);
      }
      // A message already delivered keeps its first receipt.
      await storage.outbox.markDeliveredMany(T2, [{ seq: seqs[0] ?? 0, receipt: 'again' }]);
      assert.equal((await storage.outbox.get('p0'))?.receipt, 'receipt-p0');
      await storage.outbox.markDeliveredMany(T2, []);
      assert.deepEqual(await storage.outbox.queue('A'), { pending: 4, oldest: T0 });
    });

    it('finds accepted messages by id in bulk, and a repeated id inside a transaction leaves it usable', async () => {
      const storage = current();
      const rec = (messageId: string) => ({
        messageId,
        senderNodeId: 'n1',
        type: 'ping',
        receivedAt: T0,
        envelopeDigest: `d-${messageId}`,
        receipt: `r-${messageId}`,
      });
      const ids = Array.from({ length: 620 }, (_, i) => `bulk-${i}`);
      await storage.transaction(async (tx) => {
        for (const id of ids) assert.equal(await tx.inbox.accept(rec(id)), true);
        // Refused without an error, so the transaction (on PostgreSQL too) goes on.
        assert.equal(await tx.inbox.accept(rec('bulk-3')), false);
        assert.equal(await tx.inbox.accept(rec('after-repeat')), true);
      });
      const many = await storage.transaction((tx) =>
        tx.inbox.acceptMany([rec('bulk-7'), rec('many-1'), rec('many-2'), rec('bulk-8')]),
      );
      assert.deepEqual([...many].sort(), ['many-1', 'many-2'], 'only the new ones are taken');
      assert.equal((await storage.inbox.acceptMany([])).size, 0);
      const found = await storage.inbox.findMany([...ids, 'after-repeat', 'never-sent']);
      assert.equal(found.size, 621);
      assert.equal((await storage.inbox.findMany(['many-1', 'many-2'])).size, 2);
      assert.deepEqual(found.get('bulk-619'), rec('bulk-619'));
      assert.equal(found.has('never-sent'), false);
      assert.equal((await storage.inbox.findMany([])).size, 0);
    });

    it('accepts each message id once', async () => {
      const storage = current();
      const rec = {
        messageId: 'm1',
        senderNodeId: 'n1',
        type: 'bank.delta',
        receivedAt: T0,
        envelopeDigest: 'd',
        receipt: 'r',
      };
      assert.equal(await storage.inbox.accept(rec), true);
      assert.equal(await storage.inbox.accept({ ...rec, receipt: 'other' }), false);
      assert.deepEqual(await storage.inbox.find('m1'), rec);
      assert.equal(await storage.inbox.find('m2'), null);
    });

    it('numbers messages from concurrent writers without gaps or repeats', async () => {
      const storage = current();
      const seqs = await Promise.all(
        Array.from({ length: 30 }, (_, i) => storage.outbox.enqueue(entry('C', `c${i}`))),
      );
      assert.equal(new Set(seqs).size, 30);
      assert.equal(Math.max(...seqs) - Math.min(...seqs), 29);
    });
  });

  describe('subscriptions', () => {
    it('keeps one subscription per peer bank with its cursor', async () => {
      const storage = current();
      await storage.peers.save(peer('n1'));
      await storage.banks.create({
        id: 'mirror',
        name: 'from-n1',
        description: '',
        originNodeId: 'n1',
        handling: DEFAULT_HANDLING,
        createdAt: T0,
        updatedAt: T0,
      });
      const sub = {
        id: 's1',
        peerNodeId: 'n1',
        remoteBankId: 'rb',
        localBankId: 'mirror',
        cursor: 0,
        status: 'active' as const,
        createdAt: T0,
        lastSyncAt: null,
        lastError: null,
        remoteHead: null,
      };
      assert.equal(await storage.subscriptions.create(sub), undefined);
      assert.deepEqual(await storage.subscriptions.create({ ...sub, id: 's2' }), {
        kind: 'conflict',
        field: 'remote_bank_id',
      });
      await storage.subscriptions.update('s1', { cursor: 4200, lastSyncAt: T1, lastError: null });
      assert.deepEqual(await storage.subscriptions.get('s1'), {
        ...sub,
        cursor: 4200,
        lastSyncAt: T1,
      });
      // The peer's head comes back as a number on both databases (bigint on PostgreSQL).
      await storage.subscriptions.update('s1', { remoteHead: 9_000_000_001 });
      assert.deepEqual(await storage.subscriptions.get('s1'), {
        ...sub,
        cursor: 4200,
        lastSyncAt: T1,
        remoteHead: 9_000_000_001,
      });
      assert.equal((await storage.subscriptions.list()).length, 1);
    });
  });
}
