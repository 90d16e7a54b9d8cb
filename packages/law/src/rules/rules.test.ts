// The rules tables against the dataset: every source they cite exists, every article they
// name is one the research records, every date agrees with the research's own text.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BUNDLED_DATASET } from '../data/legal-dataset.generated.ts';
import { findSource } from '../dataset/dataset-access.ts';
import { CRITERIA } from '../harmonisation/criteria.ts';
import { INSTRUMENT_IDS, type InstrumentId } from '../model.ts';
import { CLOUD_AGREEMENTS, EU_MEMBER_STATES, INSTRUMENT_RULES } from './instrument-rules.ts';
import { MEASURE_ROUTES, NO_COOPERATION_PROVISION, PARTIAL_COVERAGE } from './measure-routes.ts';
import { ROUTE_PREFERENCE } from './route-model.ts';
import { PACKAGE_SOURCES } from './package-sources.ts';
import { TOPICS_BY_PROVISION } from './provision-topics.ts';
import { ALLOWED_RESERVATIONS, RECORDED_RESERVATIONS } from './reservations.ts';

const record = (id: InstrumentId) => BUNDLED_DATASET.instruments.find((i) => i.id === id);

/** The article a reference like '25(3)' or '12(4)' belongs to. */
const baseArticle = (article: string): string => /^\d+/.exec(article)?.[0] ?? article;

