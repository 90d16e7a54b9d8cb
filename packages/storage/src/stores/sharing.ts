import type { Kysely, Selectable } from 'kysely';
import { isSignalType, isTlp, parseHandlingCode, type SignalType } from '@concord/core';
import type { SharingRuleRecord, SharingStore, SharingTarget } from '../ports.ts';
import type { Database, SharingRulesTable } from '../schema.ts';
import { isUniqueViolation } from './unique-violation.ts';

export function kyselySharingStore(db: Kysely<Database>): SharingStore {
  return {
    async createGroup(g) {
      try {
        await db
          .insertInto('sharing_groups')
          .values({ id: g.id, name: g.name, created_at: g.createdAt })
          .execute();
      } catch (error) {
        if (isUniqueViolation(error)) return { kind: 'conflict', field: 'name' };
        throw error;
      }
      return undefined;
    },
    async listGroups() {
      const [groups, members] = await Promise.all([
        db.selectFrom('sharing_groups').selectAll().orderBy('name').execute(),
        db.selectFrom('sharing_group_members').selectAll().orderBy('peer_node_id').execute(),
      ]);
      return groups.map((g) => ({
        id: g.id,
        name: g.name,
        createdAt: g.created_at,
        members: members.filter((m) => m.group_id === g.id).map((m) => m.peer_node_id),
      }));
    },
    async setMembers(groupId, nodeIds) {
      const exists = await db
        .selectFrom('sharing_groups')
        .select('id')
        .where('id', '=', groupId)
        .executeTakeFirst();
      if (!exists) return false;
      await db.deleteFrom('sharing_group_members').where('group_id', '=', groupId).execute();
      if (nodeIds.length > 0) {
        await db
          .insertInto('sharing_group_members')
          .values(
            [...new Set(nodeIds)].map((peer_node_id) => ({ group_id: groupId, peer_node_id })),
          )
          .execute();
      }
      return true;
    },
    async deleteGroup(groupId) {
      const r = await db.deleteFrom('sharing_groups').where('id', '=', groupId).executeTakeFirst();
      return Number(r.numDeletedRows) === 1;
    },
    async addRule(rule) {
      await db
        .insertInto('sharing_rules')
        .values({
          id: rule.id,
          bank_id: rule.bankId,
          target_kind: rule.target.kind,
          target_id: rule.target.kind === 'peer' ? rule.target.nodeId : rule.target.groupId,
          signal_types: rule.signalTypes === null ? null : JSON.stringify(rule.signalTypes),
          grades: rule.grades === null ? null : JSON.stringify(rule.grades),
          max_tlp: rule.maxTlp,
          handling: rule.handling === null ? null : JSON.stringify(rule.handling),
          created_at: rule.createdAt,
          created_by: rule.createdBy,
        })
        .execute();
    },
    async listRules(bankId) {
      let q = db.selectFrom('sharing_rules').selectAll().orderBy('created_at').orderBy('id');
      if (bankId !== undefined) q = q.where('bank_id', '=', bankId);
      return (await q.execute()).map(fromRow);
    },
    async removeRule(id) {
      const r = await db.deleteFrom('sharing_rules').where('id', '=', id).executeTakeFirst();
      return Number(r.numDeletedRows) === 1;
    },
  };
}

function fromRow(r: Selectable<SharingRulesTable>): SharingRuleRecord {
  const target: SharingTarget =
    r.target_kind === 'group'
      ? { kind: 'group', groupId: r.target_id }
      : { kind: 'peer', nodeId: r.target_id };
  if (!isTlp(r.max_tlp)) throw new Error(`sharing rule ${r.id} has unknown TLP ${r.max_tlp}`);
  const handling = r.handling === null ? null : parseHandlingCode(JSON.parse(r.handling));
  if (handling && !handling.ok) throw new Error(`sharing rule ${r.id}: ${handling.error.message}`);
  const types: unknown = r.signal_types === null ? null : JSON.parse(r.signal_types);
  const grades: unknown = r.grades === null ? null : JSON.parse(r.grades);
  return {
    id: r.id,
    bankId: r.bank_id,
    target,
    signalTypes: Array.isArray(types)
      ? types.filter((t): t is SignalType => typeof t === 'string' && isSignalType(t))
      : null,
    grades: Array.isArray(grades) ? grades.filter((g): g is string => typeof g === 'string') : null,
    maxTlp: r.max_tlp,
    handling: handling ? handling.value : null,
    createdAt: r.created_at,
    createdBy: r.created_by,
  };
}
