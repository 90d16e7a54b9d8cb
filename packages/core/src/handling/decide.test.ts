import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ROLES, type Role } from '../accounts/roles.ts';
import { decide, type PolicyAction, type PolicyItem, type PolicySubject } from './decide.ts';
import {
  NO_RESTRICTIONS,
  PAP_LEVELS,
  TLP_LEVELS,
  type HandlingCode,
  type OriginatorRestrictions,
  type Pap,
  type Tlp,
} from './handling-code.ts';

const AT = '2026-06-01T12:00:00.000Z';
const HERE = 'node-receiver';
const ORIGIN = 'node-origin';
const PEER = 'node-third';

type Actor = Role | 'node';
const ACTORS: readonly Actor[] = [...ROLES, 'node'];

function subject(
  actor: Actor,
  over: Partial<{ purpose: 'investigation' | 'statistics' | null; nodeId: string }> = {},
): PolicySubject {
  const nodeId = over.nodeId ?? HERE;
  const purpose = over.purpose === undefined ? 'investigation' : over.purpose;
  return actor === 'node'
    ? { kind: 'node', nodeId, purpose }
    : { kind: 'user', userId: `user-${actor}`, role: actor, nodeId, purpose };
}

function item(
  tlp: Tlp,
  pap: Pap = 'CLEAR',
  restrictions: Partial<OriginatorRestrictions> = {},
  extra: Partial<Omit<PolicyItem, 'handling'>> = {},
): PolicyItem {
  const handling: HandlingCode = {
    tlp,
    pap,
    restrictions: { ...NO_RESTRICTIONS, ...restrictions },
  };
  return { handling, originNodeId: ORIGIN, namedRecipients: [], courtUseConsent: false, ...extra };
}

const ACTIONS = {
  view: { kind: 'view', at: AT },
  export: { kind: 'export', at: AT },
  share: { kind: 'share', at: AT, targetNodeId: PEER },
  court_use: { kind: 'court_use', at: AT },
  act_internal: { kind: 'act', at: AT, level: 'internal' },
  act_passive: { kind: 'act', at: AT, level: 'passive' },
  act_active: { kind: 'act', at: AT, level: 'active' },
} as const satisfies Record<string, PolicyAction>;
type ActionName = keyof typeof ACTIONS;

// One letter per outcome, so each table row reads across the five TLP labels.
const CODES = {
  A: 'permitted',
  O: 'originator',
  R: 'role_not_permitted',
  N: 'tlp_red_not_recipient',
  X: 'tlp_forbids_export',
  F: 'tlp_forbids_forward',
} as const;
type Code = keyof typeof CODES;

function outcome(letter: string) {
  const reason = CODES[letter as Code];
  assert.ok(reason, `unknown code letter ${letter}`);
  return { allow: reason === 'permitted' || reason === 'originator', reason };
}

/**
 * Receiver side: the item came from another node with PAP:CLEAR and no
 * originator restrictions. Columns: CLEAR GREEN AMBER AMBER+STRICT RED.
 */
const RECEIVER_TABLE: Record<ActionName, Record<Actor, string>> = {
  view: {
    admin: 'AAAAN',
    analyst: 'AAAAN',
    victim_id: 'AAAAN',
    legal: 'AAAAN',
    victim_support: 'AAAAN',
    coordinator: 'AAAAN',
    auditor: 'RRRRR',
    node: 'AAAAN',
  },
  export: {
    admin: 'RRRRR',
    analyst: 'AAAAX',
    victim_id: 'AAAAX',
    legal: 'AAAAX',
    victim_support: 'RRRRR',
    coordinator: 'AAAAX',
    auditor: 'RRRRR',
    node: 'AAAAX',
  },
  share: {
    admin: 'AAFFF',
    analyst: 'AAFFF',
    victim_id: 'AAFFF',
    legal: 'RRRRR',
    victim_support: 'RRRRR',
    coordinator: 'AAFFF',
    auditor: 'RRRRR',
    node: 'AAFFF',
  },
  court_use: {
    admin: 'RRRRR',
    analyst: 'RRRRR',
    victim_id: 'RRRRR',
    legal: 'AAAAA',
    victim_support: 'RRRRR',
    coordinator: 'RRRRR',
    auditor: 'RRRRR',
    node: 'RRRRR',
  },
  act_internal: {
    admin: 'RRRRR',
    analyst: 'AAAAA',
    victim_id: 'AAAAA',
    legal: 'RRRRR',
    victim_support: 'RRRRR',
    coordinator: 'AAAAA',
    auditor: 'RRRRR',
    node: 'RRRRR',
  },
  act_passive: {
    admin: 'RRRRR',
    analyst: 'AAAAA',
    victim_id: 'AAAAA',
    legal: 'RRRRR',
    victim_support: 'RRRRR',
    coordinator: 'AAAAA',
    auditor: 'RRRRR',
    node: 'RRRRR',
  },
  act_active: {
    admin: 'RRRRR',
    analyst: 'AAAAA',
    victim_id: 'AAAAA',
    legal: 'RRRRR',
    victim_support: 'RRRRR',
    coordinator: 'AAAAA',
    auditor: 'RRRRR',
    node: 'RRRRR',
  },
};

