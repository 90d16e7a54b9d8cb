import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { err, isJurisdictionCode, ok, type CodedError, type Result } from '@concord/core';
import { NODE_KINDS } from '@concord/federation';

/** What `concord init` writes to DIR/config.json. Secrets never go in it. */
export const NodeConfig = z.strictObject({
  version: z.literal(1),
  nodeId: z.string(),
  name: z.string().min(1).max(120),
  jurisdiction: z.string().refine(isJurisdictionCode, 'an ISO 3166-1 alpha-2 code such as FR'),
  createdAt: z.string(),
  keyEncryption: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('key_file'), file: z.string() }),
    z.strictObject({
      kind: z.literal('secret_env'),
      variable: z.literal('CONCORD_SECRET'),
      salt: z.string(),
    }),
  ]),
  /** A known value sealed with the key-encryption key, to tell a wrong secret from a corrupt key. */
  keyCheck: z.string(),
  database: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('sqlite'), file: z.string() }),
    z.strictObject({ kind: z.literal('postgres') }),
  ]),
  /** How this node presents itself to peers (its signed node card). */
  federation: z
    .strictObject({
      /** Where peers reach this node: https://… (with a pinned certificate) or http://127.0.0.1:… */
      endpoint: z.string().url(),
      organisation: z.string().min(1).max(200),
      kind: z.enum(NODE_KINDS),
      /** SHA-256 (hex) of the TLS certificate peers pin; null for loopback HTTP. */
      tlsCertificateSha256: z
        .string()
        .regex(/^[0-9a-f]{64}$/)
        .nullable(),
    })
    .default({
      endpoint: 'http://127.0.0.1:4000',
      organisation: 'unnamed organisation',
      kind: 'police',
      tlsCertificateSha256: null,
    }),
});
export type NodeConfig = z.infer<typeof NodeConfig>;

export const CONFIG_FILE = 'config.json';
export const SQLITE_FILE = 'concord.db';
export const KEY_FILE = 'secret.key';

export type ConfigError = CodedError<'not_initialised' | 'config_invalid'>;

export function configPath(dataDir: string): string {
  return join(dataDir, CONFIG_FILE);
}

export function isInitialised(dataDir: string): boolean {
  return existsSync(configPath(dataDir));
}

export function readNodeConfig(dataDir: string): Result<NodeConfig, ConfigError> {
  const path = configPath(dataDir);
  if (!existsSync(path)) {
    return err(
      'not_initialised',
      `no Concord node in ${dataDir}: create one with 'concord init --data ${dataDir}'`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return err(
      'config_invalid',
      `${path} is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const parsed = NodeConfig.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return err(
      'config_invalid',
      `${path}: ${first?.path.join('.') || '(root)'}: ${first?.message ?? 'invalid'}`,
    );
  }
  return ok(parsed.data);
}

/** Written through a temporary file and a rename, so a crash never leaves half a config. */
export function writeNodeConfig(dataDir: string, config: NodeConfig): void {
  const path = configPath(dataDir);
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, path);
}
