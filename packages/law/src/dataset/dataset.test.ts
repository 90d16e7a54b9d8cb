// The bundled dataset: it passes its schema, and regenerating it from the shared research
// file gives the checked-in bytes. The shared file must be present: without it this fails.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildDatasetModule, GENERATED_MODULE } from '../build.ts';
import { BUNDLED_DATASET } from '../data/legal-dataset.generated.ts';
import { CONDUCT_IDS, INSTRUMENT_IDS, MATRIX_INSTRUMENT_IDS } from '../model.ts';
import { parseLawDataset } from './dataset-schema.ts';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const sharedDir = process.env.CONCORD_SHARED_DIR ?? join(repoRoot, '..', 'shared');
const researchFile = join(sharedDir, 'legal', 'legal-data.json');

describe('bundled legal dataset', () => {
  it('passes the dataset schema and its integrity checks', () => {
    const parsed = parseLawDataset(JSON.parse(JSON.stringify(BUNDLED_DATASET)));
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.error.message);
  });

  it('regenerates byte for byte from the shared research file', () => {
    assert.ok(
      existsSync(researchFile),
      `research file not found at ${researchFile}: put shared/ beside the repository or set CONCORD_SHARED_DIR`,
    );
    const bytes = readFileSync(researchFile);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const built = buildDatasetModule(bytes.toString('utf8'), sha256);
    assert.ok(built.ok, built.ok ? '' : built.error.message);
    const checkedIn = readFileSync(join(repoRoot, GENERATED_MODULE), 'utf8');
    assert.ok(
      built.value === checkedIn,
      `${GENERATED_MODULE} is stale (research sha256 ${sha256}, module ${BUNDLED_DATASET.meta.sha256}): run npm run build:law`,
    );
  });

  it('holds the research file counts: 12 instruments, 25 jurisdictions x 7 cells, 17 conducts, 33 examples, 154 sources', () => {
    assert.deepEqual(
      BUNDLED_DATASET.instruments.map((i) => i.id),
      [...INSTRUMENT_IDS],
    );
    assert.equal(BUNDLED_DATASET.jurisdictions.length, 25);
    for (const j of BUNDLED_DATASET.jurisdictions) {
      assert.deepEqual(Object.keys(j.parties).sort(), [...MATRIX_INSTRUMENT_IDS].sort(), j.iso2);
    }
    assert.deepEqual(
      BUNDLED_DATASET.conducts.map((c) => c.id),
      [...CONDUCT_IDS],
    );
    assert.equal(BUNDLED_DATASET.nationalLawExamples.length, 33);
    assert.equal(BUNDLED_DATASET.sources.length, 154);
  });

  it('keeps cells as the research records them, basis and sources included', () => {
    const cell = (iso: string, id: (typeof MATRIX_INSTRUMENT_IDS)[number]) =>
      BUNDLED_DATASET.jurisdictions.find((j) => j.iso2 === iso)?.parties[id];
    assert.deepEqual(
      [
        cell('TH', 'BUDAPEST')?.status,
        cell('TH', 'BUDAPEST')?.basis,
        cell('TH', 'BUDAPEST')?.sources,
      ],
      ['not_party', 'direct', ['BUD_TH_OCTOPUS']],
    );
    assert.deepEqual(
      [cell('VN', 'BUDAPEST')?.status, cell('VN', 'BUDAPEST')?.basis],
      ['not_party', 'weak'],
    );
    assert.deepEqual([cell('JP', 'CETS224')?.status, cell('JP', 'CETS224')?.year], ['party', 2023]);
    assert.deepEqual(
      [cell('KE', 'OPSC')?.status, cell('KE', 'OPSC')?.year],
      ['signatory', 'unknown'],
    );
    assert.equal(cell('ZA', 'BUDAPEST')?.status, 'signatory');
    assert.equal(cell('US', 'UNCC')?.status, 'not_signed');
  });

  it("takes a cell's as-of date from its note only where the note states one", () => {
    const cells = BUNDLED_DATASET.jurisdictions.flatMap((j) => Object.values(j.parties));
    const dated = cells.filter((c) => c.asOf !== null);
    assert.equal(dated.length, 10);
    for (const c of dated) assert.ok(c.note.includes(c.asOf ?? '?'), c.note);
  });

  it('keeps what the research marks unverified as unverified', () => {
    const provisions = BUNDLED_DATASET.instruments.flatMap((i) =>
      i.provisions.map((p) => `${i.id} ${p.article}`),
    );
    const unverified = BUNDLED_DATASET.instruments.flatMap((i) =>
      i.provisions.filter((p) => p.unverified).map((p) => `${i.id} ${p.article}`),
    );
    assert.equal(provisions.length, 64);
    assert.deepEqual(unverified, [
      'CETS224 6',
      'CETS224 11',
      'CETS224 12',
      'LANZAROTE 19',
      'LANZAROTE 22',
      'LANZAROTE 24',
      'ILO_C182 3',
      'UNTOC_TIP UNTOC 16 / 18',
      'UNCC Chapter on international cooperation',
      'EU_DIR_2011_93 5 / 6 / 17',
      'EU_EIO Annex A',
    ]);
    const cets = BUNDLED_DATASET.instruments.find((i) => i.id === 'CETS224');
    assert.deepEqual(
      cets?.deadlines.map((d) => [d.value, d.unverified]),
      [['unknown', true]],
    );
  });
});
