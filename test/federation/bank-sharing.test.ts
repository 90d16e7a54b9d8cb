import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  handling,
  localSignal,
  md5,
  peer,
  startFedNode,
  type FedNode,
} from './federation-harness.ts';

/**
 * Three nodes on loopback: A shares a bank with B (everything up to AMBER)
 * and with C (GREEN only); B and C subscribe and sync.
 */
describe('sharing a bank between three nodes', () => {
  let a: FedNode;
  let b: FedNode;
  let c: FedNode;
  let bankId: string;

  before(async () => {
    [a, b, c] = await Promise.all([
      startFedNode('Unit A', 'FR'),
      startFedNode('Unit B', 'KE'),
      startFedNode('Unit C', 'BR'),
    ]);
    for (const [x, y] of [
      [a, b],
      [b, a],
      [a, c],
      [c, a],
    ] as const)
      await peer(x, y);
    const bank = await a.admin.request('POST', '/api/v1/banks', {
      name: 'demo-shared',
      description: 'graded at A',
      handling: handling('GREEN'),
    });
    bankId = bank.json().id;
    const at = a.node.clock.now().toISOString();
    await a.node.ctx.storage.signals.upsert(
      bankId,
      [
        localSignal(a.nodeId, md5(1), 'GREEN'),
        localSignal(a.nodeId, md5(2), 'GREEN'),
        localSignal(a.nodeId, md5(3), 'AMBER'),
        localSignal(a.nodeId, md5(4), 'RED'),
      ],
      at,
    );
    for (const [target, maxTlp] of [
      [b, 'AMBER'],
      [c, 'GREEN'],
    ] as const) {
      const rule = await a.admin.request('POST', `/api/v1/banks/${bankId}/sharing-rules`, {
        target: { kind: 'peer', nodeId: target.nodeId },
        maxTlp,
      });
      assert.equal(rule.statusCode, 201, rule.body);
    }
    assert.equal(
      await a.node.app.concord.federation.deliver(),
      2,
      'both offers delivered with receipts',
    );
  });
  after(async () => {
    for (const n of [a, b, c]) await n?.node.close();
  });

  async function subscribeAndSync(n: FedNode) {
    const offers = (await n.admin.request('GET', '/api/v1/offers')).json();
    assert.equal(offers.length, 1);
    assert.equal(offers[0].name, 'demo-shared');
    const sub = await n.admin.request('POST', '/api/v1/subscriptions', {
      peerNodeId: a.nodeId,
      remoteBankId: offers[0].remoteBankId,
    });
    assert.equal(sub.statusCode, 201, sub.body);
    const synced = await n.admin.request('POST', `/api/v1/subscriptions/${sub.json().id}/sync`);
    assert.equal(synced.statusCode, 200, synced.body);
    return { subscription: sub.json(), synced: synced.json() };
  }

  async function heldValues(n: FedNode, localBankId: string) {
    const page = await n.node.ctx.storage.signals.search(
      { bankId: localBankId },
      { offset: 0, limit: 100 },
    );
    return page.items.map((s) => s.value).sort();
  }

  it('gives each subscriber exactly what its rule allows, with provenance and handling', async () => {
    const fromB = await subscribeAndSync(b);
    const fromC = await subscribeAndSync(c);
    assert.deepEqual(
      await heldValues(b, fromB.subscription.localBankId),
      [md5(1), md5(2), md5(3)],
      'B: GREEN and AMBER, never RED',
    );
    assert.deepEqual(
      await heldValues(c, fromC.subscription.localBankId),
      [md5(1), md5(2)],
      'C: GREEN only',
    );
    const [held] = (
      await b.node.ctx.storage.signals.search(
        { bankId: fromB.subscription.localBankId, value: md5(3) },
        { offset: 0, limit: 1 },
      )
    ).items;
    assert.equal(held?.contributor, a.nodeId);
    assert.deepEqual(held?.provenance, { origin: a.nodeId, path: [a.nodeId] });
    assert.equal(held?.handling.tlp, 'AMBER');
    const banks = (await b.admin.request('GET', '/api/v1/banks')).json();
    assert.deepEqual(
      banks.map((x: { name: string; origin: string; signalCount: number }) => [
        x.name,
        x.origin,
        x.signalCount,
      ]),
      [['demo-shared', a.nodeId, 3]],
    );
  });

  it('carries retractions and narrowing as tombstones that never name the hash', async () => {
    const storage = a.node.ctx.storage;
    const at = a.node.clock.now().toISOString();
    const [one] = (await storage.signals.search({ bankId, value: md5(1) }, { offset: 0, limit: 1 }))
      .items;
    await storage.signals.retract(one?.id ?? '', 'graded in error', at);
    await storage.signals.upsert(bankId, [localSignal(a.nodeId, md5(2), 'AMBER')], at);
    const subB = (await b.node.ctx.storage.subscriptions.list())[0];
    const subC = (await c.node.ctx.storage.subscriptions.list())[0];
    assert.ok(subB && subC);
    assert.equal((await b.node.app.concord.federation.pull(subB.id)).ok, true);
    assert.equal((await c.node.app.concord.federation.pull(subC.id)).ok, true);
    assert.deepEqual(await heldValues(b, subB.localBankId), [md5(2), md5(3)]);
    assert.deepEqual(
      await heldValues(c, subC.localBankId),
      [],
      'C loses the retracted one and the one raised to AMBER',
    );
    const bTwo = (
      await b.node.ctx.storage.signals.search(
        { bankId: subB.localBankId, value: md5(2) },
        { offset: 0, limit: 1 },
      )
    ).items[0];
    assert.equal(bTwo?.handling.tlp, 'AMBER', 'B sees the regrading');
  });

  it('sends a confirmation back to the originator, and the count comes back with the next sync', async () => {
    const subB = (await b.node.ctx.storage.subscriptions.list())[0];
    const [three] = (
      await b.node.ctx.storage.signals.search(
        { bankId: subB?.localBankId ?? '', value: md5(3) },
        { offset: 0, limit: 1 },
      )
    ).items;
    const sent = await b.admin.request('POST', `/api/v1/signals/${three?.id}/feedback`, {
      kind: 'confirm',
    });
    assert.equal(sent.statusCode, 202, sent.body);
    assert.equal(await b.node.app.concord.federation.deliver(), 1);
    const [atA] = (
      await a.node.ctx.storage.signals.search({ bankId, value: md5(3) }, { offset: 0, limit: 1 })
    ).items;
    assert.equal(atA?.confirmations, 1);
    await b.node.app.concord.federation.pull(subB?.id ?? '');
    const [again] = (
      await b.node.ctx.storage.signals.search(
        { bankId: subB?.localBankId ?? '', value: md5(3) },
        { offset: 0, limit: 1 },
      )
    ).items;
    assert.equal(again?.confirmations, 1, 'graded by two agencies now');
  });

  it('refuses a sync request for a bank not shared with the asker, without saying whether it exists', async () => {
    const rules = (await a.admin.request('GET', `/api/v1/banks/${bankId}/sharing-rules`)).json();
    for (const r of rules) await a.admin.request('DELETE', `/api/v1/sharing-rules/${r.id}`);
    const subC = (await c.node.ctx.storage.subscriptions.list())[0];
    const pulled = await c.node.app.concord.federation.pull(subC?.id ?? '');
    assert.equal(pulled.ok, false);
    assert.match(!pulled.ok ? pulled.error.message : '', /not_shared/);
    assert.match(
      (await c.node.ctx.storage.subscriptions.get(subC?.id ?? ''))?.lastError ?? '',
      /not_shared/,
    );
  });

  it('refuses garbage and unknown senders at the inbox, with a code, and audits it', async () => {
    const garbage = await fetch(`${a.url}/federation/v1/inbox`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ envelope: 'not.a.jws' }),
    });
    assert.equal(garbage.status, 400);
    assert.equal(
      ((await garbage.json()) as { error: { code: string } }).error.code,
      'malformed_envelope',
    );
    const rejected = await a.node.ctx.storage.audit.list(
      { action: 'message.rejected' },
      { offset: 0, limit: 5 },
    );
    assert.ok(rejected.total >= 1);
  });
});
