import { CompiledQuery, type Kysely, type Selectable } from 'kysely';
import type { JsonValue } from '@concord/core';
import {
  PEER_STATUSES,
  type PeerRecord,
  type PeerStatus,
  type PeerStore,
  type StorageDialect,
  type TrustAnchorStore,
} from '../ports.ts';
import type { Database, PeersTable } from '../schema.ts';
import { isUniqueViolation } from './unique-violation.ts';

const PEER_VERSION = CompiledQuery.raw("select value from counters where name = 'peers'", []);

export function kyselyPeerStore(db: Kysely<Database>, dialect: StorageDialect): PeerStore {
  return {
    async save(p) {
      const row = {
        node_id: p.nodeId,
        name: p.name,
        organisation: p.organisation,
        kind: p.kind,
        jurisdiction: p.jurisdiction,
        endpoint: p.endpoint,
        card: JSON.stringify(p.card),
        fingerprint: p.fingerprint,
        status: p.status,
        trusted_via: p.trustedVia,
        added_at: p.addedAt,
        updated_at: p.updatedAt,
      };
      const { node_id: _id, added_at: _added, status: _status, ...changes } = row;
      await db
        .insertInto('peers')
        .values({ ...row, last_contact_at: null, last_error: null, last_error_message_id: null })
        .onConflict((oc) => oc.column('node_id').doUpdateSet(changes))
        .execute();
    },
    async get(nodeId) {
      const row = await db
        .selectFrom('peers')
        .selectAll()
        .where('node_id', '=', nodeId)
        .executeTakeFirst();
      return row ? fromRow(row) : null;
    },
    async version() {
      if (dialect === 'postgres') return null;
      // Built once: it is read for every message a node seals.
      const r = await db.executeQuery<{ value: number | string }>(PEER_VERSION);
      const value = r.rows[0]?.value;
      if (value === undefined) throw new Error('the peers counter row is missing');
      return Number(value);
    },
    async list() {
      return (await db.selectFrom('peers').selectAll().orderBy('name').execute()).map(fromRow);
    },
    async setStatus(nodeId, status, at) {
      const r = await db
        .updateTable('peers')
        .set({ status, updated_at: at })
        .where('node_id', '=', nodeId)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async remove(nodeId) {
      const r = await db.deleteFrom('peers').where('node_id', '=', nodeId).executeTakeFirst();
      return Number(r.numDeletedRows) === 1;
    },
    async recordContact(nodeId, at, error) {
      await db
        .updateTable('peers')
        .set(
          error
            ? { last_error: error.message, last_error_message_id: error.messageId }
            : { last_contact_at: at, last_error: null, last_error_message_id: null },
        )
        .where('node_id', '=', nodeId)
        .execute();
    },
  };
}

function fromRow(r: Selectable<PeersTable>): PeerRecord {
  const status = PEER_STATUSES.find((s): s is PeerStatus => s === r.status);
  if (!status) throw new Error(`peer ${r.node_id} has unknown status ${r.status}`);
  return {
    nodeId: r.node_id,
    name: r.name,
    organisation: r.organisation,
    kind: r.kind,
    jurisdiction: r.jurisdiction,
    endpoint: r.endpoint,
    card: JSON.parse(r.card) as JsonValue,
    fingerprint: r.fingerprint,
    status,
    trustedVia: r.trusted_via,
    addedAt: r.added_at,
    updatedAt: r.updated_at,
    lastContactAt: r.last_contact_at,
    lastError: r.last_error,
    lastErrorMessageId: r.last_error_message_id,
  };
}

export function kyselyTrustAnchorStore(db: Kysely<Database>): TrustAnchorStore {
  return {
    async add(a) {
      try {
        await db
          .insertInto('trust_anchors')
          .values({ id: a.id, name: a.name, public_key: a.publicKey, added_at: a.addedAt })
          .execute();
      } catch (error) {
        if (isUniqueViolation(error)) return { kind: 'conflict', field: 'id' };
        throw error;
      }
      return undefined;
    },
    async list() {
      const rows = await db.selectFrom('trust_anchors').selectAll().orderBy('name').execute();
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        publicKey: r.public_key,
        addedAt: r.added_at,
      }));
    },
    async remove(id) {
      const r = await db.deleteFrom('trust_anchors').where('id', '=', id).executeTakeFirst();
      return Number(r.numDeletedRows) === 1;
    },
  };
}
