import type { KeyObject } from 'node:crypto';
import type { Clock } from '@concord/core';
import type { NodeIdentityRecord, RetiredKeyRecord, Storage } from '@concord/storage';
import type { Sealer } from '../keys/sealer.ts';
import type { NodeConfig } from './node-config.ts';

/** A key replaced by a rotation, still accepted until its window ends. */
export interface RetiredKey extends RetiredKeyRecord {
  /** Encryption keys only: to open what peers sealed to it before they learnt the new key. */
  readonly privateKey: KeyObject | null;
}

/**
 * Everything a running node holds: its config, storage, keys and clock.
 * `identity`, the keys and `retiredKeys` are replaced in place by a key
 * rotation (federation/key-rotation.ts), so every holder of the context signs
 * with the new key from then on; nothing else changes a context.
 */
export interface NodeContext {
  readonly dataDir: string;
  readonly config: NodeConfig;
  readonly storage: Storage;
  identity: NodeIdentityRecord;
  readonly sealer: Sealer;
  signingKey: KeyObject;
  encryptionKey: KeyObject;
  retiredKeys: readonly RetiredKey[];
  readonly clock: Clock;
  readonly version: string;
}
