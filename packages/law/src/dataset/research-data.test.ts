import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildDatasetModule } from '../build.ts';
import { normaliseResearchData } from './research-data.ts';
import { isPlainObject } from './schema.ts';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const sharedDir = process.env.CONCORD_SHARED_DIR ?? join(repoRoot, '..', 'shared');
const researchFile = join(sharedDir, 'legal', 'legal-data.json');
const ORIGIN = { sourceFile: 'legal-data.json', sha256: '0'.repeat(64) };

function record(value: unknown): Record<string, unknown> {
  assert.ok(isPlainObject(value), 'expected an object');
  return { ...value };
}

function list(value: unknown): unknown[] {
  assert.ok(Array.isArray(value), 'expected an array');
  return [...value];
}

function research(): Record<string, unknown> {
  assert.ok(
    existsSync(researchFile),
    `research file not found at ${researchFile}: set CONCORD_SHARED_DIR`,
  );
  return record(JSON.parse(readFileSync(researchFile, 'utf8')));
}

function issuesOf(raw: unknown): readonly { code: string; path: string }[] {
  const result = normaliseResearchData(raw, ORIGIN);
  assert.equal(result.ok ? null : result.error.code, 'invalid_research_data');
  return result.ok ? [] : result.error.issues;
}

describe('research file normalisation', () => {
  it('lists each cited source once and keeps only ids in the values', () => {
    const result = normaliseResearchData(research(), ORIGIN);
    assert.ok(result.ok, result.ok ? '' : result.error.message);
    const ids = result.value.sources.map((s) => s.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(result.value.jurisdictions[0]?.parties.OPSC.sources, ['OPSC_STATUS']);
  });

  it('spells statuses in snake_case', () => {
    const result = normaliseResearchData(research(), ORIGIN);
    assert.ok(result.ok);
    const statuses = new Set(
      result.value.jurisdictions.flatMap((j) => Object.values(j.parties).map((c) => c.status)),
    );
    assert.deepEqual([...statuses].sort(), ['not_party', 'not_signed', 'party', 'signatory']);
  });

  it('refuses a field the schema does not know, naming its path', () => {
    const raw = research();
    const issues = issuesOf({ ...raw, unexpected: true });
    assert.deepEqual(
      issues.map((i) => [i.code, i.path]),
      [['unknown_field', '$.unexpected']],
    );
  });

  it('refuses an unknown party status and an unknown conduct id', () => {
    const raw = research();
    const [first, ...rest] = list(raw['countries']);
    const country = record(first);
    const parties = record(country['parties']);
    const broken = {
      ...country,
      parties: { ...parties, OPSC: { ...record(parties['OPSC']), status: 'maybe' } },
    };
    const issues = issuesOf({ ...raw, countries: [broken, ...rest] });
    assert.deepEqual(
      issues.map((i) => [i.code, i.path]),
      [['invalid_value', '$.countries[0].parties.OPSC.status']],
    );
    const [conduct, ...others] = list(raw['conductTaxonomy']);
    const renamed = [{ ...record(conduct), id: 'csam.other' }, ...others];
    assert.ok(
      issuesOf({ ...raw, conductTaxonomy: renamed }).some(
        (i) => i.path === '$.conductTaxonomy[0].id',
      ),
    );
  });

  it('refuses one source id cited with two different titles', () => {
    const raw = research();
    const [first, ...rest] = list(raw['nationalLawExamples']);
    const example = record(first);
    const source = list(example['source']).map((s) => ({ ...record(s), title: 'another title' }));
    const issues = issuesOf({ ...raw, nationalLawExamples: [{ ...example, source }, ...rest] });
    assert.deepEqual(
      issues.map((i) => i.code),
      ['conflicting_source'],
    );
  });

  it('refuses a research file that is not JSON with invalid_json', () => {
    const built = buildDatasetModule('{ not json', '0'.repeat(64));
    assert.equal(built.ok ? null : built.error.code, 'invalid_json');
  });
});
