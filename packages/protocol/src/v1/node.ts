import { z } from 'zod';
import { Instant } from './common.ts';

export const PublicKeyInfo = z.object({
  algorithm: z.enum(['Ed25519', 'X25519']),
  /** Raw 32-byte key, base64url. */
  publicKey: z.string(),
  /** SHA-256 of the raw key in groups of four hex digits, for comparing by eye or voice. */
  fingerprint: z.string(),
});

export const NodeInfo = z
  .object({
    nodeId: z.string(),
    name: z.string(),
    jurisdiction: z.string().length(2),
    createdAt: Instant,
    signingKey: PublicKeyInfo,
    encryptionKey: PublicKeyInfo,
    version: z.string(),
  })
  .meta({ id: 'NodeInfo' });
export type NodeInfo = z.infer<typeof NodeInfo>;
