import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { DEFAULT_HANDLING, type HandlingCode, type Tlp } from '@concord/core';
import { TestBrowser, freePort, startTestNode, type TestNode } from '@concord/server/testing';
import type { NewSignal, SignalRecord, Storage, Stores } from '@concord/storage';

export const ADMIN_PASSWORD = 'correct horse battery staple';

export interface FedNode {
  readonly node: TestNode;
  readonly admin: TestBrowser;
  readonly url: string;
  readonly nodeId: string;
}

/**
 * A node listening on loopback, its card pointing there, with its admin
 * signed in. `install` adds HTTP hooks before it listens (a test's stand-in
 * for a slow, failing or older peer).
 */
export async function startFedNode(
  name: string,
  jurisdiction: string,
  database: 'sqlite' | 'postgres' = 'sqlite',
  install?: (node: TestNode) => void,
): Promise<FedNode> {
  const port = await freePort();
  const node = await startTestNode({ federationPort: port, name, jurisdiction, database });
  install?.(node);
  await node.app.listen({ host: '127.0.0.1', port });
  const admin = new TestBrowser(node.app);
  await admin.signInFully('admin', node.adminOneTimePassword, ADMIN_PASSWORD);
  return { node, admin, url: `http://127.0.0.1:${port}`, nodeId: node.ctx.identity.nodeId };
}

/** Peers `from` with `to` the way an administrator does: its card, and the fingerprint read out by phone. */
export async function peer(
  from: Pick<FedNode, 'admin'>,
  to: Pick<FedNode, 'admin'>,
): Promise<void> {
  const card = (await to.admin.request('GET', '/api/v1/node/card')).json();
  const r = await from.admin.request('POST', '/api/v1/peers', {
    card: card.card,
    fingerprint: card.fingerprint,
  });
  assert.equal(r.statusCode, 201, r.body);
}

/** Unit A (FR) and Unit B (KE) on `database`, each a peer of the other. */
export async function startPeeredPair(
  database: 'sqlite' | 'postgres' = 'sqlite',
): Promise<[FedNode, FedNode]> {
  const [a, b] = await Promise.all([
    startFedNode('Unit A', 'FR', database),
    startFedNode('Unit B', 'KE', database),
  ]);
  await peer(a, b);
  await peer(b, a);
  return [a, b];
}

/**
 * `from` shares a bank with `to` under a rule up to `maxTlp`, delivers the
 * offer, and `to` subscribes over HTTP: the subscription as its API returned it.
 */
