// Two (or three) real nodes for the federation browser tests: each serves the
// web UI and listens on the address its card names. Setting up over HTTP what
// a test does not exercise through the browser, as test/federation does.
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { cardFingerprint, signCard, type NodeCard, type SignedCard } from '@concord/federation';
import type { TestBrowser, TestNode } from '@concord/server/testing';
import { handling, localSignal, md5 } from '../federation/federation-harness.ts';
import { adminOverHttp, startBrowserHarness, type BrowserHarness } from './browser-harness.ts';

export const ADMIN_PASSWORD = 'correct horse battery staple';

export interface FederatedHarness {
  readonly harness: BrowserHarness;
  readonly admin: TestBrowser;
  readonly nodeId: string;
}

/** A node named `name` in `jurisdiction`, serving the web UI, with its administrator signed in over HTTP. */
export async function startFederatedHarness(
  name: string,
  jurisdiction: string,
): Promise<FederatedHarness> {
  const harness = await startBrowserHarness({ federation: { name, jurisdiction } });
  const admin = await adminOverHttp(harness.node, ADMIN_PASSWORD);
  return { harness, admin, nodeId: harness.node.ctx.identity.nodeId };
}

/** `from` adds `to` as a peer, with the fingerprint `to`'s administrator would read out. */
export async function peerOverHttp(from: TestBrowser, to: TestBrowser): Promise<void> {
  const card = (await to.request('GET', '/api/v1/node/card')).json();
  const added = await from.request('POST', '/api/v1/peers', {
    card: card.card,
    fingerprint: card.fingerprint,
  });
  assert.equal(added.statusCode, 201, added.body);
}

/** The hashes of the bank `demo-shared`: two GREEN, one AMBER, one RED, graded CAID A. */
export const SHARED_VALUES = [md5(1), md5(2), md5(3), md5(4)] as const;

/** A local bank `demo-shared` (TLP:GREEN by default) holding the four signals of SHARED_VALUES. */
export async function seedSharedBank(node: TestNode, admin: TestBrowser): Promise<string> {
  const bank = await admin.request('POST', '/api/v1/banks', {
    name: 'demo-shared',
    description: 'Graded at Unit A',
    handling: handling('GREEN'),
  });
  assert.equal(bank.statusCode, 201, bank.body);
  const bankId: string = bank.json().id;
  const nodeId = node.ctx.identity.nodeId;
  const [green1, green2, amber, red] = SHARED_VALUES;
  await node.ctx.storage.signals.upsert(
    bankId,
    [
      localSignal(nodeId, green1, 'GREEN'),
      localSignal(nodeId, green2, 'GREEN'),
      localSignal(nodeId, amber, 'AMBER'),
      localSignal(nodeId, red, 'RED'),
    ],
    node.clock.now().toISOString(),
  );
  return bankId;
}

/** Countries for fictional peers, in turn. */
const JURISDICTIONS = ['BE', 'DE', 'ES', 'IT', 'NL', 'PT', 'SE', 'KE', 'BR', 'CA'] as const;

/**
 * The signed card of a fictional node (fresh keys, an address nobody
 * answers on) and the fingerprint its administrator would read out: to list
 * many peers without running a node for each. Valid around `now`.
 */
export async function fictionalPeerCard(
  index: number,
  now: Date,
): Promise<{ readonly card: SignedCard; readonly fingerprint: string }> {
  const signing = generateKeyPairSync('ed25519');
  const encryption = generateKeyPairSync('x25519');
  const raw = (key: typeof signing.publicKey) => String(key.export({ format: 'jwk' }).x);
  const day = 86_400_000;
  const from = new Date(now.getTime() - day).toISOString();
  const number = String(index).padStart(2, '0');
  const nodeId = `node-fictional-${number}`;
  const card: NodeCard = {
    version: 1,
    nodeId,
    name: `Fictional unit ${number}`,
    organisation: `Fictional agency ${number}`,
    kind: index % 2 === 0 ? 'police' : 'hotline',
    jurisdiction: JURISDICTIONS[index % JURISDICTIONS.length] ?? 'BE',
    endpoint: `https://unit-${number}.example.org/concord`,
    signingKeys: [
      {
        kid: `${nodeId}-sig-1`,
        publicKey: raw(signing.publicKey),
        validFrom: from,
        validUntil: null,
      },
    ],
    encryptionKeys: [
      {
        kid: `${nodeId}-enc-1`,
        publicKey: raw(encryption.publicKey),
        validFrom: from,
        validUntil: null,
      },
    ],
    tlsCertificateSha256: 'ab'.repeat(32),
    issuedAt: from,
    validFrom: from,
    validUntil: new Date(now.getTime() + 365 * day).toISOString(),
  };
  const signed = await signCard(card, signing.privateKey, `${nodeId}-sig-1`);
  return { card: signed, fingerprint: cardFingerprint(raw(signing.publicKey)) };
}

/** Adds `count` fictional peers to the node of `admin`, over HTTP with their fingerprints. */
export async function addFictionalPeers(
  admin: TestBrowser,
  count: number,
  now: Date,
): Promise<readonly string[]> {
  const nodeIds: string[] = [];
  for (let index = 1; index <= count; index++) {
    const { card, fingerprint } = await fictionalPeerCard(index, now);
    const added = await admin.request('POST', '/api/v1/peers', {
      card: JSON.parse(JSON.stringify(card)),
      fingerprint,
    });
    assert.equal(added.statusCode, 201, added.body);
    nodeIds.push(card.card.nodeId);
  }
  return nodeIds;
}
