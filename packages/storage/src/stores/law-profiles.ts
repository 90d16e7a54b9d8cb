import type { Kysely, Selectable } from 'kysely';
import {
  LAW_PROFILE_VIAS,
  type LawProfileRecord,
  type LawProfileStore,
  type LawProfileVia,
} from '../ports.ts';
import type { Database, LawProfilesTable } from '../schema.ts';

export function kyselyLawProfileStore(db: Kysely<Database>): LawProfileStore {
  return {
    async add(p) {
      const result = await db
        .insertInto('law_profiles')
        .values({
          id: p.id,
          jurisdiction: p.jurisdiction,
          publisher_node_id: p.publisherNodeId,
          publisher_name: p.publisherName,
          published_at: p.publishedAt,
          document: p.document,
          signature: JSON.stringify(p.signature),
          received_at: p.receivedAt,
          received_via: p.receivedVia,
          received_from: p.receivedFrom,
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
    },
    async get(id) {
      const row = await db
        .selectFrom('law_profiles')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? fromRow(row) : null;
    },
    async list(jurisdiction) {
      let query = db.selectFrom('law_profiles').selectAll();
      if (jurisdiction !== undefined) query = query.where('jurisdiction', '=', jurisdiction);
      const rows = await query
        .orderBy('published_at', 'desc')
        .orderBy('received_at', 'desc')
        .orderBy('id')
        .execute();
      return rows.map(fromRow);
    },
  };
}

function isVia(value: string): value is LawProfileVia {
  return (LAW_PROFILE_VIAS as readonly string[]).includes(value);
}

function fromRow(r: Selectable<LawProfilesTable>): LawProfileRecord {
  if (!isVia(r.received_via))
    throw new Error(`law profile ${r.id}: unknown received_via ${r.received_via}`);
  const signature: unknown = JSON.parse(r.signature);
  if (
    typeof signature !== 'object' ||
    signature === null ||
    !('alg' in signature && typeof signature.alg === 'string') ||
    !('keyId' in signature && typeof signature.keyId === 'string') ||
    !('value' in signature && typeof signature.value === 'string')
  )
    throw new Error(`law profile ${r.id}: its stored signature is not {alg, keyId, value}`);
  return {
    id: r.id,
    jurisdiction: r.jurisdiction,
    publisherNodeId: r.publisher_node_id,
    publisherName: r.publisher_name,
    publishedAt: r.published_at,
    document: r.document,
    signature: { alg: signature.alg, keyId: signature.keyId, value: signature.value },
    receivedAt: r.received_at,
    receivedVia: r.received_via,
    receivedFrom: r.received_from,
  };
}
