import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PERMISSIONS, ROLES, can, permissionsOf } from './roles.ts';

describe('can', () => {
  it('lets only admins manage users', () => {
    for (const role of ROLES) assert.equal(can(role, 'users:write', null), role === 'admin', role);
  });
  it('lets admins and auditors read the audit trail', () => {
    for (const role of ROLES) {
      assert.equal(can(role, 'audit:read', null), role === 'admin' || role === 'auditor', role);
    }
  });
  it('lets every role read the node identity', () => {
    for (const role of ROLES) assert.equal(can(role, 'node:read', null), true, role);
  });
  it('narrows a role to a token scope and never widens it', () => {
    assert.equal(can('admin', 'users:write', ['users:read']), false);
    assert.equal(can('admin', 'users:read', ['users:read']), true);
    assert.equal(can('analyst', 'users:read', ['users:read']), false);
  });
  it('gives hash-bank work to analysts and victim identification, reading and matching to coordinators', () => {
    const holders = (p: Parameters<typeof can>[1]) => ROLES.filter((r) => can(r, p, null));
    assert.deepEqual(holders('banks:write'), ['admin', 'analyst', 'victim_id']);
    assert.deepEqual(holders('banks:export'), ['analyst', 'victim_id', 'coordinator']);
    assert.deepEqual(holders('match:run'), ['analyst', 'victim_id', 'coordinator']);
    assert.deepEqual(holders('banks:read'), ['admin', 'analyst', 'victim_id', 'coordinator']);
  });
  it('lets only admins manage peers, sharing and subscriptions, and bank workers see them', () => {
    const holders = (p: Parameters<typeof can>[1]) => ROLES.filter((r) => can(r, p, null));
    assert.deepEqual(holders('federation:admin'), ['admin']);
    assert.deepEqual(holders('federation:read'), ['admin', 'analyst', 'victim_id', 'coordinator']);
  });
  it('grants only known permissions', () => {
    for (const role of ROLES)
      for (const p of permissionsOf(role)) assert.ok(PERMISSIONS.includes(p));
  });
});
