import assert from 'node:assert/strict';
import { DEFAULT_HANDLING, type HandlingCode, type Tlp } from '@concord/core';
import { TestBrowser, freePort, startTestNode, type TestNode } from '@concord/server/testing';
import type { NewSignal } from '@concord/storage';

export const ADMIN_PASSWORD = 'correct horse battery staple';

export interface FedNode {
  readonly node: TestNode;
  readonly admin: TestBrowser;
  readonly url: string;
  readonly nodeId: string;
}

/** A node listening on loopback, its card pointing there, with its admin signed in. */
export async function startFedNode(
  name: string,
  jurisdiction: string,
  database: 'sqlite' | 'postgres' = 'sqlite',
): Promise<FedNode> {
  const port = await freePort();
  const node = await startTestNode({ federationPort: port, name, jurisdiction, database });
  await node.app.listen({ host: '127.0.0.1', port });
  const admin = new TestBrowser(node.app);
  await admin.signInFully('admin', node.adminOneTimePassword, ADMIN_PASSWORD);
  return { node, admin, url: `http://127.0.0.1:${port}`, nodeId: node.ctx.identity.nodeId };
}

/** Peers `from` with `to` the way an administrator does: its card, and the fingerprint read out by phone. */
export async function peer(from: FedNode, to: FedNode): Promise<void> {
  const card = (await to.admin.request('GET', '/api/v1/node/card')).json();
  const r = await from.admin.request('POST', '/api/v1/peers', {
    card: card.card,
    fingerprint: card.fingerprint,
  });
  assert.equal(r.statusCode, 201, r.body);
}

export function handling(
  tlp: Tlp,
  restrictions: Partial<HandlingCode['restrictions']> = {},
): HandlingCode {
  return {
    ...DEFAULT_HANDLING,
    tlp,
    restrictions: { ...DEFAULT_HANDLING.restrictions, ...restrictions },
  };
}

export function localSignal(
  nodeId: string,
  value: string,
  tlp: Tlp,
  over: Partial<NewSignal> = {},
): NewSignal {
  return {
    type: 'md5',
    value,
    sourceId: null,
    grade: { scheme: 'caid', value: 'A', gradedBy: nodeId, gradedAt: '2026-05-01T00:00:00.000Z' },
    series: 'Harbour',
    victimIdentified: false,
    offenderIdentified: null,
    isDistributed: true,
    comments: null,
    contributor: nodeId,
    confirmations: 0,
    handling: handling(tlp),
    lawfulBasis: null,
    retainUntil: null,
    extra: null,
    provenance: null,
    remoteId: null,
    disputes: 0,
    ...over,
  };
}

export const md5 = (n: number) => n.toString(16).padStart(32, '0');
