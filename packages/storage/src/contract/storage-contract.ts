import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { AuditChainVerifier, DEFAULT_HANDLING } from '@concord/core';
import { migrateToLatest } from '../migrate.ts';
import { bankContract, scanReportContract } from './bank-contract.ts';
import { federationContract } from './federation-contract.ts';
import { lawProfileContract } from './law-profile-contract.ts';
import { migrationsFor } from '../migrations/index.ts';
import { openStorage } from '../open-storage.ts';
import type { NewAuditEvent, NewUser, Storage } from '../ports.ts';
import { rawConnection, withRawDatabase, type TestDatabase } from '../testing/index.ts';

const sha256 = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');
const T0 = '2026-03-01T10:00:00.000Z';

export function user(over: Partial<NewUser> = {}): NewUser {
  const username = over.username ?? 'alice';
  return {
    id: `id-${username}`,
    username,
    displayName: username,
    role: 'analyst',
    passwordHash: 'scrypt$test',
    mustChangePassword: false,
    totpSecretSealed: null,
    totpEnabled: false,
    totpRequired: false,
    totpLastStep: null,
    disabled: false,
    failedSignIns: 0,
    lockedUntil: null,
    locale: null,
    createdAt: T0,
    ...over,
  };
}

function event(over: Partial<NewAuditEvent> = {}): NewAuditEvent {
  return {
    at: T0,
    actorId: 'id-alice',
    actorName: 'alice',
    actorRole: 'admin',
    action: 'user.create',
    objectType: 'user',
    objectId: 'id-bob',
    purpose: null,
    outcome: 'success',
    clientAddress: '127.0.0.1',
    details: {},
    ...over,
  };
}

async function verifyChain(storage: Storage) {
  const v = new AuditChainVerifier(sha256);
  for await (const e of storage.audit.scan(7)) if (!v.push(e)) break;
  return v.finish(await storage.audit.head());
}

/**
 * The storage contract: every adapter must pass all of it against a real
 * database. `createDatabase` gives a fresh, empty database per test.
 */