export async function shareAndSubscribe(
  from: { readonly admin: TestBrowser; readonly node: TestNode },
  to: { readonly admin: TestBrowser; readonly nodeId: string },
  bankId: string,
  maxTlp: Tlp,
): Promise<{ readonly id: string; readonly localBankId: string }> {
  const rule = await from.admin.request('POST', `/api/v1/banks/${bankId}/sharing-rules`, {
    target: { kind: 'peer', nodeId: to.nodeId },
    maxTlp,
  });
  assert.equal(rule.statusCode, 201, rule.body);
  assert.equal(await from.node.app.concord.federation.deliver(), 1, 'the offer reaches the peer');
  const sub = await to.admin.request('POST', '/api/v1/subscriptions', {
    peerNodeId: from.node.ctx.identity.nodeId,
    remoteBankId: bankId,
  });
  assert.equal(sub.statusCode, 201, sub.body);
  return sub.json();
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

// ---------------------------------------------------------------------------
// Robustness tests: benign values, content digests, the audit trail and raw
// inbox posts. Nodes whose data outlives their process are in fixtures/node-home.ts.

/** An MD5 of a generated benign value: what a bank would hold, with nothing behind it. */
export const benignMd5 = (n: number) => createHash('md5').update(`benign-${n}`).digest('hex');

export interface BankDigest {
  /** Live signals. */
  readonly count: number;
  /** Distinct (type, value) among them: equal to count unless something is held twice. */
  readonly distinct: number;
  /** SHA-256 over the sorted content lines (`contentLine`) of the live signals. */
  readonly sha256: string;
}

/**
 * What a signal says, as both ends of a sync hold it: everything that
 * travels except the ids, times and provenance each node sets for itself.
 */
function contentLine(s: SignalRecord): string {
  const r = s.handling.restrictions;
  return [
    s.type,
    s.value,
    s.grade ? `${s.grade.scheme}/${s.grade.value}/${s.grade.gradedBy}` : '-',
    s.series ?? '-',
    [s.victimIdentified, s.offenderIdentified, s.isDistributed].map(String).join('/'),
    s.comments ?? '-',
    s.contributor,
    `${s.handling.tlp}/${s.handling.pap}`,
    [
      r.noOnwardTransmission,
      r.intelligenceOnly,
      r.retainUntil ?? '-',
      r.permittedPurposes?.join('+') ?? '-',
    ].join('/'),
    s.lawfulBasis ?? '-',
  ].join('|');
}

/**
 * What a bank holds, as a count and a checksum both sides of a sync can
 * compute. `keep` selects the signals that should have gone (the sender's side).
 */
export async function bankDigest(
  storage: Stores,
  bankId: string,
  keep: (s: SignalRecord) => boolean = () => true,
): Promise<BankDigest> {
  const lines: string[] = [];
  for (let after = 0; ;) {
    const changes = await storage.signals.changesSince(bankId, after, 5000);
    for (const s of changes) if (s.retractedAt === null && keep(s)) lines.push(contentLine(s));
    const last = changes.at(-1);
    if (!last) break;
    after = last.changeSeq;
  }
  lines.sort();
  return {
    count: lines.length,
    distinct: new Set(lines.map((l) => l.split('|', 2).join('|'))).size,
    sha256: createHash('sha256').update(lines.join('\n')).digest('hex'),
  };
}

/**
 * Adds `count` signals from `first` on, straight into the database (not
 * through HTTP), 5,000 per transaction; `tlp` picks each one's label.
 */
export async function seedBank(
  storage: Storage,
  bankId: string,
  nodeId: string,
  first: number,
  count: number,
  tlp: (n: number) => Tlp,
  at: string,
): Promise<void> {
  for (let i = first; i < first + count; i += 5000) {
    const batch: NewSignal[] = [];
    for (let n = i; n < Math.min(i + 5000, first + count); n += 1)
      batch.push(localSignal(nodeId, benignMd5(n), tlp(n)));
    await storage.transaction((tx) => tx.signals.upsert(bankId, batch, at));
  }
}

/**
 * A bank that `node`'s admin creates over HTTP (GREEN, as a new bank is), with
 * `count` generated signals seeded into it at the node's clock: its id.
 */
export async function seededBank(
  node: FedNode,
  name: string,
  description: string,
  count: number,
  tlp: (n: number) => Tlp,
): Promise<string> {
  const created = await node.admin.request('POST', '/api/v1/banks', {
    name,
    description,
    handling: handling('GREEN'),
  });
  assert.equal(created.statusCode, 201, created.body);
  const bankId: string = created.json().id;
  const at = node.node.clock.now().toISOString();
  await seedBank(node.node.ctx.storage, bankId, node.nodeId, 0, count, tlp, at);
  return bankId;
}

/** The audit events with this action (newest first), for checking that something was recorded. */
export async function auditEvents(storage: Stores, action: string, objectId?: string) {
  const page = await storage.audit.list(
    { action, ...(objectId === undefined ? {} : { objectId }) },
    { offset: 0, limit: 500 },
  );
  return page.items;
}

/** Posts an envelope to a node's inbox over HTTP, as a peer (or an attacker) would. */
export async function postToInbox(
  url: string,
  envelope: string,
): Promise<{ status: number; code: string | null; receipt: string | null }> {
  const response = await fetch(`${url}/federation/v1/inbox`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ envelope }),
  });
  // The inbox answers {receipt} or {error: {code, message}}; anything else fails below.
  const body = (await response.json()) as { receipt?: string; error?: { code?: string } };
  return {
    status: response.status,
    code: body.error?.code ?? null,
    receipt: body.receipt ?? null,
  };
}
