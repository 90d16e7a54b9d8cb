// Keys, cards and envelopes for the federation tests. Payloads are benign.
import { generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { uuidv7 } from '@concord/core';
import type { EnvelopeClaims, OpenContext } from '../envelope.ts';
import type { CardKey, NodeCard } from '../node-card.ts';
import { rawPublicKeyOf } from '../raw-public-key.ts';

export const T0 = new Date('2026-03-01T12:00:00.000Z');
export const DAY_MS = 86_400_000;

export const at = (offsetMs: number) => new Date(T0.getTime() + offsetMs);

export interface TestNode {
  readonly nodeId: string;
  readonly signingKid: string;
  readonly signingKey: KeyObject;
  readonly signingPublic: string;
  readonly encryptionKid: string;
  readonly encryptionKey: KeyObject;
  readonly encryptionPublic: string;
}

export function testNode(nodeId: string): TestNode {
  const signing = generateKeyPairSync('ed25519');
  const encryption = generateKeyPairSync('x25519');
  return {
    nodeId,
    signingKid: `${nodeId}-sig-1`,
    signingKey: signing.privateKey,
    signingPublic: rawPublicKeyOf(signing.publicKey, 'Ed25519'),
    encryptionKid: `${nodeId}-enc-1`,
    encryptionKey: encryption.privateKey,
    encryptionPublic: rawPublicKeyOf(encryption.publicKey, 'X25519'),
  };
}

export function edKey(): { readonly privateKey: KeyObject; readonly publicKey: string } {
  const pair = generateKeyPairSync('ed25519');
  return { privateKey: pair.privateKey, publicKey: rawPublicKeyOf(pair.publicKey, 'Ed25519') };
}

export function cardKey(kid: string, publicKey: string, validUntil: string | null = null): CardKey {
  return { kid, publicKey, validFrom: iso(-30), validUntil };
}

export function cardFor(node: TestNode, overrides: Partial<NodeCard> = {}): NodeCard {
  return {
    version: 1,
    nodeId: node.nodeId,
    name: 'Demo hotline',
    organisation: 'Demo Child Protection Foundation',
    kind: 'hotline',
    jurisdiction: 'NL',
    endpoint: 'https://hotline.example.org/concord',
    signingKeys: [cardKey(node.signingKid, node.signingPublic)],
    encryptionKeys: [cardKey(node.encryptionKid, node.encryptionPublic)],
    tlsCertificateSha256: 'ab'.repeat(32),
    issuedAt: iso(-30),
    validFrom: iso(-30),
    validUntil: iso(365),
    ...overrides,
  };
}

/** T0 shifted by whole days, as an ISO instant. */
export function iso(days: number): string {
  return at(days * DAY_MS).toISOString();
}

export function claimsFor(
  sender: TestNode,
  recipient: TestNode,
  overrides: Partial<EnvelopeClaims> = {},
): EnvelopeClaims {
  return {
    id: uuidv7(T0, randomBytes),
    type: 'bank.delta',
    schemaVersion: 1,
    sender: sender.nodeId,
    recipient: recipient.nodeId,
    created: T0.toISOString(),
    expires: at(DAY_MS).toISOString(),
    handling: null,
    ...overrides,
  };
}

export function sealKeys(sender: TestNode, recipient: TestNode) {
  return {
    signingKey: sender.signingKey,
    signingKid: sender.signingKid,
    recipientEncryptionKey: recipient.encryptionPublic,
    recipientEncryptionKid: recipient.encryptionKid,
  };
}

/** A receiving node's context that knows `peers` and has seen the ids in `seenIds`. */
export function contextFor(
  me: TestNode,
  peers: readonly TestNode[],
  overrides: Partial<OpenContext> = {},
  seenIds: ReadonlySet<string> = new Set(),
): OpenContext {
  return {
    myNodeId: me.nodeId,
    now: T0,
    resolveSender: async (nodeId, kid) => {
      const peer = peers.find((p) => p.nodeId === nodeId);
      if (!peer) return { refused: 'unknown_sender' };
      return kid === peer.signingKid
        ? { publicKey: peer.signingPublic }
        : { refused: 'unknown_key' };
    },
    decryptionKey: (kid) => (kid === me.encryptionKid ? me.encryptionKey : null),
    seen: async (id) => seenIds.has(id),
    supportedVersions: (type) => (type === 'bank.delta' ? [1, 2] : []),
    ...overrides,
  };
}

export const BENIGN_PAYLOAD = {
  bank: 'demo-bank',
  cursor: 42,
  rows: [{ signalType: 'md5', value: 'd41d8cd98f00b204e9800998ecf8427e', category: 'benign-test' }],
};