export function storageContract(name: string, createDatabase: () => Promise<TestDatabase>): void {
  describe(`storage contract: ${name}`, () => {
    let db: TestDatabase;
    let storage: Storage;
    const open: Storage[] = [];

    beforeEach(async () => {
      db = await createDatabase();
      const opened = await openStorage(db.location);
      assert.ok(opened.ok, opened.ok ? '' : opened.error.message);
      storage = opened.value.storage;
      open.push(storage);
    });
    afterEach(async () => {
      while (open.length) await open.pop()?.close();
      await db.drop();
    });

    describe('migrations', () => {
      it('applies every migration on a new database and nothing on reopening', async () => {
        const again = await openStorage(db.location);
        assert.ok(again.ok);
        open.push(again.value.storage);
        assert.deepEqual(again.value.migration.applied, []);
        assert.equal(again.value.migration.version, '0014_peer_version');
      });

      it('rolls back every pending migration when one fails, leaving the database empty', async () => {
        const fresh = await createDatabase();
        try {
          const broken = {
            ...migrationsFor(storage.dialect),
            '0002_broken': {
              async up(d: Kysely<unknown>) {
                await d.schema.createTable('half_done').addColumn('x', 'integer').execute();
                await sql`insert into no_such_table values (1)`.execute(d);
              },
            },
          };
          const tables = await withRawDatabase(fresh.location, async (raw) => {
            const r = await migrateToLatest(raw, storage.dialect, broken);
            assert.equal(!r.ok && r.error.code, 'migration_failed');
            assert.match(!r.ok ? r.error.message : '', /0002_broken failed and was rolled back/);
            return (await raw.introspection.getTables()).map((t) => t.name);
          });
          assert.ok(!tables.includes('half_done'), 'the failed migration left nothing');
          assert.ok(!tables.includes('users'), 'the earlier pending migration was rolled back too');
        } finally {
          await fresh.drop();
        }
      });

      it('0011 and 0012 keep every signal, one per bank, type and value, and count each bank’s live ones', async () => {
        const fresh = await createDatabase();
        try {
          const before = Object.fromEntries(
            Object.entries(migrationsFor(storage.dialect)).filter(([name]) => name < '0011'),
          );
          const bank = (id: string) => ({
            id,
            name: id,
            description: '',
            origin_node_id: 'node-a',
            handling: JSON.stringify(DEFAULT_HANDLING),
            change_seq: 2,
            created_at: T0,
            updated_at: T0,
          });
          const signal = (id: string, bankId: string, value: string, seq: number) => ({
            id,
            bank_id: bankId,
            type: 'md5',
            value,
            contributor: 'node-a',
            confirmations: 0,
            handling: JSON.stringify(DEFAULT_HANDLING),
            created_at: T0,
            updated_at: T0,
            retracted_at: seq === 2 ? T0 : null,
            change_seq: seq,
            remote_id: `remote-${id}`,
          });
          const v1 = 'a'.repeat(32);
          const v2 = 'b'.repeat(32);
          const rows = await withRawDatabase(fresh.location, async (raw) => {
            const r = await migrateToLatest(raw, storage.dialect, before);
            assert.ok(r.ok && r.value.version === '0010_subscription_progress');
            const any = raw as Kysely<Record<string, Record<string, unknown>>>;
            await any
              .insertInto('banks')
              .values([bank('b1'), bank('b2')])
              .execute();
            await any
              .insertInto('signals')
              .values([
                signal('s1', 'b1', v1, 1),
                signal('s2', 'b2', v1, 1),
                signal('s3', 'b1', v2, 2),
              ])
              .execute();
            return any.selectFrom('signals').selectAll().orderBy('id').execute();
          });
          const opened = await openStorage(fresh.location);
          assert.ok(opened.ok, opened.ok ? '' : opened.error.message);
          const upgraded = opened.value.storage;
          try {
            assert.deepEqual(opened.value.migration.applied, [
              '0011_signal_key_index',
              '0012_bank_signal_count',
              '0013_outbox_rowid',
              '0014_peer_version',
            ]);
            // 0012 counts what each bank held: s3 was retracted.
            assert.equal((await upgraded.banks.get('b1'))?.signalCount, 1);
            assert.equal((await upgraded.banks.get('b2'))?.signalCount, 1);
            await withRawDatabase(fresh.location, async (raw) => {
              const any = raw as Kysely<Record<string, Record<string, unknown>>>;
              const after = await any.selectFrom('signals').selectAll().orderBy('id').execute();
              assert.deepEqual(after, rows, 'every row and column as it was');
              const indexes = (
                await sql<{ name: string }>`${sql.raw(
                  storage.dialect === 'sqlite'
                    ? "select name from sqlite_master where type = 'index' and tbl_name = 'signals'"
                    : "select indexname as name from pg_indexes where tablename = 'signals'",
                )}`.execute(raw)
              ).rows.map((r) => r.name);
              assert.ok(indexes.includes('signals_type_value_bank'), indexes.join());
              assert.ok(!indexes.includes('signals_type_value'), indexes.join());
              await assert.rejects(
                any
                  .insertInto('signals')
                  .values(signal('s4', 'b1', v1, 3))
                  .execute(),
                /unique|UNIQUE/,
              );
            });
            // Matching across banks and a bank's own lookups both still find them.
            const matched = await upgraded.signals.findByValues('md5', [v1, v2]);
            assert.deepEqual(matched.map((m) => m.id).sort(), ['s1', 's2']);
            const again = await upgraded.signals.upsert(
              'b1',
              [{ ...(await upgraded.signals.get('s1'))!, comments: null }],
              T0,
            );
            assert.deepEqual(again, { inserted: 0, updated: 0, unchanged: 1 });
            // The bank reference still cascades.
            await withRawDatabase(fresh.location, async (raw) => {
              if (storage.dialect === 'sqlite') await sql`pragma foreign_keys = on`.execute(raw);
              await sql`delete from banks where id = 'b2'`.execute(raw);
            });
            assert.equal(await upgraded.signals.get('s2'), null);
          } finally {
            await upgraded.close();
          }
        } finally {
          await fresh.drop();
        }
      });

      it('refuses a database written by a newer version, changing nothing', async () => {
        await storage.users.create(user());
        await rawConnection(
          db.location,
          sql`insert into concord_migration (name, timestamp) values ('9999_future', ${T0})`,
        );
        const reopened = await openStorage(db.location);
        assert.equal(reopened.ok, false);
        assert.equal(!reopened.ok && reopened.error.code, 'database_too_new');
        assert.match(!reopened.ok ? reopened.error.message : '', /9999_future/);
        assert.equal((await storage.users.findByUsername('alice'))?.username, 'alice');
      });
    });

    describe('users', () => {
      it('creates a user and finds it by id and by username in any case', async () => {
        const created = await storage.users.create(user({ username: 'Alice', role: 'auditor' }));
        assert.ok(!('kind' in created));
        assert.equal(created.username, 'Alice');
        const byName = await storage.users.findByUsername('ALICE');
        assert.equal(byName?.username, 'alice');
        assert.equal(byName?.role, 'auditor');
        assert.equal((await storage.users.findById('id-Alice'))?.displayName, 'Alice');
      });

      it('reports a taken username as a conflict', async () => {
        await storage.users.create(user());
        const second = await storage.users.create(user({ id: 'other', username: 'ALICE' }));
        assert.deepEqual(second, { kind: 'conflict', field: 'username' });
        assert.equal(await storage.users.count(), 1);
      });

      it('pages users in username order with the total', async () => {
        for (const n of ['dave', 'bob', 'erin', 'carol', 'alice'])
          await storage.users.create(user({ username: n }));
        const page = await storage.users.list({ offset: 1, limit: 2 });
        assert.equal(page.total, 5);
        assert.deepEqual(
          page.items.map((u) => u.username),
          ['bob', 'carol'],
        );
      });

      it('updates only the fields given and round-trips every field', async () => {
        await storage.users.create(user());
        const updated = await storage.users.update('id-alice', {
          updatedAt: '2026-03-02T00:00:00.000Z',
          role: 'legal',
          mustChangePassword: true,
          totpSecretSealed: 'sealed',
          totpEnabled: true,
          totpRequired: true,
          disabled: true,
          failedSignIns: 3,
          lockedUntil: '2026-03-02T00:15:00.000Z',
          locale: 'fr',
        });
        assert.deepEqual(updated, {
          ...user(),
          role: 'legal',
          mustChangePassword: true,
          totpSecretSealed: 'sealed',
          totpEnabled: true,
          totpRequired: true,
          disabled: true,
          failedSignIns: 3,
          lockedUntil: '2026-03-02T00:15:00.000Z',
          locale: 'fr',
          updatedAt: '2026-03-02T00:00:00.000Z',
        });
        assert.equal(await storage.users.update('missing', { updatedAt: T0 }), null);
      });

      it('accepts each TOTP step once and never an older one', async () => {
        await storage.users.create(user());
        assert.equal(await storage.users.claimTotpStep('id-alice', 100), true);
        assert.equal(await storage.users.claimTotpStep('id-alice', 100), false);
        assert.equal(await storage.users.claimTotpStep('id-alice', 99), false);
        assert.equal(await storage.users.claimTotpStep('id-alice', 101), true);
        assert.equal((await storage.users.findById('id-alice'))?.totpLastStep, 101);
      });
    });

    describe('sessions', () => {
      const session = (idHash: string, expiresAt = '2026-03-01T18:00:00.000Z') => ({
        idHash,
        userId: 'id-alice',
        state: 'active' as const,
        csrfToken: `csrf-${idHash}`,
        createdAt: T0,
        lastSeenAt: T0,
        expiresAt,
        clientAddress: '10.0.0.1',
      });

      it('stores, updates, finds and deletes a session', async () => {
        await storage.users.create(user());
        await storage.sessions.create({ ...session('s1'), state: 'second_factor_pending' });
        await storage.sessions.update('s1', {
          state: 'active',
          lastSeenAt: '2026-03-01T11:00:00.000Z',
        });
        const found = await storage.sessions.find('s1');
        assert.deepEqual(found, { ...session('s1'), lastSeenAt: '2026-03-01T11:00:00.000Z' });
        await storage.sessions.delete('s1');
        assert.equal(await storage.sessions.find('s1'), null);
      });

      it('ends all of a user’s sessions but the one kept, and expired ones', async () => {
        await storage.users.create(user());
        await storage.sessions.create(session('a'));
        await storage.sessions.create(session('b'));
        await storage.sessions.create(session('c', '2026-03-01T09:00:00.000Z'));
        assert.equal(await storage.sessions.deleteExpired(T0), 1);
        assert.equal(await storage.sessions.deleteForUser('id-alice', 'b'), 1);
        assert.equal((await storage.sessions.find('b'))?.idHash, 'b');
        assert.equal(await storage.sessions.find('a'), null);
      });

      it('refuses a session for a user that does not exist', async () => {
        await assert.rejects(storage.sessions.create(session('orphan')));
      });
    });

    describe('API tokens', () => {
      const token = (id: string, createdAt = T0) => ({
        id,
        userId: 'id-alice',
        name: `token ${id}`,
        tokenHash: `hash-${id}`,
        scopes: ['node:read', 'audit:read'] as const,
        createdAt,
        expiresAt: '2026-06-01T00:00:00.000Z',
        lastUsedAt: null,
        revokedAt: null,
      });

      it('finds a token by hash with its scopes, lists newest first, revokes once', async () => {
        await storage.users.create(user());
        await storage.users.create(user({ username: 'bob' }));
        await storage.apiTokens.create(token('t1'));
        await storage.apiTokens.create(token('t2', '2026-03-01T11:00:00.000Z'));
        assert.deepEqual(await storage.apiTokens.findByHash('hash-t1'), token('t1'));
        assert.deepEqual(
          (await storage.apiTokens.listForUser('id-alice')).map((t) => t.id),
          ['t2', 't1'],
        );
        assert.equal(await storage.apiTokens.revoke('t1', 'id-bob', T0), false, 'not your token');
        assert.equal(await storage.apiTokens.revoke('t1', 'id-alice', T0), true);
        assert.equal(
          await storage.apiTokens.revoke('t1', 'id-alice', T0),
          false,
          'already revoked',
        );
        await storage.apiTokens.touch('t2', '2026-03-01T12:00:00.000Z');
        assert.equal(
          (await storage.apiTokens.findByHash('hash-t2'))?.lastUsedAt,
          '2026-03-01T12:00:00.000Z',
        );
        assert.equal((await storage.apiTokens.findByHash('hash-t1'))?.revokedAt, T0);
      });
    });

    describe('sign-in attempts', () => {
      it('counts recent failures per address and prunes old ones', async () => {
        const at = (m: number) => `2026-03-01T10:${String(m).padStart(2, '0')}:00.000Z`;
        for (const m of [1, 2, 3])
          await storage.signInAttempts.record({
            at: at(m),
            username: 'x',
            clientAddress: '10.0.0.9',
            success: false,
          });
        await storage.signInAttempts.record({
          at: at(4),
          username: 'x',
          clientAddress: '10.0.0.9',
          success: true,
        });
        await storage.signInAttempts.record({
          at: at(4),
          username: 'x',
          clientAddress: '10.0.0.8',
          success: false,
        });
        assert.equal(await storage.signInAttempts.countFailuresByAddress('10.0.0.9', at(1)), 2);
        assert.equal(await storage.signInAttempts.prune(at(3)), 2);
        assert.equal(await storage.signInAttempts.countFailuresByAddress('10.0.0.9', at(0)), 1);
      });
    });

    describe('audit', () => {
      it('appends a linear, verifiable chain', async () => {
        for (let i = 0; i < 20; i++) await storage.audit.append(event({ objectId: `o${i}` }));
        const verdict = await verifyChain(storage);
        assert.equal(verdict.intact, true);
        assert.equal(verdict.count, 20);
        assert.equal((await storage.audit.head()).seq, 20);
      });

      it('keeps the chain linear under concurrent appends', async () => {
        const appended = await Promise.all(
          Array.from({ length: 40 }, (_, i) => storage.audit.append(event({ objectId: `c${i}` }))),
        );
        assert.deepEqual(
          appended.map((e) => e.seq).sort((a, b) => a - b),
          Array.from({ length: 40 }, (_, i) => i + 1),
        );
        assert.equal((await verifyChain(storage)).intact, true);
      });

      it('appends a batch in order as one stretch of the chain, between single appends', async () => {
        await storage.audit.append(event({ objectId: 'before' }));
        const batch = await storage.audit.appendMany(
          Array.from({ length: 230 }, (_, i) => event({ objectId: `b${i}` })),
        );
        await storage.audit.append(event({ objectId: 'after' }));
        assert.deepEqual(
          batch.map((e) => e.seq),
          Array.from({ length: 230 }, (_, i) => i + 2),
        );
        assert.equal(batch[0]?.objectId, 'b0');
        assert.deepEqual(await storage.audit.appendMany([]), []);
        const verdict = await verifyChain(storage);
        assert.equal(verdict.intact, true);
        assert.equal(verdict.count, 232);
        const newest = await storage.audit.list({}, { offset: 0, limit: 2 });
        assert.deepEqual(
          newest.items.map((e) => e.objectId),
          ['after', 'b229'],
        );
      });

      it('filters by actor, action family, object, outcome and time, newest first, paged', async () => {
        const at = (h: number) => `2026-03-0${h}T00:00:00.000Z`;
        await storage.audit.append(event({ at: at(1), action: 'user.create' }));
        await storage.audit.append(event({ at: at(2), action: 'user.update', actorName: 'bob' }));
        await storage.audit.append(
          event({
            at: at(3),
            action: 'session.sign_in',
            outcome: 'failure',
            objectType: null,
            objectId: null,
          }),
        );
        await storage.audit.append(event({ at: at(4), action: 'user_x.create' }));
        await storage.audit.append(
          event({ at: at(5), action: 'user.update', objectId: 'id-carol' }),
        );
        const users = await storage.audit.list({ action: 'user.' }, { offset: 0, limit: 10 });
        assert.deepEqual(
          users.items.map((e) => e.seq),
          [5, 2, 1],
        );
        assert.equal(
          (await storage.audit.list({ action: 'user.update' }, { offset: 0, limit: 10 })).total,
          2,
        );
        assert.deepEqual(
          (await storage.audit.list({ actor: 'bob' }, { offset: 0, limit: 10 })).items.map(
            (e) => e.seq,
          ),
          [2],
        );
        assert.deepEqual(
          (await storage.audit.list({ outcome: 'failure' }, { offset: 0, limit: 10 })).items.map(
            (e) => e.seq,
          ),
          [3],
        );
        assert.deepEqual(
          (
            await storage.audit.list(
              { objectType: 'user', objectId: 'id-carol' },
              { offset: 0, limit: 10 },
            )
          ).items.map((e) => e.seq),
          [5],
        );
        assert.deepEqual(
          (
            await storage.audit.list({ from: at(2), to: at(4) }, { offset: 0, limit: 10 })
          ).items.map((e) => e.seq),
          [4, 3, 2],
        );
        assert.deepEqual(
          (await storage.audit.list({ maxSeq: 3 }, { offset: 0, limit: 10 })).items.map(
            (e) => e.seq,
          ),
          [3, 2, 1],
        );
        const paged = await storage.audit.list({}, { offset: 2, limit: 2 });
        assert.equal(paged.total, 5);
        assert.deepEqual(
          paged.items.map((e) => e.seq),
          [3, 2],
        );
      });

      it('round-trips every field of an event', async () => {
        const e = event({
          purpose: 'oversight',
          details: { role: 'analyst', count: 3, flag: true, none: null },
        });
        const appended = await storage.audit.append(e);
        const [read] = (await storage.audit.list({}, { offset: 0, limit: 1 })).items;
        assert.deepEqual(read, appended);
      });

      it('refuses to update or delete audit events at the database', async () => {
        await storage.audit.append(event());
        await assert.rejects(
          rawConnection(db.location, sql`update audit_events set outcome = 'failure'`),
          /append-only/,
        );
        await assert.rejects(
          rawConnection(db.location, sql`delete from audit_events`),
          /append-only/,
        );
        assert.equal((await verifyChain(storage)).intact, true);
      });
    });

    describe('node identity', () => {
      it('holds exactly one identity', async () => {
        assert.equal(await storage.identity.get(), null);
        const identity = {
          nodeId: 'node-1',
          name: 'Test Unit',
          jurisdiction: 'FR',
          signingPublicKey: 'spk',
          encryptionPublicKey: 'epk',
          signingPrivateKeySealed: 'ssk',
          encryptionPrivateKeySealed: 'esk',
          createdAt: T0,
          keysSince: null,
        };
        assert.equal(await storage.identity.create(identity), undefined);
        assert.deepEqual(await storage.identity.create({ ...identity, nodeId: 'node-2' }), {
          kind: 'conflict',
          field: 'node_identity',
        });
        assert.deepEqual(await storage.identity.get(), identity);
      });

      it('rotates keys and keeps the retired ones until their window ends', async () => {
        const identity = {
          nodeId: 'node-1',
          name: 'Test Unit',
          jurisdiction: 'FR',
          signingPublicKey: 'spk',
          encryptionPublicKey: 'epk',
          signingPrivateKeySealed: 'ssk',
          encryptionPrivateKeySealed: 'esk',
          createdAt: T0,
          keysSince: null,
        };
        assert.equal(await storage.identity.create(identity), undefined);
        const retired = [
          {
            kid: 's-old',
            purpose: 'signing' as const,
            publicKey: 'spk',
            privateKeySealed: null,
            validFrom: T0,
            validUntil: '2026-03-08T10:00:00.000Z',
            rotation: '{"oldKid":"s-old"}',
          },
          {
            kid: 'e-old',
            purpose: 'encryption' as const,
            publicKey: 'epk',
            privateKeySealed: 'esk',
            validFrom: T0,
            validUntil: '2026-03-08T10:00:00.000Z',
            rotation: null,
          },
        ];
        const update = {
          signingPublicKey: 'spk2',
          encryptionPublicKey: 'epk2',
          signingPrivateKeySealed: 'ssk2',
          encryptionPrivateKeySealed: 'esk2',
          keysSince: '2026-03-01T11:00:00.000Z',
        };
        await storage.identity.rotateKeys(update, retired);
        assert.deepEqual(await storage.identity.get(), { ...identity, ...update });
        assert.deepEqual(
          (await storage.identity.retiredKeys('2026-03-07T00:00:00.000Z')).map((k) => k.kid).sort(),
          ['e-old', 's-old'],
        );
        assert.deepEqual(
          (await storage.identity.retiredKeys('2026-03-07T00:00:00.000Z')).find(
            (k) => k.kid === 'e-old',
          ),
          retired[1],
        );
        assert.deepEqual(await storage.identity.retiredKeys('2026-03-08T10:00:00.000Z'), []);
        // A kid is retired once: a second rotation reusing it fails and changes nothing.
        await assert.rejects(
          storage.identity.rotateKeys({ ...update, signingPublicKey: 'spk3' }, retired),
        );
        assert.equal((await storage.identity.get())?.signingPublicKey, 'spk2');
      });
    });

    bankContract(() => storage);
    scanReportContract(() => storage);
    federationContract(
      () => storage,
      () => db.location,
    );
    lawProfileContract(() => storage);

    describe('transactions', () => {
      it('commits everything together', async () => {
        await storage.transaction(async (tx) => {
          await tx.users.create(user());
          await tx.audit.append(event());
        });
        assert.equal(await storage.users.count(), 1);
        assert.equal((await storage.audit.head()).seq, 1);
      });

      it('rolls everything back when the work throws, the audit chain included', async () => {
        await storage.audit.append(event());
        await assert.rejects(
          storage.transaction(async (tx) => {
            await tx.users.create(user());
            await tx.audit.append(event());
            throw new Error('boom');
          }),
          /boom/,
        );
        assert.equal(await storage.users.count(), 0);
        assert.equal((await storage.audit.head()).seq, 1);
        assert.equal((await verifyChain(storage)).intact, true);
      });
    });
  });
}
