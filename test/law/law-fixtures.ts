import assert from 'node:assert/strict';
import { sign, type KeyObject } from 'node:crypto';
import { canonicalProfileBytes, type ProfileDocument } from '@concord/law';
import type { TestBrowser } from '@concord/server/testing';
import type { Stores } from '@concord/storage';

export const ADMIN_PASSWORD = 'correct horse battery staple';

/** A fictional statute, cited by the profiles the tests publish. */
export const STATUTE = {
  id: 'PENAL_CODE',
  title: 'Penal code (fictional test citation)',
  ref: 'https://example.org/penal-code',
};

/** What an administrator publishes: one conduct and the age threshold, with their source. */
export function publication(conduct: string, value: 'yes' | 'no' | 'partial', note: string) {
  return {
    sources: [STATUTE],
    values: {
      conducts: { [conduct]: { value, sources: [STATUTE.id], note } },
      csamAgeThreshold: { value: 18, sources: [STATUTE.id], note: null },
    },
  };
}

/** Publishes as the node's admin and answers the new version's id. */
export async function publish(
  admin: TestBrowser,
  body: ReturnType<typeof publication>,
): Promise<{ id: string; sentTo: string[] }> {
  const r = await admin.request('POST', '/api/v1/law/profile', body);
  assert.equal(r.statusCode, 201, r.body);
  return { id: r.json().version.id, sentTo: r.json().sentTo };
}

/** A signed profile file re-signed with a key: how a forger holding some node's key would make one. */
export function resign(
  profile: ProfileDocument,
  key: KeyObject,
  keyId: string,
): { profile: ProfileDocument; signature: { alg: string; keyId: string; value: string } } {
  const value = sign(null, canonicalProfileBytes(profile), key).toString('base64url');
  return { profile, signature: { alg: 'Ed25519', keyId, value } };
}

/** The audit events with this action, newest first. */
export async function auditEvents(stores: Pick<Stores, 'audit'>, action: string) {
  return (await stores.audit.list({ action }, { offset: 0, limit: 200 })).items;
}

/** Adds `to` as a peer of `from`, from its card and fingerprint, as an administrator does. */
export async function addPeer(from: TestBrowser, to: TestBrowser): Promise<void> {
  const card = (await to.request('GET', '/api/v1/node/card')).json();
  const r = await from.request('POST', '/api/v1/peers', {
    card: card.card,
    fingerprint: card.fingerprint,
  });
  assert.equal(r.statusCode, 201, r.body);
}
