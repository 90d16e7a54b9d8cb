import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plan } from './plan.ts';
import { parsePlanRequest } from './plan-request.ts';

const GOOD = {
  requesting: 'DE',
  requested: 'FR',
  conducts: ['csam.possession'],
  measures: ['preservation'],
  urgency: 'routine',
};

function codeOf(input: unknown): string | null {
  const result = parsePlanRequest(input);
  return result.ok ? null : result.error.code;
}

describe('plan request', () => {
  it('accepts a well-formed request and removes duplicate ids, keeping their order', () => {
    const result = parsePlanRequest({
      ...GOOD,
      conducts: ['grooming.meeting', 'csam.possession', 'grooming.meeting'],
      measures: ['content_data', 'preservation', 'content_data'],
    });
    assert.ok(result.ok);
    assert.deepEqual(result.value.conducts, ['grooming.meeting', 'csam.possession']);
    assert.deepEqual(result.value.measures, ['content_data', 'preservation']);
  });

  it('defaults the urgency to routine', () => {
    const { urgency: _urgency, ...rest } = GOOD;
    const result = parsePlanRequest(rest);
    assert.equal(result.ok ? result.value.urgency : null, 'routine');
  });

  it('refuses codes that are not ISO 3166-1 alpha-2, lower case included', () => {
    assert.equal(codeOf({ ...GOOD, requesting: 'XX' }), 'unknown_jurisdiction');
    assert.equal(codeOf({ ...GOOD, requested: 'de' }), 'unknown_jurisdiction');
    assert.equal(codeOf({ ...GOOD, requested: 'EU' }), 'unknown_jurisdiction');
    assert.equal(codeOf({ ...GOOD, requested: 42 }), 'unknown_jurisdiction');
  });

  it('refuses the same jurisdiction on both sides', () => {
    assert.equal(codeOf({ ...GOOD, requested: 'DE' }), 'same_jurisdiction');
  });

  it('refuses unknown conduct, measure and urgency ids with their own codes', () => {
    assert.equal(
      codeOf({ ...GOOD, conducts: ['csam.possession', 'csam.unknown'] }),
      'unknown_conduct',
    );
    assert.equal(codeOf({ ...GOOD, measures: ['wiretap'] }), 'unknown_measure');
    assert.equal(codeOf({ ...GOOD, urgency: 'asap' }), 'unknown_urgency');
  });

  it('refuses a request that is not an object, or empty or non-string lists', () => {
    assert.equal(codeOf(null), 'invalid_request');
    assert.equal(codeOf(['DE', 'FR']), 'invalid_request');
    assert.equal(codeOf({ ...GOOD, conducts: [] }), 'invalid_request');
    assert.equal(codeOf({ ...GOOD, measures: 'preservation' }), 'invalid_request');
    assert.equal(codeOf({ ...GOOD, conducts: [1] }), 'invalid_request');
  });

  it('names the accepted ids in the message', () => {
    const result = parsePlanRequest({ ...GOOD, measures: ['wiretap'] });
    assert.match(
      result.ok ? '' : result.error.message,
      /wiretap is not a measure \(preservation, subscriber_info/,
    );
  });

  it('makes plan() return the same coded error and no plan', () => {
    const result = plan({ ...GOOD, requested: 'DE' });
    assert.deepEqual(result.ok ? null : result.error.code, 'same_jurisdiction');
  });
});
