import type { Kysely, Selectable } from 'kysely';
import { parseHandlingCode } from '@concord/core';
import type { BankOfferRecord, BankOfferStore } from '../ports.ts';
import type { BankOffersTable, Database } from '../schema.ts';

export function kyselyBankOfferStore(db: Kysely<Database>): BankOfferStore {
  return {
    async save(o) {
      const row = {
        peer_node_id: o.peerNodeId,
        remote_bank_id: o.remoteBankId,
        name: o.name,
        description: o.description,
        handling: JSON.stringify(o.handling),
        signal_count: o.signalCount,
        offered_at: o.offeredAt,
      };
      const { peer_node_id: _p, remote_bank_id: _r, ...changes } = row;
      await db
        .insertInto('bank_offers')
        .values(row)
        .onConflict((oc) => oc.columns(['peer_node_id', 'remote_bank_id']).doUpdateSet(changes))
        .execute();
    },
    async list() {
      return (
        await db.selectFrom('bank_offers').selectAll().orderBy('offered_at', 'desc').execute()
      ).map(fromRow);
    },
    async get(peerNodeId, remoteBankId) {
      const row = await db
        .selectFrom('bank_offers')
        .selectAll()
        .where('peer_node_id', '=', peerNodeId)
        .where('remote_bank_id', '=', remoteBankId)
        .executeTakeFirst();
      return row ? fromRow(row) : null;
    },
  };
}

function fromRow(r: Selectable<BankOffersTable>): BankOfferRecord {
  const handling = parseHandlingCode(JSON.parse(r.handling));
  if (!handling.ok) throw new Error(`bank offer ${r.remote_bank_id}: ${handling.error.message}`);
  return {
    peerNodeId: r.peer_node_id,
    remoteBankId: r.remote_bank_id,
    name: r.name,
    description: r.description,
    handling: handling.value,
    signalCount: r.signal_count,
    offeredAt: r.offered_at,
  };
}
