import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEFAULT_HANDLING,
  compareTlp,
  narrowHandling,
  parseHandlingCode,
  type HandlingCode,
} from './handling-code.ts';

const base: HandlingCode = {
  tlp: 'GREEN',
  pap: 'GREEN',
  restrictions: {
    noOnwardTransmission: false,
    intelligenceOnly: false,
    retainUntil: null,
    permittedPurposes: null,
  },
};

describe('narrowHandling', () => {
  it('keeps the more restrictive TLP and PAP', () => {
    const n = narrowHandling(base, { ...base, tlp: 'AMBER+STRICT', pap: 'CLEAR' });
    assert.equal(n.tlp, 'AMBER+STRICT');
    assert.equal(n.pap, 'GREEN');
  });
  it('keeps every restriction either side sets', () => {
    const a = {
      ...base,
      restrictions: {
        ...base.restrictions,
        noOnwardTransmission: true,
        retainUntil: '2027-01-01T00:00:00Z',
        permittedPurposes: ['investigation', 'statistics'] as const,
      },
    };
    const b = {
      ...base,
      restrictions: {
        ...base.restrictions,
        intelligenceOnly: true,
        retainUntil: '2026-12-01T00:00:00Z',
        permittedPurposes: ['statistics', 'oversight'] as const,
      },
    };
    assert.deepEqual(narrowHandling(a, b).restrictions, {
      noOnwardTransmission: true,
      intelligenceOnly: true,
      retainUntil: '2026-12-01T00:00:00Z',
      permittedPurposes: ['statistics'],
    });
  });
  it('is symmetric for TLP', () => {
    assert.equal(
      narrowHandling(DEFAULT_HANDLING, base).tlp,
      narrowHandling(base, DEFAULT_HANDLING).tlp,
    );
  });
});

describe('compareTlp', () => {
  it('orders CLEAR below RED', () => {
    assert.ok(compareTlp('CLEAR', 'RED') < 0);
    assert.ok(compareTlp('AMBER+STRICT', 'AMBER') > 0);
    assert.equal(compareTlp('GREEN', 'GREEN'), 0);
  });
});

describe('parseHandlingCode', () => {
  it('accepts a complete handling code and returns an equal value', () => {
    const code = {
      tlp: 'AMBER+STRICT',
      pap: 'RED',
      restrictions: {
        noOnwardTransmission: true,
        intelligenceOnly: false,
        retainUntil: '2027-01-01T00:00:00.000Z',
        permittedPurposes: ['investigation'],
      },
    };
    assert.deepEqual(parseHandlingCode(code), { ok: true, value: code });
  });
  it('names what is wrong', () => {
    const cases: [unknown, RegExp][] = [
      [null, /not an object/],
      [{ ...base, tlp: 'WHITE' }, /TLP "WHITE"/],
      [{ ...base, pap: 'BLUE' }, /PAP/],
      [
        { ...base, restrictions: { ...base.restrictions, intelligenceOnly: 'yes' } },
        /true or false/,
      ],
      [{ ...base, restrictions: { ...base.restrictions, retainUntil: 'tomorrow' } }, /ISO 8601/],
      [
        { ...base, restrictions: { ...base.restrictions, permittedPurposes: ['fun'] } },
        /purpose "fun"/,
      ],
    ];
    for (const [input, why] of cases) {
      const r = parseHandlingCode(input);
      assert.equal(!r.ok && r.error.code, 'invalid_handling_code');
      assert.match(!r.ok ? r.error.message : '', why);
    }
  });
});
