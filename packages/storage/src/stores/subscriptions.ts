import type { Kysely, Selectable } from 'kysely';
import {
  SUBSCRIPTION_STATUSES,
  type SubscriptionRecord,
  type SubscriptionStatus,
  type SubscriptionStore,
} from '../ports.ts';
import type { Database, SubscriptionsTable } from '../schema.ts';
import { isUniqueViolation } from './unique-violation.ts';

export function kyselySubscriptionStore(db: Kysely<Database>): SubscriptionStore {
  return {
    async create(s) {
      try {
        await db
          .insertInto('subscriptions')
          .values({
            id: s.id,
            peer_node_id: s.peerNodeId,
            remote_bank_id: s.remoteBankId,
            local_bank_id: s.localBankId,
            cursor: s.cursor,
            status: s.status,
            created_at: s.createdAt,
            last_sync_at: s.lastSyncAt,
            last_error: s.lastError,
            remote_head: s.remoteHead,
          })
          .execute();
      } catch (error) {
        if (isUniqueViolation(error)) return { kind: 'conflict', field: 'remote_bank_id' };
        throw error;
      }
      return undefined;
    },
    async get(id) {
      const r = await db
        .selectFrom('subscriptions')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return r ? fromRow(r) : null;
    },
    async list() {
      return (await db.selectFrom('subscriptions').selectAll().orderBy('created_at').execute()).map(
        fromRow,
      );
    },
    async update(id, patch) {
      const set: Partial<SubscriptionsTable> = {};
      if (patch.cursor !== undefined) set.cursor = patch.cursor;
      if (patch.status !== undefined) set.status = patch.status;
      if (patch.lastSyncAt !== undefined) set.last_sync_at = patch.lastSyncAt;
      if (patch.lastError !== undefined) set.last_error = patch.lastError;
      if (patch.remoteHead !== undefined) set.remote_head = patch.remoteHead;
      await db.updateTable('subscriptions').set(set).where('id', '=', id).execute();
    },
  };
}

function fromRow(r: Selectable<SubscriptionsTable>): SubscriptionRecord {
  const status = SUBSCRIPTION_STATUSES.find((s): s is SubscriptionStatus => s === r.status);
  if (!status) throw new Error(`subscription ${r.id} has unknown status ${r.status}`);
  return {
    id: r.id,
    peerNodeId: r.peer_node_id,
    remoteBankId: r.remote_bank_id,
    localBankId: r.local_bank_id,
    cursor: Number(r.cursor),
    status,
    createdAt: r.created_at,
    lastSyncAt: r.last_sync_at,
    lastError: r.last_error,
    remoteHead: r.remote_head === null ? null : Number(r.remote_head),
  };
}
