import type { KeyObject } from 'node:crypto';
import type { NodeIdentityRecord, Stores } from '@concord/storage';
import { unsealPrivateKey } from '../keys/node-keys.ts';
import type { Sealer } from '../keys/sealer.ts';
import type { NodeContext, RetiredKey } from './node-context.ts';

export interface LoadedKeys {
  readonly signingKey: KeyObject;
  readonly encryptionKey: KeyObject;
  readonly retiredKeys: readonly RetiredKey[];
}

/**
 * The node's private keys as stored: the current pair and the retired keys
 * still inside their overlap. A string names the first key that the
 * key-encryption key cannot open.
 */
export async function loadNodeKeys(
  storage: Pick<Stores, 'identity'>,
  identity: NodeIdentityRecord,
  sealer: Sealer,
  now: Date,
): Promise<LoadedKeys | string> {
  const signingKey = unsealPrivateKey(identity.signingPrivateKeySealed, sealer, 'node:signing');
  const encryptionKey = unsealPrivateKey(
    identity.encryptionPrivateKeySealed,
    sealer,
    'node:encryption',
  );
  if (!signingKey || !encryptionKey) return "the node's private keys";
  const retiredKeys: RetiredKey[] = [];
  for (const key of await storage.identity.retiredKeys(now.toISOString())) {
    const privateKey = key.privateKeySealed
      ? unsealPrivateKey(key.privateKeySealed, sealer, 'node:encryption')
      : null;
    if (key.privateKeySealed && !privateKey) return `the node's retired key ${key.kid}`;
    retiredKeys.push({ ...key, privateKey });
  }
  return { signingKey, encryptionKey, retiredKeys };
}

/**
 * Takes up keys rotated by another process sharing the database (a second
 * API server, or `concord node rotate-keys` run beside a running node), and
 * drops retired keys whose overlap has ended. Returns true when the keys changed.
 */
export async function refreshNodeKeys(ctx: NodeContext): Promise<boolean> {
  const stored = await ctx.storage.identity.get();
  if (!stored || stored.nodeId !== ctx.identity.nodeId) return false;
  const rotated = stored.signingPublicKey !== ctx.identity.signingPublicKey;
  const now = ctx.clock.now();
  const expired = ctx.retiredKeys.some((k) => Date.parse(k.validUntil) <= now.getTime());
  if (!rotated && !expired) return false;
  const keys = await loadNodeKeys(ctx.storage, stored, ctx.sealer, now);
  if (typeof keys === 'string')
    throw new Error(`${keys} cannot be decrypted with this node's key-encryption key`);
  ctx.identity = stored;
  ctx.signingKey = keys.signingKey;
  ctx.encryptionKey = keys.encryptionKey;
  ctx.retiredKeys = keys.retiredKeys;
  return rotated;
}
