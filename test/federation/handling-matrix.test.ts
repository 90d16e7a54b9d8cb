import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { HandlingCode } from '@concord/core';
import { STORAGE_DIALECTS } from '@concord/storage';
import { housekeepOnce } from '../../apps/server/src/node/housekeeping.ts';
import {
  auditEvents,
  handling,
  localSignal,
  md5,
  peer,
  startFedNode,
  type FedNode,
} from './federation-harness.ts';

const MINUTE = 60_000;
/** When the originator's retention ends: half an hour after the nodes' clocks start. */
const RETAIN_UNTIL = new Date(Date.parse('2026-05-04T09:00:00.000Z') + 30 * MINUTE).toISOString();

/**
 * The matrix: one signal per handling code at A, and where each may end up.
 * B is in the group A shares with and forwards everything it may to C; D is
 * A's peer outside the group. `atC` is what B may pass on, decided by what
 * A set, once the retention date of the last row has passed.
 */
const MATRIX: readonly {
  readonly n: number;
  readonly label: string;
  readonly handling: HandlingCode;
  readonly atB: boolean;
  readonly atC: boolean;
}[] = [
  { n: 1, label: 'CLEAR', handling: handling('CLEAR'), atB: true, atC: true },
  { n: 2, label: 'GREEN', handling: handling('GREEN'), atB: true, atC: true },
  {
    n: 3,
    label: 'GREEN, no onward transmission',
    handling: handling('GREEN', { noOnwardTransmission: true }),
    atB: true,
    atC: false,
  },
  { n: 4, label: 'AMBER', handling: handling('AMBER'), atB: true, atC: false },
  { n: 5, label: 'AMBER+STRICT', handling: handling('AMBER+STRICT'), atB: true, atC: false },
  { n: 6, label: 'RED (no named recipients)', handling: handling('RED'), atB: false, atC: false },
  {
    n: 7,
    label: 'CLEAR, intelligence only',
    handling: handling('CLEAR', { intelligenceOnly: true }),
    atB: true,
    atC: true,
  },
  {
    n: 8,
    label: 'GREEN, for investigation only',
    handling: handling('GREEN', { permittedPurposes: ['investigation'] }),
    atB: true,
    atC: false,
  },
  {
    n: 9,
    label: 'GREEN, retained until half an hour in',
    handling: handling('GREEN', { retainUntil: RETAIN_UNTIL }),
    atB: true,
    atC: false,
  },
];
const values = (pick: (row: (typeof MATRIX)[number]) => boolean) =>
  MATRIX.filter(pick)
    .map((r) => md5(r.n))
    .sort();

async function liveValues(node: FedNode, bankId: string): Promise<string[]> {
  const page = await node.node.ctx.storage.signals.search({ bankId }, { offset: 0, limit: 100 });
  return page.items.map((s) => s.value).sort();
}

async function subscribe(node: FedNode, from: FedNode, remoteBankId: string) {
  const sub = await node.admin.request('POST', '/api/v1/subscriptions', {
    peerNodeId: from.nodeId,
    remoteBankId,
  });
  assert.equal(sub.statusCode, 201, sub.body);
  return sub.json() as { id: string; localBankId: string };
}

/**
 * Four nodes on loopback, on clocks that move together. A shares a bank,
 * under the most permissive rule (up to RED) with a group holding only B;
 * B re-shares what it received with C, again up to RED. Only the handling
 * codes A set decide what travels: a forbidden forward, a peer outside the
 * group and an expired retention never leak.
 */
