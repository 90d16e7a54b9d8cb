import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BUNDLED_DATASET } from '../data/legal-dataset.generated.ts';
import { harmonisationReport } from '../harmonisation/harmonisation-report.ts';
import { plan } from '../planner/plan.ts';
import { DE_PROFILE } from '../testing/profile-samples.ts';
import { mergeProfile, type MergedProfile } from './merge-profile.ts';
import { bundledProfile } from './national-profile.ts';

function merged(): MergedProfile {
  const result = mergeProfile(bundledProfile('DE', BUNDLED_DATASET), DE_PROFILE);
  assert.ok(result.ok, result.ok ? '' : result.error.message);
  return result.value;
}

describe('merging a published profile over the bundled one', () => {
  it('puts published values in force, saying which node published them and when', () => {
    const grooming = merged().conducts['grooming.meeting'];
    assert.deepEqual(grooming.origin, {
      kind: 'published',
      nodeId: 'node-de-bka',
      publisherName: 'Example unit, DE',
      publishedAt: '2026-11-20T09:30:00Z',
    });
    assert.deepEqual(grooming.effective, {
      value: 'yes',
      basis: 'direct',
      asOf: '2026-11-20',
      sources: ['profile:DE', 'profile:DE:STGB_176B'],
      note: 'preparing abuse through content',
      unverified: false,
    });
  });

  it('keeps both versions of a value the node published', () => {
    const possession = merged().conducts['csam.possession'];
    assert.deepEqual(possession.bundled.sources, ['DE_2021', 'DE_2024']);
    assert.deepEqual(possession.published?.sources, ['profile:DE', 'profile:DE:STGB_184B']);
    assert.deepEqual(possession.effective, possession.published);
  });

  it('keeps bundled values, marked bundled, where the node published nothing', () => {
    const m = merged();
    assert.deepEqual(m.conducts['csam.access'].origin, { kind: 'bundled' });
    assert.equal(m.conducts['csam.access'].published, null);
    assert.equal(m.effective.conducts['csam.access'].value, 'partial');
    assert.deepEqual(m.effective.extraditesNationals, m.bundled.extraditesNationals);
  });

  it('replaces the placeholders the node publishes', () => {
    const m = merged();
    assert.deepEqual(m.effective.acceptedLanguages.value, ['de', 'en']);
    assert.equal(m.bundled.contact247.value, 'unknown');
    assert.deepEqual(m.effective.contact247.value, {
      name: 'Example 24/7 desk',
      phone: '+49 000 000000',
      email: null,
      address: null,
    });
  });

  it("refuses to lay one jurisdiction's profile over another's", () => {
    const result = mergeProfile(bundledProfile('FR', BUNDLED_DATASET), DE_PROFILE);
    assert.equal(result.ok ? null : result.error.code, 'jurisdiction_mismatch');
  });

  it('changes the plan and cites the published profile and its sources', () => {
    const input = {
      requesting: 'FR',
      requested: 'DE',
      conducts: ['grooming.meeting'],
      measures: ['extradition'],
    };
    const before = plan(input);
    const after = plan(input, { profiles: [merged().effective] });
    assert.ok(before.ok && after.ok);
    assert.equal(before.value.dualCriminality[0]?.requested, 'unknown');
    assert.equal(after.value.dualCriminality[0]?.requested, 'yes');
    const cited = after.value.sources.filter((s) => s.id.startsWith('profile:DE'));
    assert.deepEqual(cited, [
      {
        id: 'profile:DE',
        title:
          'National profile of DE published by Example unit, DE (node-de-bka) on 2026-11-20T09:30:00Z',
        ref: 'concord-node:node-de-bka',
      },
      {
        id: 'profile:DE:STGB_176B',
        title: 'Strafgesetzbuch § 176b',
        ref: 'https://www.gesetze-im-internet.de/stgb/__176b.html',
      },
    ]);
  });

  it('feeds the harmonisation report', () => {
    const report = harmonisationReport('DE', { profile: merged().effective });
    assert.ok(report.ok);
    const grooming = report.value.rows.find((r) => r.criterion === 'lanzarote.23');
    assert.equal(grooming?.result, 'met');
    assert.ok(grooming?.sources.includes('profile:DE'));
  });
});
