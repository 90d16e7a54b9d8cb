import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openNodeStorage } from '@concord/server';
import type { Storage } from '@concord/storage';
import { startPeeredPair, type FedNode } from './federation-harness.ts';

/**
 * A sending node remembers its peers' records between messages (SQLite: as
 * long as the peers version has not moved). Whatever changes a peer, in this
 * process or in another one on the same database (the command line), must
 * count for the very next message.
 */
describe('the sender’s remembered peer records (sqlite)', () => {
  let a: FedNode;
  let b: FedNode;
  /** A's database as another process opens it (as `concord peer suspend` does). */
  let other: Storage;

  before(async () => {
    [a, b] = await startPeeredPair('sqlite');
    const opened = await openNodeStorage(a.node.dataDir, {});
    assert.ok(opened.ok, opened.ok ? '' : opened.error.message);
    other = opened.value;
  });
  after(async () => {
    await other?.close();
    await Promise.all([a, b].map((n) => n?.node.close()));
  });

  const send = () =>
    a.node.app.concord.federation.send(b.nodeId, 'ping', { note: 'peer cache' }, null);
  const refusal = async () => {
    const sent = await send();
    return sent.ok ? null : sent.error;
  };

  it('refuses the next message once another process suspends the peer, and sends again once it is resumed', async () => {
    for (let i = 0; i < 3; i++) assert.equal(await refusal(), null, 'sent');
    assert.equal(
      await other.peers.setStatus(b.nodeId, 'suspended', new Date().toISOString()),
      true,
    );
    const refused = await refusal();
    assert.equal(refused?.code, 'forbidden');
    assert.match(refused?.message ?? '', /is suspended: nothing is sent to it/);
    assert.equal(await other.peers.setStatus(b.nodeId, 'active', new Date().toISOString()), true);
    assert.equal(await refusal(), null, 'sent again');
  });

  it('refuses the next message once the peer is suspended through this node’s own API', async () => {
    assert.equal(await refusal(), null);
    const suspended = await a.admin.request('POST', `/api/v1/peers/${b.nodeId}/suspend`);
    assert.equal(suspended.statusCode, 204, suspended.body);
    assert.equal((await refusal())?.code, 'forbidden');
    const resumed = await a.admin.request('POST', `/api/v1/peers/${b.nodeId}/resume`);
    assert.equal(resumed.statusCode, 204, resumed.body);
    assert.equal(await refusal(), null);
  });

  it('knows no such peer once another process removes it', async () => {
    assert.equal(await refusal(), null);
    assert.equal(await other.peers.remove(b.nodeId), true);
    assert.equal((await refusal())?.code, 'not_found');
  });
});
