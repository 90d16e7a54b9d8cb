import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_HANDLING, NO_RESTRICTIONS, type HandlingCode, type Tlp } from '@concord/core';
import type {
  BankRecord,
  SharingGroupRecord,
  SharingRuleRecord,
  SignalRecord,
} from '@concord/storage';
import { rulesFor, shareSignal } from './share-signal.ts';
import { fromSyncSignal, toSyncSignal } from './sync-items.ts';

const AT = '2026-06-01T00:00:00.000Z';
const ME = 'node-me';
const handling = (
  tlp: Tlp,
  restrictions: Partial<HandlingCode['restrictions']> = {},
): HandlingCode => ({ tlp, pap: 'AMBER', restrictions: { ...NO_RESTRICTIONS, ...restrictions } });
const localBank: BankRecord = {
  id: 'b',
  name: 'b',
  description: '',
  originNodeId: ME,
  handling: DEFAULT_HANDLING,
  changeSeq: 9,
  createdAt: AT,
  updatedAt: AT,
};
const receivedBank: BankRecord = { ...localBank, id: 'rb', originNodeId: 'node-origin' };

function signal(over: Partial<SignalRecord> = {}): SignalRecord {
  return {
    id: 's1',
    bankId: 'b',
    type: 'pdq',
    value: 'ab'.repeat(32),
    sourceId: null,
    grade: { scheme: 'caid', value: 'A', gradedBy: 'me', gradedAt: AT },
    series: 'S',
    victimIdentified: false,
    offenderIdentified: null,
    isDistributed: true,
    comments: null,
    contributor: ME,
    confirmations: 2,
    handling: handling('GREEN'),
    lawfulBasis: null,
    retainUntil: null,
    extra: { x: 1 },
    createdAt: AT,
    updatedAt: AT,
    retractedAt: null,
    retractionReason: null,
    changeSeq: 7,
    provenance: null,
    remoteId: null,
    disputes: 0,
    ...over,
  };
}

function rule(over: Partial<SharingRuleRecord> = {}): SharingRuleRecord {
  return {
    id: 'r',
    bankId: 'b',
    target: { kind: 'peer', nodeId: 'node-2' },
    signalTypes: null,
    grades: null,
    maxTlp: 'AMBER',
    handling: null,
    createdAt: AT,
    createdBy: 'ana',
    ...over,
  };
}

describe('rulesFor', () => {
  const groups: SharingGroupRecord[] = [
    { id: 'g', name: 'europe', members: ['node-3'], createdAt: AT },
  ];
  const rules = [
    rule({ id: 'direct' }),
    rule({ id: 'via-group', target: { kind: 'group', groupId: 'g' } }),
  ];
  it('finds rules naming the peer and rules of its groups, and none for strangers', () => {
    assert.deepEqual(
      rulesFor(rules, groups, 'node-2').map((r) => r.id),
      ['direct'],
    );
    assert.deepEqual(
      rulesFor(rules, groups, 'node-3').map((r) => r.id),
      ['via-group'],
    );
    assert.deepEqual(rulesFor(rules, groups, 'node-4'), []);
  });
});

describe('shareSignal: the handling-code matrix of what leaves', () => {
  const go = (s: SignalRecord, rules: SharingRuleRecord[], bank = localBank) =>
    shareSignal(s, bank, rules, 'node-2', ME, AT);
  const reason = (d: ReturnType<typeof go>) => (d.share ? 'shared' : d.reason);

  it('shares what a rule admits, up to the rule’s TLP', () => {
    assert.equal(reason(go(signal(), [rule({ maxTlp: 'GREEN' })])), 'shared');
    assert.equal(
      reason(go(signal({ handling: handling('AMBER') }), [rule({ maxTlp: 'GREEN' })])),
      'tlp_above_rule',
    );
    assert.equal(
      reason(go(signal({ handling: handling('CLEAR') }), [rule({ maxTlp: 'GREEN' })])),
      'shared',
    );
  });
  it('filters by signal type and by grade, ungraded included', () => {
    assert.equal(reason(go(signal(), [rule({ signalTypes: ['md5'] })])), 'type_not_shared');
    assert.equal(reason(go(signal(), [rule({ grades: ['caid:B'] })])), 'grade_not_shared');
    assert.equal(reason(go(signal({ grade: null }), [rule({ grades: ['ungraded'] })])), 'shared');
  });
  it('shares nothing without a rule for the peer (a wrong-group peer gets nothing)', () => {
    assert.equal(reason(go(signal(), [])), 'no_rule');
  });
  it('narrows the handling code by the rule’s, never widens it', () => {
    const d = go(
      signal({ handling: handling('GREEN', { retainUntil: '2027-01-01T00:00:00.000Z' }) }),
      [
        rule({
          handling: handling('AMBER', {
            noOnwardTransmission: true,
            retainUntil: '2026-12-01T00:00:00.000Z',
          }),
        }),
      ],
    );
    assert.ok(d.share);
    assert.equal(d.handling.tlp, 'AMBER');
    assert.equal(d.handling.restrictions.noOnwardTransmission, true);
    assert.equal(d.handling.restrictions.retainUntil, '2026-12-01T00:00:00.000Z');
  });
  it('never forwards a received AMBER, no-onward or RED signal, and never after its retention', () => {
    assert.equal(
      reason(go(signal({ handling: handling('AMBER') }), [rule()], receivedBank)),
      'tlp_forbids_forward',
    );
    assert.equal(
      reason(
        go(
          signal({ handling: handling('GREEN', { noOnwardTransmission: true }) }),
          [rule()],
          receivedBank,
        ),
      ),
      'no_onward_transmission',
    );
    assert.equal(
      reason(
        go(
          signal({ handling: handling('GREEN', { retainUntil: '2026-05-01T00:00:00.000Z' }) }),
          [rule()],
          receivedBank,
        ),
      ),
      'retention_expired',
    );
    assert.equal(
      reason(go(signal({ handling: handling('GREEN') }), [rule()], receivedBank)),
      'shared',
    );
    assert.equal(
      reason(go(signal({ handling: handling('RED') }), [rule({ maxTlp: 'RED' })])),
      'tlp_red_not_recipient',
    );
  });
});

describe('sync items', () => {
  it('carry a signal to the receiver with its originator, path and narrowed code, and nothing local', () => {
    const received = signal({
      provenance: { origin: 'node-origin', path: ['node-origin'] },
      contributor: 'node-origin',
    });
    const item = toSyncSignal(received, handling('GREEN', { noOnwardTransmission: true }), ME);
    assert.deepEqual(item.path, ['node-origin', ME]);
    assert.equal('extra' in item, false, 'fields the sender keeps for itself do not travel');
    const stored = fromSyncSignal(item);
    assert.deepEqual(stored.provenance, { origin: 'node-origin', path: ['node-origin', ME] });
    assert.equal(stored.contributor, 'node-origin');
    assert.equal(stored.remoteId, 's1');
    assert.equal(stored.handling.restrictions.noOnwardTransmission, true);
    assert.equal(stored.confirmations, 2);
  });
});
