import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { v1 } from '@concord/client';
import { emptyRule, gradesOf, newRuleRequest } from './new-rule.ts';

const BANK: v1.Bank = {
  id: 'b1',
  name: 'demo',
  description: '',
  origin: 'local',
  handling: {
    tlp: 'AMBER',
    pap: 'GREEN',
    restrictions: {
      noOnwardTransmission: false,
      intelligenceOnly: false,
      retainUntil: null,
      permittedPurposes: null,
    },
  },
  signalCount: 0,
  changeSeq: 0,
  createdAt: '2026-05-01T00:00:00.000Z',
  updatedAt: '2026-05-01T00:00:00.000Z',
};
const NOW = new Date('2026-05-04T09:00:00.000Z');

describe('a new sharing rule from its form', () => {
  it("starts at the bank's own TLP, sharing every type and grade unchanged", () => {
    const request = newRuleRequest({ ...emptyRule(BANK), target: 'peer:node-b' }, NOW);
    assert.deepEqual(request, {
      kind: 'ok',
      body: {
        target: { kind: 'peer', nodeId: 'node-b' },
        signalTypes: null,
        grades: null,
        maxTlp: 'AMBER',
        handling: null,
      },
    });
  });

  it('names a group, filters types and grades, and narrows the handling code', () => {
    const request = newRuleRequest(
      {
        ...emptyRule(BANK),
        target: 'group:g1',
        signalTypes: ['md5', 'pdq'],
        grades: 'caid:A, ungraded',
        narrow: true,
        handling: { ...emptyRule(BANK).handling, tlp: 'RED', noOnwardTransmission: true },
      },
      NOW,
    );
    assert.equal(request.kind, 'ok');
    if (request.kind === 'ok') {
      assert.deepEqual(request.body.target, { kind: 'group', groupId: 'g1' });
      assert.deepEqual(request.body.signalTypes, ['md5', 'pdq']);
      assert.deepEqual(request.body.grades, ['caid:A', 'ungraded']);
      assert.equal(request.body.handling?.tlp, 'RED');
      assert.equal(request.body.handling?.restrictions.noOnwardTransmission, true);
    }
  });

  it('says what is missing or wrong', () => {
    assert.deepEqual(
      newRuleRequest(
        {
          ...emptyRule(BANK),
          grades: 'A',
          narrow: true,
          handling: { ...emptyRule(BANK).handling, retainUntil: '2026-01-01' },
        },
        NOW,
      ),
      {
        kind: 'problems',
        problems: {
          target: 'sharing.targetRequired',
          grades: 'sharing.gradesInvalid',
          retainUntil: 'banks.retainUntilPast',
        },
      },
    );
  });

  it('reads grades of known schemes only', () => {
    assert.deepEqual(gradesOf(' caid:A;vics_us:1  ungraded '), ['caid:A', 'vics_us:1', 'ungraded']);
    assert.equal(gradesOf('nope:A'), null);
    assert.deepEqual(gradesOf(''), []);
  });
});
