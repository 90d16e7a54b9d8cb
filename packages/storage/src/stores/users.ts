import type { Kysely, Selectable } from 'kysely';
import { isRole } from '@concord/core';
import type { NewUser, StoreConflict, UserPatch, UserRecord, UserStore } from '../ports.ts';
import type { Database, UsersTable } from '../schema.ts';
import { isUniqueViolation } from './unique-violation.ts';

export function kyselyUserStore(db: Kysely<Database>): UserStore {
  return {
    async create(user: NewUser): Promise<UserRecord | StoreConflict> {
      try {
        await db
          .insertInto('users')
          .values(toRow({ ...user, updatedAt: user.createdAt }))
          .execute();
      } catch (error) {
        if (isUniqueViolation(error)) return { kind: 'conflict', field: 'username' };
        throw error;
      }
      return { ...user, updatedAt: user.createdAt };
    },
    async findById(id) {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? fromRow(row) : null;
    },
    async findByUsername(username) {
      const row = await db
        .selectFrom('users')
        .selectAll()
        .where('username', '=', username.toLowerCase())
        .executeTakeFirst();
      return row ? fromRow(row) : null;
    },
    async list({ offset, limit }) {
      const [rows, total] = await Promise.all([
        db
          .selectFrom('users')
          .selectAll()
          .orderBy('username')
          .offset(offset)
          .limit(limit)
          .execute(),
        db
          .selectFrom('users')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(fromRow), total: Number(total.n) };
    },
    async update(id, patch: UserPatch) {
      const result = await db
        .updateTable('users')
        .set(patchRow(patch))
        .where('id', '=', id)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return null;
      const row = await db
        .selectFrom('users')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      return fromRow(row);
    },
    async claimTotpStep(id, step) {
      const result = await db
        .updateTable('users')
        .set({ totp_last_step: step })
        .where('id', '=', id)
        .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async count() {
      const r = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
  };
}

function toRow(u: UserRecord): UsersTable {
  return {
    id: u.id,
    username: u.username.toLowerCase(),
    display_name: u.displayName,
    role: u.role,
    password_hash: u.passwordHash,
    must_change_password: u.mustChangePassword ? 1 : 0,
    totp_secret_sealed: u.totpSecretSealed,
    totp_enabled: u.totpEnabled ? 1 : 0,
    totp_required: u.totpRequired ? 1 : 0,
    totp_last_step: u.totpLastStep,
    disabled: u.disabled ? 1 : 0,
    failed_sign_ins: u.failedSignIns,
    locked_until: u.lockedUntil,
    locale: u.locale,
    created_at: u.createdAt,
    updated_at: u.updatedAt,
  };
}

function patchRow(p: UserPatch): Partial<UsersTable> {
  const row: Partial<UsersTable> = { updated_at: p.updatedAt };
  if (p.displayName !== undefined) row.display_name = p.displayName;
  if (p.role !== undefined) row.role = p.role;
  if (p.passwordHash !== undefined) row.password_hash = p.passwordHash;
  if (p.mustChangePassword !== undefined) row.must_change_password = p.mustChangePassword ? 1 : 0;
  if (p.totpSecretSealed !== undefined) row.totp_secret_sealed = p.totpSecretSealed;
  if (p.totpEnabled !== undefined) row.totp_enabled = p.totpEnabled ? 1 : 0;
  if (p.totpRequired !== undefined) row.totp_required = p.totpRequired ? 1 : 0;
  if (p.totpLastStep !== undefined) row.totp_last_step = p.totpLastStep;
  if (p.disabled !== undefined) row.disabled = p.disabled ? 1 : 0;
  if (p.failedSignIns !== undefined) row.failed_sign_ins = p.failedSignIns;
  if (p.lockedUntil !== undefined) row.locked_until = p.lockedUntil;
  if (p.locale !== undefined) row.locale = p.locale;
  return row;
}

function fromRow(r: Selectable<UsersTable>): UserRecord {
  if (!isRole(r.role)) throw new Error(`users row ${r.id} has unknown role ${r.role}`);
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    passwordHash: r.password_hash,
    mustChangePassword: r.must_change_password === 1,
    totpSecretSealed: r.totp_secret_sealed,
    totpEnabled: r.totp_enabled === 1,
    totpRequired: r.totp_required === 1,
    totpLastStep: r.totp_last_step === null ? null : Number(r.totp_last_step),
    disabled: r.disabled === 1,
    failedSignIns: r.failed_sign_ins,
    lockedUntil: r.locked_until,
    locale: r.locale,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
