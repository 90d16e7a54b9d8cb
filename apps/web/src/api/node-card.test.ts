import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  cardFileName,
  fingerprintGroups,
  isCompleteFingerprint,
  readCardText,
  shortFingerprint,
} from './node-card.ts';

const SIGNED = {
  card: {
    version: 1,
    nodeId: 'node-a',
    name: 'Unité A',
    organisation: 'Unit A (fictional)',
    kind: 'police',
    jurisdiction: 'FR',
    endpoint: 'https://a.example',
  },
  signature: 'x..y',
  rotations: [],
  endorsements: [],
};
const FINGERPRINT = '03187 55301 90824 11270 00001 00002 00003 00004 00005 00006 00007 00008';

describe('reading a node card as pasted or uploaded', () => {
  it('shows what a signed card claims', () => {
    const read = readCardText(JSON.stringify(SIGNED));
    assert.equal(read.kind, 'card');
    if (read.kind === 'card') {
      assert.equal(read.claims.name, 'Unité A');
      assert.equal(read.claims.jurisdiction, 'FR');
      assert.deepEqual(read.card, SIGNED);
    }
  });

  it('takes the card out of what GET /node/card answers, but never its fingerprint', () => {
    const read = readCardText(JSON.stringify({ card: SIGNED, fingerprint: FINGERPRINT }));
    assert.equal(read.kind, 'card');
    if (read.kind === 'card') assert.deepEqual(read.card, SIGNED);
  });

  it('explains text that is empty, not JSON, or not a card', () => {
    assert.deepEqual(readCardText('  '), { kind: 'problem', problem: 'peers.cardRequired' });
    assert.deepEqual(readCardText('{card'), { kind: 'problem', problem: 'peers.cardNotJson' });
    assert.deepEqual(readCardText('{"hello": 1}'), {
      kind: 'problem',
      problem: 'peers.cardNotCard',
    });
    assert.deepEqual(readCardText(JSON.stringify({ card: { ...SIGNED.card, name: 7 } })), {
      kind: 'problem',
      problem: 'peers.cardNotCard',
    });
  });
});

describe('fingerprints and card files', () => {
  it('names the card file after the node, in plain lower-case letters', () => {
    assert.equal(cardFileName('Unité A (fictional)'), 'node-card-unite-a-fictional.json');
    assert.equal(cardFileName('مركز'), 'node-card-node.json');
  });

  it('splits a fingerprint into its groups of five, and shortens it to four', () => {
    assert.equal(fingerprintGroups(FINGERPRINT).length, 12);
    assert.equal(shortFingerprint(FINGERPRINT), '03187 55301 90824 11270');
  });

  it('takes a typed fingerprint as complete with all sixty digits, whatever the spacing', () => {
    assert.equal(isCompleteFingerprint(FINGERPRINT), true);
    assert.equal(isCompleteFingerprint(FINGERPRINT.replace(/ /g, '-')), true);
    assert.equal(isCompleteFingerprint(FINGERPRINT.slice(0, -1)), false);
    assert.equal(isCompleteFingerprint(`${FINGERPRINT.slice(0, -1)}x`), false);
  });
});
