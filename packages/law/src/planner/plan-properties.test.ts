// Properties over random requests (seeded): swapping 'unknown' into any cell of the data never
// turns into a yes or no. An unknown party status never makes a legal basis; an unknown
// criminalisation is reported as unknown and never satisfies dual criminality; an unknown
// answer on extraditing nationals never becomes a nationality bar. And unknowns only remove.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BUNDLED_DATASET } from '../data/legal-dataset.generated.ts';
import {
  CONDUCT_IDS,
  MATRIX_INSTRUMENT_IDS,
  MEASURES,
  URGENCIES,
  type ConductId,
  type LawDataset,
  type MatrixInstrumentId,
  type PartyCell,
} from '../model.ts';
import {
  bundledProfile,
  unknownValue,
  type NationalProfile,
} from '../profiles/national-profile.ts';
import { pick, seededRandom, some } from '../testing/seeded-random.ts';
import { plan, type PlanOptions } from './plan.ts';
import type { PlanInput } from './plan-request.ts';
import type { Plan } from './plan-types.ts';

const SEEDS = [1, 2, 3, 20261128];
const RUNS = 60;
const ISOS = BUNDLED_DATASET.jurisdictions.map((j) => j.iso2);
const UNKNOWN_CELL: PartyCell = {
  status: 'unknown',
  year: 'unknown',
  basis: 'none',
  asOf: null,
  note: 'swapped to unknown by the property test',
  sources: [],
};

interface RandomInput extends PlanInput {
  readonly conducts: readonly ConductId[];
}

function randomInput(random: () => number): RandomInput {
  const requesting = pick(random, ISOS);
  const requested = pick(
    random,
    ISOS.filter((iso) => iso !== requesting),
  );
  return {
    requesting,
    requested,
    conducts: some(random, CONDUCT_IDS, 3),
    measures: some(random, MEASURES, 3),
    urgency: pick(random, URGENCIES),
  };
}

function planned(input: PlanInput, options: PlanOptions = {}): Plan {
  const result = plan(input, options);
  assert.ok(result.ok, result.ok ? '' : result.error.message);
  return result.value;
}

function withUnknownCell(dataset: LawDataset, iso: string, id: MatrixInstrumentId): LawDataset {
  return {
    ...dataset,
    jurisdictions: dataset.jurisdictions.map((j) =>
      j.iso2 === iso ? { ...j, parties: { ...j.parties, [id]: UNKNOWN_CELL } } : j,
    ),
  };
}

function withUnknownConduct(iso: string, conduct: ConductId): NationalProfile {
  const profile = bundledProfile(iso, BUNDLED_DATASET);
  return { ...profile, conducts: { ...profile.conducts, [conduct]: unknownValue('unknown') } };
}

const bases = (p: Plan): readonly string[] => p.legalBases.map((b) => b.instrument);