/** Originator side: the item was created on this node. RED shares go only to named recipients. */
const ORIGINATOR_TABLE: Record<ActionName, Record<Actor, string>> = {
  view: {
    admin: 'OOOOO',
    analyst: 'OOOOO',
    victim_id: 'OOOOO',
    legal: 'OOOOO',
    victim_support: 'OOOOO',
    coordinator: 'OOOOO',
    auditor: 'RRRRR',
    node: 'OOOOO',
  },
  export: {
    admin: 'RRRRR',
    analyst: 'OOOOO',
    victim_id: 'OOOOO',
    legal: 'OOOOO',
    victim_support: 'RRRRR',
    coordinator: 'OOOOO',
    auditor: 'RRRRR',
    node: 'OOOOO',
  },
  share: {
    admin: 'OOOON',
    analyst: 'OOOON',
    victim_id: 'OOOON',
    legal: 'RRRRR',
    victim_support: 'RRRRR',
    coordinator: 'OOOON',
    auditor: 'RRRRR',
    node: 'OOOON',
  },
  court_use: {
    admin: 'RRRRR',
    analyst: 'RRRRR',
    victim_id: 'RRRRR',
    legal: 'OOOOO',
    victim_support: 'RRRRR',
    coordinator: 'RRRRR',
    auditor: 'RRRRR',
    node: 'RRRRR',
  },
  act_internal: {
    admin: 'RRRRR',
    analyst: 'OOOOO',
    victim_id: 'OOOOO',
    legal: 'RRRRR',
    victim_support: 'RRRRR',
    coordinator: 'OOOOO',
    auditor: 'RRRRR',
    node: 'RRRRR',
  },
  act_passive: {
    admin: 'RRRRR',
    analyst: 'OOOOO',
    victim_id: 'OOOOO',
    legal: 'RRRRR',
    victim_support: 'RRRRR',
    coordinator: 'OOOOO',
    auditor: 'RRRRR',
    node: 'RRRRR',
  },
  act_active: {
    admin: 'RRRRR',
    analyst: 'OOOOO',
    victim_id: 'OOOOO',
    legal: 'RRRRR',
    victim_support: 'RRRRR',
    coordinator: 'OOOOO',
    auditor: 'RRRRR',
    node: 'RRRRR',
  },
};

describe('decide: every TLP label x action x role, as a receiver', () => {
  for (const [action, rows] of Object.entries(RECEIVER_TABLE) as [
    ActionName,
    Record<Actor, string>,
  ][]) {
    for (const actor of ACTORS) {
      it(`${action} by ${actor} gives ${rows[actor]}`, () => {
        TLP_LEVELS.forEach((tlp, i) => {
          const expected = outcome(rows[actor][i] ?? '?');
          assert.deepEqual(decide(subject(actor), item(tlp), ACTIONS[action]), expected, `${tlp}`);
        });
      });
    }
  }
});

describe('decide: every TLP label x action x role, as the originator', () => {
  for (const [action, rows] of Object.entries(ORIGINATOR_TABLE) as [
    ActionName,
    Record<Actor, string>,
  ][]) {
    for (const actor of ACTORS) {
      it(`${action} by ${actor} gives ${rows[actor]}`, () => {
        TLP_LEVELS.forEach((tlp, i) => {
          const expected = outcome(rows[actor][i] ?? '?');
          const got = decide(subject(actor, { nodeId: ORIGIN }), item(tlp), ACTIONS[action]);
          assert.deepEqual(got, expected, `${tlp}`);
        });
      });
    }
  }
});

describe('decide: PAP limits how intrusive an action may be', () => {
  // Columns: internal passive active.
  const PAP_TABLE: Record<Pap, string> = { CLEAR: 'AAA', GREEN: 'AAA', AMBER: 'AAD', RED: 'ADD' };
  const levels = ['act_internal', 'act_passive', 'act_active'] as const;
  for (const pap of PAP_LEVELS) {
    it(`PAP:${pap} allows ${PAP_TABLE[pap]}`, () => {
      levels.forEach((level, i) => {
        const allow = PAP_TABLE[pap][i] === 'A';
        const expected = allow
          ? { allow: true, reason: 'permitted' }
          : { allow: false, reason: 'pap_forbids_action' };
        assert.deepEqual(
          decide(subject('analyst'), item('GREEN', pap), ACTIONS[level]),
          expected,
          level,
        );
      });
    });
  }
  it('does not bind the originator', () => {
    const got = decide(
      subject('analyst', { nodeId: ORIGIN }),
      item('RED', 'RED'),
      ACTIONS.act_active,
    );
    assert.deepEqual(got, { allow: true, reason: 'originator' });
  });
});