for (const database of STORAGE_DIALECTS) {
  describe(`handling codes decide what travels, hop by hop (${database})`, () => {
    let a: FedNode;
    let b: FedNode;
    let c: FedNode;
    let d: FedNode;
    let bankId: string;
    let groupId: string;
    let atB: { id: string; localBankId: string };

    const advance = (ms: number) => {
      for (const n of [a, b, c, d]) n.node.clock.advance(ms);
    };

    before(async () => {
      [a, b, c, d] = await Promise.all([
        startFedNode('Unit A', 'FR', database),
        startFedNode('Unit B', 'KE', database),
        startFedNode('Unit C', 'BR', database),
        startFedNode('Unit D', 'JP', database),
      ]);
      for (const [x, y] of [
        [a, b],
        [a, d],
        [b, c],
      ] as const) {
        await peer(x, y);
        await peer(y, x);
      }
      const bank = await a.admin.request('POST', '/api/v1/banks', {
        name: 'matrix',
        description: 'one signal per handling code',
        handling: handling('GREEN'),
      });
      bankId = bank.json().id;
      await a.node.ctx.storage.signals.upsert(
        bankId,
        MATRIX.map((r) =>
          localSignal(a.nodeId, md5(r.n), r.handling.tlp, {
            handling: r.handling,
            retainUntil: r.handling.restrictions.retainUntil,
          }),
        ),
        a.node.clock.now().toISOString(),
      );
      const group = await a.admin.request('POST', '/api/v1/sharing/groups', {
        name: 'partners',
        members: [b.nodeId],
      });
      assert.equal(group.statusCode, 201, group.body);
      groupId = group.json().id;
      const rule = await a.admin.request('POST', `/api/v1/banks/${bankId}/sharing-rules`, {
        target: { kind: 'group', groupId },
        maxTlp: 'RED',
      });
      assert.equal(rule.statusCode, 201, rule.body);
      assert.equal(await a.node.app.concord.federation.deliver(), 1, 'offered to B alone');
    });
    after(async () => {
      await Promise.all([a, b, c, d].map((n) => n?.node.close()));
    });

    it('gives the group member everything but RED, with the handling codes and provenance intact', async () => {
      atB = await subscribe(b, a, bankId);
      const pulled = await b.node.app.concord.federation.pull(atB.id);
      assert.ok(pulled.ok, pulled.ok ? '' : pulled.error.message);
      assert.deepEqual(
        await liveValues(b, atB.localBankId),
        values((r) => r.atB),
      );
      for (const row of MATRIX.filter((r) => r.atB)) {
        const [held] = (
          await b.node.ctx.storage.signals.search(
            { bankId: atB.localBankId, value: md5(row.n) },
            { offset: 0, limit: 1 },
          )
        ).items;
        assert.deepEqual(held?.handling, row.handling, row.label);
        assert.equal(held?.retainUntil, row.handling.restrictions.retainUntil, row.label);
        assert.deepEqual(held?.provenance, { origin: a.nodeId, path: [a.nodeId] });
      }
    });

    it('gives a peer outside the group nothing, and the same answer as for a bank that does not exist', async () => {
      assert.deepEqual((await d.admin.request('GET', '/api/v1/offers')).json(), []);
      // D asks anyway, for the real bank and for a made-up one.
      const answers: string[] = [];
      for (const remoteBankId of [bankId, 'no-such-bank']) {
        await d.node.ctx.storage.bankOffers.save({
          peerNodeId: a.nodeId,
          remoteBankId,
          name: `guessed-${remoteBankId}`,
          description: '',
          handling: handling('GREEN'),
          signalCount: 0,
          offeredAt: d.node.clock.now().toISOString(),
        });
        const sub = await subscribe(d, a, remoteBankId);
        const pulled = await d.node.app.concord.federation.pull(sub.id);
        assert.equal(pulled.ok, false);
        answers.push(pulled.ok ? '' : pulled.error.message);
        assert.deepEqual(await liveValues(d, sub.localBankId), []);
      }
      assert.match(answers[0] ?? '', /not_shared/);
      assert.equal(answers[0], answers[1], 'nothing tells D the bank exists');
      const denied = (await auditEvents(a.node.ctx.storage, 'sync.served')).filter(
        (e) => e.outcome === 'denied',
      );
      assert.deepEqual(denied.map((e) => [e.actorName, e.objectId, e.details.reason]).reverse(), [
        [`node:${d.nodeId}`, bankId, 'not_shared'],
        [`node:${d.nodeId}`, 'no-such-bank', 'not_shared'],
      ]);
    });

    it('lets B forward only what A allowed, once the retention date has passed, and says why for the rest', async () => {
      // The retention date of row 9 is now a quarter of an hour behind (and the
      // admins' sessions, idle for 45 minutes, still valid).
      advance(45 * MINUTE);
      const rule = await b.admin.request('POST', `/api/v1/banks/${atB.localBankId}/sharing-rules`, {
        target: { kind: 'peer', nodeId: c.nodeId },
        maxTlp: 'RED',
      });
      assert.equal(rule.statusCode, 201, rule.body);
      const preview = (
        await b.admin.request('GET', `/api/v1/banks/${atB.localBankId}/sharing-preview`)
      ).json();
      const forC = preview.peers.find((p: { nodeId: string }) => p.nodeId === c.nodeId);
      assert.equal(forC.shared, values((r) => r.atC).length);
      assert.deepEqual(forC.withheld, {
        no_onward_transmission: 1,
        tlp_forbids_forward: 2,
        purpose_required: 1,
        retention_expired: 1,
      });
      assert.equal(await b.node.app.concord.federation.deliver(), 1);
      const atC = await subscribe(c, b, atB.localBankId);
      const pulled = await c.node.app.concord.federation.pull(atC.id);
      assert.ok(pulled.ok, pulled.ok ? '' : pulled.error.message);
      assert.deepEqual(
        await liveValues(c, atC.localBankId),
        values((r) => r.atC),
      );
      const [forwarded] = (
        await c.node.ctx.storage.signals.search(
          { bankId: atC.localBankId, value: md5(7) },
          { offset: 0, limit: 1 },
        )
      ).items;
      assert.deepEqual(forwarded?.provenance, { origin: a.nodeId, path: [a.nodeId, b.nodeId] });
      assert.equal(forwarded?.contributor, a.nodeId);
      assert.equal(forwarded?.handling.restrictions.intelligenceOnly, true, 'restrictions travel');
    });

    it('withholds an expired item from B’s own users, then purges it and audits the purge', async () => {
      const expired = await b.admin.request(
        'GET',
        `/api/v1/banks/${atB.localBankId}/signals?value=${md5(9)}`,
      );
      assert.equal(expired.statusCode, 200, expired.body);
      assert.deepEqual(
        [expired.json().items, expired.json().withheld],
        [[], { count: 1, reasons: { retention_expired: 1 } }],
      );
      await housekeepOnce(b.node.ctx);
      assert.deepEqual(
        await liveValues(b, atB.localBankId),
        values((r) => r.atB && r.n !== 9),
      );
      const [purge] = await auditEvents(b.node.ctx.storage, 'signal.purge', atB.localBankId);
      assert.deepEqual([purge?.details.purged, purge?.details.reason], [1, 'retention_expired']);
      await housekeepOnce(a.node.ctx);
      assert.equal(
        (await liveValues(a, bankId)).length,
        MATRIX.length,
        'the originator keeps its own signals',
      );
    });

    it('sends nothing more to a peer taken out of the group, which keeps what it was given', async () => {
      const held = await liveValues(b, atB.localBankId);
      // TestBrowser has no PUT: the same request, with its session and CSRF token.
      const removed = await a.node.app.inject({
        method: 'PUT',
        url: `/api/v1/sharing/groups/${groupId}/members`,
        headers: { cookie: a.admin.cookie ?? '', 'x-csrf-token': a.admin.csrf ?? '' },
        payload: { members: [] },
      });
      assert.equal(removed.statusCode, 204, removed.body);
      await a.node.ctx.storage.signals.upsert(
        bankId,
        [localSignal(a.nodeId, md5(100), 'CLEAR')],
        a.node.clock.now().toISOString(),
      );
      const pulled = await b.node.app.concord.federation.pull(atB.id);
      assert.equal(pulled.ok ? '' : pulled.error.code, 'sync_failed');
      assert.match(pulled.ok ? '' : pulled.error.message, /not_shared/);
      assert.deepEqual(await liveValues(b, atB.localBankId), held);
    });
  });
}