describe('plan: unknown data never yields yes or no', () => {
  it(`an unknown party status never makes a legal basis and only removes bases (seeds ${SEEDS.join(', ')})`, () => {
    for (const seed of SEEDS) {
      const random = seededRandom(seed);
      for (let run = 0; run < RUNS; run += 1) {
        const input = randomInput(random);
        const iso = pick(random, [input.requesting, input.requested]);
        const id = pick(random, MATRIX_INSTRUMENT_IDS);
        const context = `seed ${seed} run ${run}: ${JSON.stringify(input)}, ${iso} ${id} unknown`;
        const before = planned(input);
        const after = planned(input, { dataset: withUnknownCell(BUNDLED_DATASET, iso, id) });
        assert.ok(!bases(after).includes(id), context);
        assert.ok(
          after.excluded.some((e) => e.instrument === id),
          context,
        );
        for (const basis of bases(after)) assert.ok(bases(before).includes(basis), context);
        const reason = after.excluded.find((e) => e.instrument === id)?.reason ?? '';
        if (reason.startsWith('status_unknown:')) {
          assert.ok(
            after.warnings.some(
              (w) => w.code === 'data_unknown' && w.message.includes(`${iso}'s status under ${id}`),
            ),
            context,
          );
        }
      }
    }
  });

  it(`an unknown criminalisation stays unknown and never satisfies dual criminality (seeds ${SEEDS.join(', ')})`, () => {
    for (const seed of SEEDS) {
      const random = seededRandom(seed);
      for (let run = 0; run < RUNS; run += 1) {
        const input = randomInput(random);
        const side = pick(random, ['requesting', 'requested'] as const);
        const iso = input[side];
        const conduct = pick(random, input.conducts);
        const context = `seed ${seed} run ${run}: ${JSON.stringify(input)}, ${iso} ${conduct} unknown`;
        const after = planned(input, { profiles: [withUnknownConduct(iso, conduct)] });
        const row = after.dualCriminality.find((d) => d.conduct === conduct);
        assert.ok(row !== undefined, context);
        assert.equal(row[side], 'unknown', context);
        assert.notEqual(row.result, 'satisfied', context);
        const other = side === 'requesting' ? row.requested : row.requesting;
        if (row.result === 'not_satisfied') assert.equal(other, 'no', context);
        assert.ok(
          after.warnings.some(
            (w) =>
              w.code === 'data_unknown' && w.message.includes(iso) && w.message.includes(conduct),
          ),
          context,
        );
      }
    }
  });

  it(`an unknown answer on extraditing nationals never becomes a nationality bar (seeds ${SEEDS.join(', ')})`, () => {
    for (const seed of SEEDS) {
      const random = seededRandom(seed);
      for (let run = 0; run < RUNS; run += 1) {
        const base = randomInput(random);
        const input = {
          ...base,
          measures: [...base.measures.filter((m) => m !== 'extradition'), 'extradition'],
        };
        const profile = bundledProfile(input.requested, BUNDLED_DATASET);
        const unknown = { ...profile, extraditesNationals: unknownValue<'unknown'>('unknown') };
        const after = planned(input, { profiles: [unknown] });
        const context = `seed ${seed} run ${run}: ${JSON.stringify(input)}`;
        assert.ok(!after.warnings.some((w) => w.code === 'nationality_bar_extradition'), context);
        assert.ok(
          after.warnings.some(
            (w) => w.code === 'data_unknown' && w.message.includes('extradites its own nationals'),
          ),
          context,
        );
      }
    }
  });

  it(`with every cell and every profile unknown, nothing rests on the party matrix and nothing is satisfied (seeds ${SEEDS.join(', ')})`, () => {
    const dataset: LawDataset = {
      ...BUNDLED_DATASET,
      jurisdictions: BUNDLED_DATASET.jurisdictions.map((j) => ({
        ...j,
        // One unknown cell for every matrix instrument.
        parties: Object.fromEntries(
          MATRIX_INSTRUMENT_IDS.map((id) => [id, UNKNOWN_CELL]),
        ) as Record<MatrixInstrumentId, PartyCell>,
      })),
      nationalLawExamples: [],
      icmec: { ...BUNDLED_DATASET.icmec, history: [] },
    };
    for (const seed of SEEDS) {
      const random = seededRandom(seed);
      for (let run = 0; run < RUNS; run += 1) {
        const input = randomInput(random);
        const context = `seed ${seed} run ${run}: ${JSON.stringify(input)}`;
        const after = planned(input, { dataset });
        for (const basis of bases(after)) {
          assert.ok(
            !(MATRIX_INSTRUMENT_IDS as readonly string[]).includes(basis),
            `${context}: ${basis}`,
          );
        }
        for (const row of after.dualCriminality) {
          assert.deepEqual(
            [row.requesting, row.requested, row.result],
            ['unknown', 'unknown', 'unknown'],
            context,
          );
        }
      }
    }
  });
});
