import type { Kysely, Selectable, Updateable } from 'kysely';
import { parseHandlingCode, type HandlingCode } from '@concord/core';
import type { BankStore, BankSummary } from '../ports.ts';
import type { BanksTable, Database } from '../schema.ts';
import { isUniqueViolation } from './unique-violation.ts';

/** Handling codes are written by Concord; a row that does not parse was altered outside it. */
export function readHandling(json: string, where: string): HandlingCode {
  const parsed = parseHandlingCode(JSON.parse(json));
  if (!parsed.ok) throw new Error(`${where}: ${parsed.error.message}`);
  return parsed.value;
}

export function kyselyBankStore(db: Kysely<Database>): BankStore {
  const banks = () => db.selectFrom('banks').selectAll();
  return {
    async create(bank) {
      try {
        await db
          .insertInto('banks')
          .values({
            id: bank.id,
            name: bank.name,
            description: bank.description,
            origin_node_id: bank.originNodeId,
            handling: JSON.stringify(bank.handling),
            change_seq: 0,
            created_at: bank.createdAt,
            updated_at: bank.updatedAt,
          })
          .execute();
      } catch (error) {
        if (isUniqueViolation(error)) return { kind: 'conflict', field: 'name' };
        throw error;
      }
      return { ...bank, changeSeq: 0 };
    },
    async list() {
      return (await banks().orderBy('name').execute()).map(fromRow);
    },
    async get(id) {
      const row = await banks().where('id', '=', id).executeTakeFirst();
      return row ? fromRow(row) : null;
    },
    async findByName(name) {
      const row = await banks().where('name', '=', name).executeTakeFirst();
      return row ? fromRow(row) : null;
    },
    async update(id, patch) {
      const set: Updateable<BanksTable> = { updated_at: patch.updatedAt };
      if (patch.description !== undefined) set.description = patch.description;
      if (patch.handling !== undefined) set.handling = JSON.stringify(patch.handling);
      const r = await db.updateTable('banks').set(set).where('id', '=', id).executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) return null;
      const row = await banks().where('id', '=', id).executeTakeFirstOrThrow();
      return fromRow(row);
    },
  };
}

function fromRow(r: Selectable<BanksTable>): BankSummary {
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    originNodeId: r.origin_node_id,
    handling: readHandling(r.handling, `bank ${r.id}`),
    changeSeq: Number(r.change_seq),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    signalCount: Number(r.signal_count),
  };
}
