import type { Kysely } from 'kysely';
import type { NodeIdentityStore, RetiredKeyRecord } from '../ports.ts';
import type { Database, NodeRetiredKeysTable } from '../schema.ts';
import { isUniqueViolation } from './unique-violation.ts';

type RunInTransaction = <T>(fn: (trx: Kysely<Database>) => Promise<T>) => Promise<T>;

function retiredKeyFromRow(r: NodeRetiredKeysTable): RetiredKeyRecord {
  return {
    kid: r.kid,
    purpose: r.purpose,
    publicKey: r.public_key,
    privateKeySealed: r.private_key_sealed,
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    rotation: r.rotation,
  };
}

export function kyselyNodeIdentityStore(
  db: Kysely<Database>,
  runInTransaction: RunInTransaction,
): NodeIdentityStore {
  return {
    async get() {
      const r = await db
        .selectFrom('node_identity')
        .selectAll()
        .where('id', '=', 1)
        .executeTakeFirst();
      if (!r) return null;
      return {
        nodeId: r.node_id,
        name: r.name,
        jurisdiction: r.jurisdiction,
        signingPublicKey: r.signing_public_key,
        encryptionPublicKey: r.encryption_public_key,
        signingPrivateKeySealed: r.signing_private_key_sealed,
        encryptionPrivateKeySealed: r.encryption_private_key_sealed,
        createdAt: r.created_at,
        keysSince: r.keys_since,
      };
    },
    async create(i) {
      try {
        await db
          .insertInto('node_identity')
          .values({
            id: 1,
            node_id: i.nodeId,
            name: i.name,
            jurisdiction: i.jurisdiction,
            signing_public_key: i.signingPublicKey,
            encryption_public_key: i.encryptionPublicKey,
            signing_private_key_sealed: i.signingPrivateKeySealed,
            encryption_private_key_sealed: i.encryptionPrivateKeySealed,
            created_at: i.createdAt,
            keys_since: i.keysSince,
          })
          .execute();
      } catch (error) {
        if (isUniqueViolation(error)) return { kind: 'conflict', field: 'node_identity' };
        throw error;
      }
      return undefined;
    },
    async rotateKeys(update, retired) {
      await runInTransaction(async (trx) => {
        const changed = await trx
          .updateTable('node_identity')
          .set({
            signing_public_key: update.signingPublicKey,
            encryption_public_key: update.encryptionPublicKey,
            signing_private_key_sealed: update.signingPrivateKeySealed,
            encryption_private_key_sealed: update.encryptionPrivateKeySealed,
            keys_since: update.keysSince,
          })
          .where('id', '=', 1)
          .executeTakeFirst();
        if (Number(changed.numUpdatedRows) !== 1) throw new Error('no node identity to rotate');
        for (const k of retired) {
          await trx
            .insertInto('node_retired_keys')
            .values({
              kid: k.kid,
              purpose: k.purpose,
              public_key: k.publicKey,
              private_key_sealed: k.privateKeySealed,
              valid_from: k.validFrom,
              valid_until: k.validUntil,
              rotation: k.rotation,
            })
            .execute();
        }
      });
    },
    async retiredKeys(now) {
      const rows = await db
        .selectFrom('node_retired_keys')
        .selectAll()
        .where('valid_until', '>', now)
        .orderBy('valid_from')
        .orderBy('kid')
        .execute();
      return rows.map(retiredKeyFromRow);
    },
  };
}
