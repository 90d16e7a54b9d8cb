import type { KeyObject } from 'node:crypto';
import type { Clock } from '@concord/core';
import type { NodeIdentityRecord, Storage } from '@concord/storage';
import type { Sealer } from '../keys/sealer.ts';
import type { NodeConfig } from './node-config.ts';

/** Everything a running node holds: its config, storage, keys and clock. */
export interface NodeContext {
  readonly dataDir: string;
  readonly config: NodeConfig;
  readonly storage: Storage;
  readonly identity: NodeIdentityRecord;
  readonly sealer: Sealer;
  readonly signingKey: KeyObject;
  readonly encryptionKey: KeyObject;
  readonly clock: Clock;
  readonly version: string;
}