describe('rules tables', () => {
  it('cite only sources the dataset or the package holds', () => {
    const cited = [
      ...MEASURE_ROUTES.flatMap((r) => r.sources),
      ...Object.values(NO_COOPERATION_PROVISION).flatMap((n) => n?.sources ?? []),
      ...Object.values(INSTRUMENT_RULES).flatMap((r) =>
        'sources' in r.application ? r.application.sources : [],
      ),
      ...CLOUD_AGREEMENTS.flatMap((a) => ('sources' in a.application ? a.application.sources : [])),
      ...ALLOWED_RESERVATIONS.flatMap((r) => r.sources),
      ...RECORDED_RESERVATIONS.flatMap((r) => r.sources),
      ...CRITERIA.flatMap((c) => c.sources),
      'EIO_SCOPE',
      'EU_DIR_EURLEX',
      'EEV_ART10',
      'CLOUD_2025',
      'CLOUD_AU',
    ];
    for (const id of cited) assert.ok(findSource(id) !== undefined, `unknown source ${id}`);
  });

  it('add only sources the research file does not hold itself', () => {
    for (const source of PACKAGE_SOURCES) {
      assert.ok(!BUNDLED_DATASET.sources.some((s) => s.id === source.id), source.id);
    }
  });

  it('name in every route only articles the research records for the instrument', () => {
    for (const route of MEASURE_ROUTES) {
      const articles = record(route.instrument)?.provisions.map((p) => p.article) ?? [];
      for (const article of [route.article, ...route.articles]) {
        assert.ok(
          articles.includes(article) || articles.includes(baseArticle(article)),
          `${route.instrument} ${route.measure}: ${article} is not among ${articles.join(', ')}`,
        );
      }
      assert.ok(route.articles.includes(route.article), `${route.instrument} ${route.measure}`);
    }
  });

  it('mark a route unverified exactly when the research marks its article unverified', () => {
    for (const route of MEASURE_ROUTES) {
      const provision = record(route.instrument)?.provisions.find(
        (p) => p.article === baseArticle(route.article) || p.article === route.article,
      );
      assert.equal(
        route.unverified,
        provision?.unverified ?? false,
        `${route.instrument} ${route.article}`,
      );
    }
  });

  it('take the deadlines of routes from the research deadlines', () => {
    const deadlines = BUNDLED_DATASET.instruments.flatMap((i) =>
      i.deadlines.map((d) => `${i.id} ${d.value} ${d.unit}`),
    );
    const stated = (id: InstrumentId, value: number, unit: 'days' | 'hours') =>
      deadlines.some((d) => d.startsWith(`${id} ${value} ${unit}`));
    for (const route of MEASURE_ROUTES) {
      for (const deadline of [route.deadline, route.emergencyDeadline]) {
        if (deadline === null) continue;
        const [value, unit] =
          'days' in deadline
            ? [deadline.days, 'days' as const]
            : [deadline.hours, 'hours' as const];
        assert.ok(
          stated(route.instrument, value, unit),
          `${route.instrument} ${route.measure}: ${value} ${unit}`,
        );
      }
    }
  });

  it('limit coverage only where the conduct taxonomy notes a limit on the link', () => {
    for (const limit of PARTIAL_COVERAGE) {
      const ref = BUNDLED_DATASET.conducts
        .find((c) => c.id === limit.conduct)
        ?.instrumentRefs.find((r) => r.instrument === limit.instrument);
      assert.match(
        ref?.note ?? '',
        /for the listed purposes/,
        `${limit.instrument} ${limit.conduct}`,
      );
    }
  });

  it('give every instrument a rule and a place in the route preference', () => {
    assert.deepEqual(Object.keys(INSTRUMENT_RULES).sort(), [...INSTRUMENT_IDS].sort());
    assert.deepEqual([...ROUTE_PREFERENCE].sort(), [...INSTRUMENT_IDS].sort());
  });

  it("agree on every start date with the research's own entry-into-force text", () => {
    for (const id of INSTRUMENT_IDS) {
      const application = INSTRUMENT_RULES[id].application;
      const text = record(id)?.entryIntoForce ?? '';
      if (application.kind === 'from') assert.ok(text.includes(application.date), `${id}: ${text}`);
      if (application.kind === 'unknown') assert.equal(text, 'unknown', id);
      if (application.kind === 'not_in_force') assert.match(text, /^not /, id);
    }
  });

  it('give instruments without any route the reason the research supports', () => {
    const routed = new Set(MEASURE_ROUTES.map((r) => r.instrument));
    for (const id of INSTRUMENT_IDS) {
      assert.equal(routed.has(id), NO_COOPERATION_PROVISION[id] === undefined, id);
    }
  });

  it('classify every provision of the dataset, and nothing else', () => {
    for (const inst of BUNDLED_DATASET.instruments) {
      const topics = TOPICS_BY_PROVISION[inst.id];
      assert.deepEqual(
        Object.keys(topics).sort(),
        inst.provisions.map((p) => p.article).sort(),
        inst.id,
      );
    }
  });

  it('list the 27 EU Member States as ISO codes, without the United Kingdom', () => {
    assert.equal(new Set(EU_MEMBER_STATES).size, 27);
    assert.ok(!EU_MEMBER_STATES.includes('GB'));
    for (const iso of ['DE', 'FR', 'NL', 'ES', 'IT', 'IE', 'DK'])
      assert.ok(EU_MEMBER_STATES.includes(iso), iso);
  });

  it("record reservations the research states: an allowed article, an instrument's example or the party cell's source", () => {
    const allowed = ALLOWED_RESERVATIONS.map((r) => `${r.instrument} ${r.article}`);
    for (const r of RECORDED_RESERVATIONS) {
      const example =
        record(r.instrument)?.reservationExamples.some((e) => e.article === r.article) ?? false;
      const jurisdiction = BUNDLED_DATASET.jurisdictions.find((j) => j.iso2 === r.jurisdiction);
      const cellSources =
        jurisdiction !== undefined && (r.instrument === 'BUDAPEST' || r.instrument === 'CETS224')
          ? jurisdiction.parties[r.instrument].sources
          : [];
      const fromCell = r.sources.some((s) => cellSources.includes(s));
      assert.ok(
        allowed.includes(`${r.instrument} ${r.article}`) || example || fromCell,
        `${r.jurisdiction} ${r.instrument} ${r.article}`,
      );
    }
  });
});
