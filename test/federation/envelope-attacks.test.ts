import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { STORAGE_DIALECTS } from '@concord/storage';
import {
  auditEvents,
  handling,
  peer,
  postToInbox,
  startFedNode,
  type FedNode,
} from './federation-harness.ts';
import {
  flipBit,
  forgeEnvelope,
  strangerKey,
  tamperCiphertext,
  unsignedCopy,
  type ForgeOptions,
} from './fixtures/forge-envelope.ts';

const MINUTE = 60_000;

/** A bank offer for a bank id of its own, so that whether it was applied is easy to see. */
function offer(name = 'offered') {
  return {
    bankId: randomUUID(),
    name,
    description: 'benign test offer',
    handling: handling('GREEN'),
    signalCount: 3,
  };
}

/**
 * Three nodes on loopback: A and B are peers, C is a stranger to B. Every
 * envelope goes over real HTTP to B's /federation/v1/inbox. A refusal must
 * carry its code (and status), leave a `message.rejected` audit event naming
 * the code, and apply nothing: no inbox record, no offer, no
 * `message.received` event.
 */
for (const database of STORAGE_DIALECTS) {
  describe(`envelopes a receiver refuses (${database})`, () => {
    let a: FedNode;
    let b: FedNode;
    let c: FedNode;

    before(async () => {
      [a, b, c] = await Promise.all([
        startFedNode('Unit A', 'FR', database),
        startFedNode('Unit B', 'KE', database),
        startFedNode('Unit C', 'BR', database),
      ]);
      await peer(a, b);
      await peer(b, a);
    });
    after(async () => {
      await Promise.all([a, b, c].map((n) => n?.node.close()));
    });

    const forge = (payload: unknown, options: ForgeOptions = {}, type = 'bank.offer', from = a) =>
      forgeEnvelope(from.node.ctx, b.node.ctx, type, payload, options);

    /** What B holds that a refused message could have changed. */
    async function state() {
      const storage = b.node.ctx.storage;
      return {
        received: (
          await storage.audit.list({ action: 'message.received' }, { offset: 0, limit: 1 })
        ).total,
        rejected: (
          await storage.audit.list({ action: 'message.rejected' }, { offset: 0, limit: 1 })
        ).total,
        offers: (await storage.bankOffers.list()).map(
          (o) => `${o.peerNodeId}/${o.remoteBankId}/${o.name}`,
        ),
      };
    }

    /** Posts the envelope to B and checks the refusal, its audit event, and that nothing changed. */
    async function assertRefused(
      envelope: string,
      expected: { code: string; status: number; id: string | null; sender?: string | null },
    ): Promise<void> {
      const before = await state();
      const answer = await postToInbox(b.url, envelope);
      assert.deepEqual(
        [answer.status, answer.code, answer.receipt],
        [expected.status, expected.code, null],
      );
      const after = await state();
      assert.deepEqual(
        after,
        { ...before, rejected: before.rejected + 1 },
        'one rejection recorded, nothing received or offered',
      );
      const [event] = await auditEvents(b.node.ctx.storage, 'message.rejected');
      assert.equal(event?.outcome, 'denied');
      assert.equal(event?.details.code, expected.code);
      assert.equal(event?.objectId ?? null, expected.id);
      if (expected.sender !== undefined) assert.equal(event?.details.sender, expected.sender);
      if (expected.id) assert.equal(await b.node.ctx.storage.inbox.find(expected.id), null);
    }

    it('accepts a well-formed envelope from its peer (the baseline the attacks bend)', async () => {
      const payload = offer('baseline');
      const { id, envelope } = await forge(payload);
      const answer = await postToInbox(b.url, envelope);
      assert.equal(answer.status, 200);
      assert.ok(answer.receipt);
      assert.equal((await b.node.ctx.storage.inbox.find(id))?.senderNodeId, a.nodeId);
      assert.equal(
        (await b.node.ctx.storage.bankOffers.get(a.nodeId, payload.bankId))?.name,
        'baseline',
      );
    });

    it('refuses text that is not an envelope', async () => {
      await assertRefused('not.a.jws', { code: 'malformed_envelope', status: 400, id: null });
    });

    it('refuses a sender that is not a peer', async () => {
      const { id, envelope } = await forge(offer(), {}, 'bank.offer', c);
      await assertRefused(envelope, { code: 'unknown_sender', status: 401, id, sender: c.nodeId });
    });

    it('refuses a suspended peer, and hears it again once resumed', async () => {
      const suspend = await b.admin.request('POST', `/api/v1/peers/${a.nodeId}/suspend`);
      assert.equal(suspend.statusCode, 204, suspend.body);
      const { id, envelope } = await forge(offer());
      await assertRefused(envelope, {
        code: 'suspended_sender',
        status: 403,
        id,
        sender: a.nodeId,
      });
      await b.admin.request('POST', `/api/v1/peers/${a.nodeId}/resume`);
      assert.equal((await postToInbox(b.url, envelope)).status, 200);
    });

    it('refuses a key the sender’s card does not list', async () => {
      const { id, envelope } = await forge(offer(), {
        signWith: { key: strangerKey(), kid: 's-000000000000' },
      });
      await assertRefused(envelope, { code: 'unknown_key', status: 401, id });
    });

    it('refuses a signature by another key under the sender’s key id', async () => {
      const { id, envelope } = await forge(offer(), { signWith: { key: strangerKey() } });
      await assertRefused(envelope, { code: 'bad_signature', status: 401, id });
    });

    it('refuses a signature with one bit flipped', async () => {
      const { id, envelope } = await forge(offer());
      await assertRefused(flipBit(envelope, 2, 7), { code: 'bad_signature', status: 401, id });
    });

    it('refuses an unsigned envelope (alg none)', async () => {
      const { envelope } = await forge(offer());
      await assertRefused(unsignedCopy(envelope), { code: 'bad_signature', status: 401, id: null });
    });

    it('refuses a tampered ciphertext: by its signature, or, when the sender signed the damage, by decryption', async () => {
      const first = await forge(offer());
      await assertRefused(tamperCiphertext(first.envelope), {
        code: 'bad_signature',
        status: 401,
        id: first.id,
      });
      const second = await forge(offer());
      await assertRefused(tamperCiphertext(second.envelope, a.node.ctx.signingKey), {
        code: 'decryption_failed',
        status: 400,
        id: second.id,
      });
    });

    it('refuses an envelope addressed to another node, and one sealed for another node’s key', async () => {
      const misaddressed = await forge(offer(), {
        claims: { recipient: c.nodeId },
        encryptTo: c.node.ctx,
      });
      await assertRefused(misaddressed.envelope, {
        code: 'wrong_recipient',
        status: 400,
        id: misaddressed.id,
      });
      const missealed = await forge(offer(), { encryptTo: c.node.ctx });
      await assertRefused(missealed.envelope, {
        code: 'decryption_failed',
        status: 400,
        id: missealed.id,
      });
    });

    it('refuses an expired envelope and one dated in the future', async () => {
      const now = a.node.clock.now().getTime();
      const expired = await forge(offer(), {
        claims: {
          created: new Date(now - 120 * MINUTE).toISOString(),
          expires: new Date(now - 60 * MINUTE).toISOString(),
        },
      });
      await assertRefused(expired.envelope, { code: 'expired', status: 410, id: expired.id });
      const early = await forge(offer(), {
        claims: {
          created: new Date(now + 10 * MINUTE).toISOString(),
          expires: new Date(now + 70 * MINUTE).toISOString(),
        },
      });
      await assertRefused(early.envelope, { code: 'not_yet_valid', status: 425, id: early.id });
    });

    it('refuses an unsupported schema version, an unknown message type, and a payload failing its schema', async () => {
      const v2 = await forge(offer(), { claims: { schemaVersion: 2 } });
      await assertRefused(v2.envelope, {
        code: 'unsupported_schema_version',
        status: 422,
        id: v2.id,
      });
      const unknown = await forge(offer(), {}, 'bank.takeover');
      await assertRefused(unknown.envelope, {
        code: 'unsupported_schema_version',
        status: 422,
        id: unknown.id,
      });
      const { name: _name, ...nameless } = offer();
      const invalid = await forge(nameless);
      await assertRefused(invalid.envelope, {
        code: 'payload_invalid',
        status: 422,
        id: invalid.id,
      });
      const extra = await forge({ ...offer(), owner: 'someone else' });
      await assertRefused(extra.envelope, { code: 'payload_invalid', status: 422, id: extra.id });
    });

    it('answers a duplicate with the same receipt and applies it once', async () => {
      const bank = await a.admin.request('POST', '/api/v1/banks', {
        name: 'delivered-once',
        description: '',
        handling: handling('GREEN'),
      });
      const shared = await a.admin.request(
        'POST',
        `/api/v1/banks/${bank.json().id}/sharing-rules`,
        { target: { kind: 'peer', nodeId: b.nodeId }, maxTlp: 'GREEN' },
      );
      assert.equal(shared.statusCode, 201, shared.body);
      assert.equal(await a.node.app.concord.federation.deliver(), 1);
      const [event] = await auditEvents(b.node.ctx.storage, 'message.received');
      const sent = await a.node.ctx.storage.outbox.get(event?.objectId ?? '');
      assert.ok(sent && sent.receipt, 'A stored B’s receipt');
      const before = await state();
      for (let i = 0; i < 3; i += 1) {
        const again = await postToInbox(b.url, sent.envelope);
        assert.deepEqual([again.status, again.receipt], [200, sent.receipt]);
      }
      assert.deepEqual(await state(), before, 'nothing applied again, nothing refused');
      assert.equal(
        (await auditEvents(b.node.ctx.storage, 'message.received', sent.messageId)).length,
        1,
      );
    });

    it('refuses a replayed id carrying different content, keeping what the first one said', async () => {
      const first = offer('first');
      const original = await forge(first);
      assert.equal((await postToInbox(b.url, original.envelope)).status, 200);
      const replay = await forge({ ...first, name: 'replaced' }, { claims: { id: original.id } });
      const before = await state();
      const answer = await postToInbox(b.url, replay.envelope);
      assert.deepEqual([answer.status, answer.code], [409, 'replayed']);
      assert.deepEqual(await state(), { ...before, rejected: before.rejected + 1 });
      const [event] = await auditEvents(b.node.ctx.storage, 'message.rejected');
      assert.deepEqual([event?.details.code, event?.objectId], ['replayed', original.id]);
      assert.equal(
        (await b.node.ctx.storage.bankOffers.get(a.nodeId, first.bankId))?.name,
        'first',
      );
    });

    it('refuses sync requests the same way, each with its code and an audit event', async () => {
      const bankId = randomUUID();
      const cases = [
        {
          made: await forge({ bankId, cursor: 0, limit: 10 }, {}, 'bank.sync_request', c),
          code: 'unknown_sender',
          status: 401,
        },
        {
          made: await forge(
            { bankId, cursor: 0, limit: 10 },
            { signWith: { key: strangerKey() } },
            'bank.sync_request',
          ),
          code: 'bad_signature',
          status: 401,
        },
        {
          made: await forge({ bankId, cursor: -1, limit: 10 }, {}, 'bank.sync_request'),
          code: 'payload_invalid',
          status: 422,
        },
      ];
      for (const { made, code, status } of cases) {
        const before = await state();
        const response = await fetch(`${b.url}/federation/v1/sync`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ envelope: made.envelope }),
        });
        const body = (await response.json()) as { error?: { code?: string }; envelope?: string };
        assert.deepEqual(
          [response.status, body.error?.code, body.envelope],
          [status, code, undefined],
        );
        assert.deepEqual(await state(), { ...before, rejected: before.rejected + 1 });
        const [event] = await auditEvents(b.node.ctx.storage, 'message.rejected');
        assert.deepEqual([event?.objectType, event?.details.code], ['sync', code]);
      }
    });

    it('accepts offers delivered out of order, and an older one never replaces a newer one', async () => {
      const bankId = randomUUID();
      const older = await forge({ ...offer('older'), bankId });
      for (const n of [a, b]) n.node.clock.advance(10_000);
      const newer = await forge({ ...offer('newer'), bankId });
      for (const { envelope } of [newer, older])
        assert.equal((await postToInbox(b.url, envelope)).status, 200);
      assert.ok(await b.node.ctx.storage.inbox.find(older.id), 'both were accepted');
      assert.ok(await b.node.ctx.storage.inbox.find(newer.id));
      assert.equal((await b.node.ctx.storage.bankOffers.get(a.nodeId, bankId))?.name, 'newer');
      const [late] = await auditEvents(b.node.ctx.storage, 'message.received', older.id);
      assert.deepEqual([late?.details.applied, late?.details.reason], [false, 'superseded']);
    });
  });
}
