import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestNode, type TestNode } from '../src/testing/test-node.ts';
import { openNode } from '../src/node/open-node.ts';
import { refreshNodeKeys } from '../src/node/node-keys-load.ts';
import { rotateNodeKeys } from '../src/federation/key-rotation.ts';
import { PeerDirectory } from '../src/federation/peer-directory.ts';
import { ownDecryptionKey, ownEncryptionKid, ownSigningKid } from '../src/federation/own-card.ts';
import { SYSTEM_ACTOR } from '../src/audit/audit-trail.ts';
import type { NodeContext } from '../src/node/node-context.ts';

const DAY = 86_400_000;

/**
 * Keys rotated by another process on the same database (a second server, or
 * the command line beside a running node) are taken up, and a restarted node
 * still opens what was sealed to its retired key until the overlap ends.
 */
describe('node keys across processes and restarts', () => {
  let node: TestNode;
  let other: NodeContext;

  before(async () => {
    node = await startTestNode();
    const opened = await openNode(node.dataDir, {}, node.clock);
    assert.ok(opened.ok);
    other = opened.value;
  });
  after(async () => {
    await other?.storage.close();
    await node?.close();
  });

  it('takes up keys another process rotated, and changes nothing when none did', async () => {
    assert.equal(await refreshNodeKeys(node.ctx), false);
    const before = { signing: ownSigningKid(node.ctx), encryption: ownEncryptionKid(node.ctx) };
    const rotated = await rotateNodeKeys(other, new PeerDirectory(other.storage), SYSTEM_ACTOR, {
      overlapDays: 10,
    });
    assert.ok(rotated.ok);
    assert.equal(ownSigningKid(node.ctx), before.signing, 'not yet taken up');
    assert.equal(await refreshNodeKeys(node.ctx), true);
    assert.equal(ownSigningKid(node.ctx), rotated.value.newSigningKid);
    assert.equal(ownEncryptionKid(node.ctx), rotated.value.newEncryptionKid);
    assert.ok(ownDecryptionKey(node.ctx, before.encryption), 'the retired key still opens');
    assert.equal(node.ctx.signingKey.asymmetricKeyType, 'ed25519');
  });

  it('reopens with the retired key until the overlap ends, then without it', async () => {
    const retiredKid = node.ctx.retiredKeys.find((k) => k.purpose === 'encryption')?.kid ?? '';
    const during = await openNode(node.dataDir, {}, node.clock);
    assert.ok(during.ok);
    assert.ok(ownDecryptionKey(during.value, retiredKid));
    await during.value.storage.close();

    node.clock.advance(11 * DAY);
    const afterOverlap = await openNode(node.dataDir, {}, node.clock);
    assert.ok(afterOverlap.ok);
    assert.equal(ownDecryptionKey(afterOverlap.value, retiredKid), null);
    await afterOverlap.value.storage.close();
    // A running node drops it at its next upkeep, without a rotation.
    assert.equal(await refreshNodeKeys(node.ctx), false);
    assert.deepEqual(node.ctx.retiredKeys, []);
  });
});
