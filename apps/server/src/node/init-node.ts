import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import {
  err,
  isJurisdictionCode,
  ok,
  systemClock,
  type Clock,
  type CodedError,
  type Result,
} from '@concord/core';
import { openStorage, type StorageError } from '@concord/storage';
import { newUserRecord } from '../accounts/users.ts';
import { SYSTEM_ACTOR, record } from '../audit/audit-trail.ts';
import { generateNodeKeys, nodeIdFor, rawPublicKey, sealPrivateKey } from '../keys/node-keys.ts';
import { databaseLocation } from './database-location.ts';
import { createKeyEncryption, type KeyEncryptionError } from './key-encryption.ts';
import {
  SQLITE_FILE,
  configPath,
  isInitialised,
  writeNodeConfig,
  type NodeConfig,
} from './node-config.ts';

export interface InitOptions {
  readonly dataDir: string;
  readonly name: string;
  readonly jurisdiction: string;
  readonly env: NodeJS.ProcessEnv;
  readonly clock?: Clock;
  readonly adminUsername?: string;
  /** How the node presents itself to peers; the defaults suit a node on this machine. */
  readonly federation?: Partial<NodeConfig['federation']>;
}

export interface InitReport {
  readonly config: NodeConfig;
  readonly adminUsername: string;
  /** Printed once; the admin must change it at first sign-in. */
  readonly adminOneTimePassword: string;
  readonly warnings: readonly string[];
}

export type InitError =
  | CodedError<
      | 'already_initialised'
      | 'invalid_jurisdiction'
      | 'invalid_name'
      | 'data_dir_not_empty'
      | 'database_in_use'
    >
  | KeyEncryptionError
  | StorageError;

/**
 * Creates a node: data directory, key-encryption key, signing and encryption
 * key pairs, database, first admin. The database work is one transaction and
 * the config is written last, so a failure leaves no half-made node behind.
 */
export async function initNode(options: InitOptions): Promise<Result<InitReport, InitError>> {
  const { dataDir } = options;
  const clock = options.clock ?? systemClock;
  const name = options.name.trim();
  if (name.length === 0 || name.length > 120)
    return err('invalid_name', 'the node name must be 1 to 120 characters');
  if (!isJurisdictionCode(options.jurisdiction)) {
    return err(
      'invalid_jurisdiction',
      `'${options.jurisdiction}' is not an ISO 3166-1 alpha-2 code (for example FR, KE, BR)`,
    );
  }
  if (isInitialised(dataDir)) {
    return err(
      'already_initialised',
      `${configPath(dataDir)} already exists: this directory holds a node`,
    );
  }
  const createdDir = !existsSync(dataDir);
  if (!createdDir && readdirSync(dataDir).length > 0) {
    return err('data_dir_not_empty', `${dataDir} is not empty: choose an empty or new directory`);
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const cleanup = () => {
    if (createdDir) rmSync(dataDir, { recursive: true, force: true });
    else
      for (const entry of readdirSync(dataDir))
        rmSync(`${dataDir}/${entry}`, { recursive: true, force: true });
  };

  const result = await createNode(options, name, clock);
  if (!result.ok) cleanup();
  return result;
}

async function createNode(
  options: InitOptions,
  name: string,
  clock: Clock,
): Promise<Result<InitReport, InitError>> {
  const { dataDir, env } = options;
  const encryption = createKeyEncryption(dataDir, env.CONCORD_SECRET || undefined);
  if (!encryption.ok) return encryption;
  const { sealer } = encryption.value;

  const database: NodeConfig['database'] = env.DATABASE_URL
    ? { kind: 'postgres' }
    : { kind: 'sqlite', file: SQLITE_FILE };
  const location = databaseLocation(dataDir, database, env);
  if (!location.ok) throw new Error('unreachable: DATABASE_URL was checked above');
  const opened = await openStorage(location.value);
  if (!opened.ok) return opened;
  const { storage } = opened.value;

  try {
    const existing = await storage.identity.get();
    if (existing) {
      return err(
        'database_in_use',
        `this database already belongs to node ${existing.name} (${existing.nodeId}): give each node its own database`,
      );
    }
    const keys = generateNodeKeys();
    const signingPublicKey = rawPublicKey(keys.signing.publicKey);
    const nodeId = nodeIdFor(signingPublicKey);
    const now = clock.now().toISOString();
    const adminUsername = options.adminUsername ?? 'admin';
    const admin = await newUserRecord(
      { username: adminUsername, displayName: 'Administrator', role: 'admin', totpRequired: false },
      clock,
      randomUUID(),
    );

    await storage.transaction(async (tx) => {
      await tx.identity.create({
        nodeId,
        name,
        jurisdiction: options.jurisdiction,
        signingPublicKey,
        encryptionPublicKey: rawPublicKey(keys.encryption.publicKey),
        signingPrivateKeySealed: sealPrivateKey(keys.signing.privateKey, sealer, 'node:signing'),
        encryptionPrivateKeySealed: sealPrivateKey(
          keys.encryption.privateKey,
          sealer,
          'node:encryption',
        ),
        createdAt: now,
        keysSince: null,
      });
      await tx.users.create(admin.record);
      await record(tx, clock, SYSTEM_ACTOR, {
        action: 'node.init',
        outcome: 'success',
        objectType: 'node',
        objectId: nodeId,
        details: { name, jurisdiction: options.jurisdiction, database: storage.dialect },
      });
      await record(tx, clock, SYSTEM_ACTOR, {
        action: 'user.create',
        outcome: 'success',
        objectType: 'user',
        objectId: admin.record.id,
        details: { username: adminUsername, role: 'admin' },
      });
    });

    const config: NodeConfig = {
      version: 1,
      nodeId,
      name,
      jurisdiction: options.jurisdiction,
      createdAt: now,
      keyEncryption: encryption.value.config,
      keyCheck: encryption.value.keyCheck,
      database,
      federation: {
        endpoint: options.federation?.endpoint ?? 'http://127.0.0.1:4000',
        organisation: options.federation?.organisation ?? name,
        kind: options.federation?.kind ?? 'police',
        tlsCertificateSha256: options.federation?.tlsCertificateSha256 ?? null,
      },
    };
    writeNodeConfig(dataDir, config);
    return ok({
      config,
      adminUsername,
      adminOneTimePassword: admin.oneTimePassword,
      warnings: encryption.value.warning ? [encryption.value.warning] : [],
    });
  } finally {
    await storage.close();
  }
}
