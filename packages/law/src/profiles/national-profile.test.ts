import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BUNDLED_DATASET } from '../data/legal-dataset.generated.ts';
import { CONDUCT_IDS } from '../model.ts';
import { bundledProfile, exampleKey } from './national-profile.ts';
import { READINGS, UNREAD_EXAMPLES } from './profile-readings.ts';

describe('national profiles from the research', () => {
  it('read every research example into a value or list it as deliberately unread', () => {
    const keys = BUNDLED_DATASET.nationalLawExamples.map(exampleKey);
    assert.equal(new Set(keys).size, keys.length, 'example keys are unique');
    const read = new Set(READINGS.map((r) => r.example));
    for (const key of keys) {
      assert.ok(
        read.has(key) !== key in UNREAD_EXAMPLES,
        `${key}: read ${read.has(key)}, unread ${key in UNREAD_EXAMPLES}`,
      );
    }
    for (const key of [...read, ...Object.keys(UNREAD_EXAMPLES)])
      assert.ok(keys.includes(key), `no example ${key}`);
  });

  it("give a value the example's sources, its text as the note and its unverified flag", () => {
    const de = bundledProfile('DE', BUNDLED_DATASET);
    assert.deepEqual(de.conducts['csam.possession'], {
      value: 'yes',
      basis: 'direct',
      asOf: null,
      sources: ['DE_2021', 'DE_2024'],
      note: 'possession a felony (1-5 years) since 2021; government decision to downgrade to misdemeanour',
      unverified: false,
    });
    const gb = bundledProfile('GB', BUNDLED_DATASET);
    assert.equal(gb.csamAgeThreshold.value, 'unknown');
    assert.equal(gb.csamAgeThreshold.unverified, true);
    assert.deepEqual(gb.csamAgeThreshold.sources, ['UK_PCA16']);
    assert.equal(gb.conducts['csam.ai_tools'].value, 'unknown');
    assert.equal(gb.conducts['csam.ai_tools'].unverified, true);
  });

  it("keep India's conflicting sources on knowing access as unknown", () => {
    const access = bundledProfile('IN', BUNDLED_DATASET).conducts['csam.access'];
    assert.equal(access.value, 'unknown');
    assert.deepEqual(access.sources, ['IN_67B', 'IN_SC2024']);
    assert.match(access.note ?? '', /conflicting - treat as uncertain/);
  });

  it('read the 2006 ICMEC result as the five criteria met, as of 2006', () => {
    const fr = bundledProfile('FR', BUNDLED_DATASET);
    assert.deepEqual(
      [
        fr.conducts['csam.possession'].value,
        fr.conducts['csam.possession'].asOf,
        fr.conducts['csam.possession'].basis,
      ],
      ['yes', '2006', 'derived'],
    );
    assert.equal(fr.legislation.ispReportingDuty.value, 'yes');
    assert.deepEqual(fr.legislation.ispReportingDuty.sources, ['ICMEC_1', 'ICMEC_9_JC']);
  });

  it('let a specific reading win over the 2006 ICMEC result', () => {
    const us = bundledProfile('US', BUNDLED_DATASET);
    assert.deepEqual(us.legislation.csamDefinition.sources, ['US_2256']);
    assert.equal(us.legislation.csamSpecificLaw.asOf, '2006');
  });

  it('leave everything unknown where the research says nothing, with placeholders for contacts', () => {
    const ke = bundledProfile('KE', BUNDLED_DATASET);
    for (const c of CONDUCT_IDS) assert.equal(ke.conducts[c].value, 'unknown', c);
    assert.equal(ke.extraditesNationals.value, 'unknown');
    for (const field of [ke.centralAuthority, ke.contact247, ke.acceptedLanguages]) {
      assert.deepEqual([field.value, field.basis, field.sources], ['unknown', 'none', []]);
      assert.match(field.note ?? '', /^placeholder/);
    }
    assert.equal(ke.name, 'Kenya');
  });

  it('keep every research example about the jurisdiction', () => {
    assert.equal(bundledProfile('PH', BUNDLED_DATASET).examples.length, 5);
    assert.equal(bundledProfile('NZ', BUNDLED_DATASET).examples.length, 0);
    assert.equal(bundledProfile('NZ', BUNDLED_DATASET).name, null);
  });
});
