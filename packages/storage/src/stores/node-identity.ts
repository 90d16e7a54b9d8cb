import type { Kysely } from 'kysely';
import type { NodeIdentityStore } from '../ports.ts';
import type { Database } from '../schema.ts';
import { isUniqueViolation } from './unique-violation.ts';

export function kyselyNodeIdentityStore(db: Kysely<Database>): NodeIdentityStore {
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
          })
          .execute();
      } catch (error) {
        if (isUniqueViolation(error)) return { kind: 'conflict', field: 'node_identity' };
        throw error;
      }
      return undefined;
    },
  };
}