describe('decide: originator restrictions', () => {
  it('forbids any onward transmission of a no-onward item, even TLP:CLEAR', () => {
    const got = decide(
      subject('analyst'),
      item('CLEAR', 'CLEAR', { noOnwardTransmission: true }),
      ACTIONS.share,
    );
    assert.deepEqual(got, { allow: false, reason: 'no_onward_transmission' });
  });
  it('still lets the receiver view and export a no-onward item', () => {
    const it2 = item('GREEN', 'CLEAR', { noOnwardTransmission: true });
    assert.equal(decide(subject('analyst'), it2, ACTIONS.view).allow, true);
    assert.equal(decide(subject('analyst'), it2, ACTIONS.export).allow, true);
  });
  it('keeps intelligence-only items out of court without consent', () => {
    const restricted = item('GREEN', 'CLEAR', { intelligenceOnly: true });
    assert.deepEqual(decide(subject('legal'), restricted, ACTIONS.court_use), {
      allow: false,
      reason: 'intelligence_only',
    });
    const consented = item('GREEN', 'CLEAR', { intelligenceOnly: true }, { courtUseConsent: true });
    assert.deepEqual(decide(subject('legal'), consented, ACTIONS.court_use), {
      allow: true,
      reason: 'permitted',
    });
  });
  it('denies every action after the retention date and allows it up to that instant', () => {
    const expiring = item('CLEAR', 'CLEAR', { retainUntil: AT });
    for (const action of Object.values(ACTIONS)) {
      const after = { ...action, at: '2026-06-01T12:00:00.001Z' };
      const actor: Actor = action.kind === 'court_use' ? 'legal' : 'analyst';
      assert.deepEqual(
        decide(subject(actor), expiring, after),
        { allow: false, reason: 'retention_expired' },
        action.kind,
      );
      assert.equal(
        decide(subject(actor), expiring, action).allow,
        true,
        `${action.kind} at the limit`,
      );
    }
  });
  it('requires a stated purpose when the originator limited purposes', () => {
    const limited = item('GREEN', 'CLEAR', { permittedPurposes: ['victim_identification'] });
    assert.deepEqual(decide(subject('analyst', { purpose: null }), limited, ACTIONS.view), {
      allow: false,
      reason: 'purpose_required',
    });
    assert.deepEqual(
      decide(subject('analyst', { purpose: 'investigation' }), limited, ACTIONS.view),
      { allow: false, reason: 'purpose_not_permitted' },
    );
    const vid = {
      kind: 'user',
      userId: 'u',
      role: 'victim_id',
      nodeId: HERE,
      purpose: 'victim_identification',
    } as const;
    assert.deepEqual(decide(vid, limited, ACTIONS.view), { allow: true, reason: 'permitted' });
  });
  it('checks the role before anything else', () => {
    const everything = item('RED', 'RED', {
      noOnwardTransmission: true,
      retainUntil: '2000-01-01T00:00:00Z',
    });
    assert.deepEqual(decide(subject('auditor'), everything, ACTIONS.view), {
      allow: false,
      reason: 'role_not_permitted',
    });
  });
});

describe('decide: TLP:RED named recipients', () => {
  it('lets a named user and a named node view, nobody else', () => {
    const red = item('RED', 'CLEAR', {}, { namedRecipients: ['user-analyst', HERE] });
    assert.equal(decide(subject('analyst'), red, ACTIONS.view).allow, true);
    assert.equal(decide(subject('node'), red, ACTIONS.view).allow, true);
    assert.deepEqual(decide(subject('legal'), red, ACTIONS.view), {
      allow: false,
      reason: 'tlp_red_not_recipient',
    });
  });
  it('lets the originator share only with named nodes', () => {
    const red = item('RED', 'CLEAR', {}, { namedRecipients: [PEER] });
    const origin = subject('analyst', { nodeId: ORIGIN });
    assert.deepEqual(decide(origin, red, ACTIONS.share), { allow: true, reason: 'originator' });
    const other = { ...ACTIONS.share, targetNodeId: 'node-elsewhere' };
    assert.deepEqual(decide(origin, red, other), { allow: false, reason: 'tlp_red_not_recipient' });
  });
  it('never lets a receiver forward RED, even to a named node', () => {
    const red = item('RED', 'CLEAR', {}, { namedRecipients: [PEER, HERE] });
    assert.deepEqual(decide(subject('analyst'), red, ACTIONS.share), {
      allow: false,
      reason: 'tlp_forbids_forward',
    });
  });
});
