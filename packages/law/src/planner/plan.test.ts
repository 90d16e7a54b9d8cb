import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BUNDLED_DATASET } from '../data/legal-dataset.generated.ts';
import { findSource } from '../dataset/dataset-access.ts';
import { INSTRUMENT_IDS } from '../model.ts';
import { EXCLUSION_CODES, PLAN_WARNING_CODES, type Plan } from './plan-types.ts';
import { plan } from './plan.ts';
import type { PlanInput } from './plan-request.ts';

const DE_FR: PlanInput = {
  requesting: 'DE',
  requested: 'FR',
  conducts: ['csam.possession', 'grooming.meeting'],
  measures: ['preservation', 'content_data', 'extradition'],
  urgency: 'urgent',
};

function planned(input: PlanInput): Plan {
  const result = plan(input);
  assert.ok(result.ok, result.ok ? '' : result.error.message);
  return result.value;
}

/** Every `[ID, ID]` citation at the end of a statement. */
function citations(text: string): readonly string[] {
  return [...text.matchAll(/\[([^\]]+)\]$/g)].flatMap((m) => (m[1] ?? '').split(', '));
}

describe('plan', () => {
  it('returns exactly the fields of the --json shape', () => {
    const p = planned(DE_FR);
    assert.deepEqual(Object.keys(p).sort(), [
      'dualCriminality',
      'excluded',
      'legalBases',
      'sources',
      'steps',
      'warnings',
    ]);
    for (const b of p.legalBases)
      assert.deepEqual(Object.keys(b).sort(), ['articles', 'instrument', 'measures']);
    for (const e of p.excluded) assert.deepEqual(Object.keys(e).sort(), ['instrument', 'reason']);
    for (const d of p.dualCriminality) {
      assert.deepEqual(Object.keys(d).sort(), [
        'conduct',
        'requested',
        'requesting',
        'required',
        'result',
      ]);
    }
    for (const s of p.steps) {
      assert.deepEqual(Object.keys(s).sort(), [
        'article',
        'deadline',
        'instrument',
        'measure',
        'order',
        'summary',
      ]);
    }
    for (const w of p.warnings) assert.deepEqual(Object.keys(w).sort(), ['code', 'message']);
    for (const s of p.sources) assert.deepEqual(Object.keys(s).sort(), ['id', 'ref', 'title']);
  });

  it('lists every instrument once, as a legal basis or excluded with a coded reason', () => {
    const p = planned(DE_FR);
    const all = [...p.legalBases.map((b) => b.instrument), ...p.excluded.map((e) => e.instrument)];
    assert.deepEqual([...all].sort(), [...INSTRUMENT_IDS].sort());
    for (const e of p.excluded) {
      const code = e.reason.split(':')[0] ?? '';
      assert.ok((EXCLUSION_CODES as readonly string[]).includes(code), e.reason);
    }
  });

  it('cites sources at the end of every reason and step, and resolves every cited id in sources', () => {
    const inputs: PlanInput[] = [
      DE_FR,
      {
        requesting: 'IT',
        requested: 'NL',
        conducts: ['trafficking.child'],
        measures: ['subscriber_info', 'jit'],
      },
      {
        requesting: 'US',
        requested: 'AU',
        conducts: ['csam.production'],
        measures: ['content_data', 'extradition'],
      },
      {
        requesting: 'KE',
        requested: 'VN',
        conducts: ['sextortion'],
        measures: ['spontaneous_info'],
      },
    ];
    for (const input of inputs) {
      const p = planned(input);
      const ids = p.sources.map((s) => s.id);
      assert.deepEqual(ids, [...ids].sort());
      const statements = [
        // A status nobody recorded has nothing to cite.
        ...p.excluded.filter((e) => !e.reason.startsWith('status_unknown:')).map((e) => e.reason),
        ...p.steps.map((s) => s.summary),
      ];
      for (const text of statements) {
        const cited = citations(text);
        assert.ok(cited.length > 0, `no citation in: ${text}`);
        for (const id of cited) assert.ok(ids.includes(id), `${id} cited but not in sources`);
      }
      for (const w of p.warnings)
        for (const id of citations(w.message)) assert.ok(ids.includes(id), id);
      for (const s of p.sources) assert.equal(findSource(s.id)?.ref, s.ref);
    }
  });

  it('gives the same plan for the same request', () => {
    assert.deepEqual(planned(DE_FR), planned(DE_FR));
  });

  it('uses only known warning codes', () => {
    for (const w of planned(DE_FR).warnings) {
      assert.ok((PLAN_WARNING_CODES as readonly string[]).includes(w.code), w.code);
    }
  });

  it('sorts articles of a legal basis by number, then text', () => {
    const p = planned({
      ...DE_FR,
      measures: ['preservation', 'content_data', 'emergency_disclosure'],
    });
    const budapest = p.legalBases.find((b) => b.instrument === 'BUDAPEST');
    assert.deepEqual(budapest?.articles, ['25(3)', '29', '31', '34', '35']);
    const eev = p.legalBases.find((b) => b.instrument === 'EU_EEVIDENCE');
    assert.deepEqual(eev?.articles, ['4(5)', '10', '11']);
  });

  it('adds the expedited-means note to Budapest assistance when urgent, and not when routine', () => {
    const urgent = planned({
      requesting: 'US',
      requested: 'JP',
      conducts: ['csam.possession'],
      measures: ['content_data'],
      urgency: 'urgent',
    });
    const routine = planned({
      requesting: 'US',
      requested: 'JP',
      conducts: ['csam.possession'],
      measures: ['content_data'],
      urgency: 'routine',
    });
    assert.match(urgent.steps[0]?.summary ?? '', /Art\. 25\(3\)/);
    assert.doesNotMatch(routine.steps[0]?.summary ?? '', /Art\. 25\(3\)/);
  });

  it('cites the requested State and the duty to prosecute in a nationality-bar warning', () => {
    const p = planned({
      requesting: 'US',
      requested: 'UA',
      conducts: ['csam.production'],
      measures: ['extradition'],
      urgency: 'routine',
    });
    const bar = p.warnings.find((w) => w.code === 'nationality_bar_extradition');
    assert.match(
      bar?.message ?? '',
      /^UA does not extradite its own nationals: .*Budapest Art\. 24\(6\).*\[EXTR_LOC_NAT, BUD_TEXT\]$/,
    );
  });

  it('marks the excluded reason of a weak party cell and warns about it', () => {
    const p = planned({
      requesting: 'JP',
      requested: 'VN',
      conducts: ['csam.possession'],
      measures: ['preservation'],
      urgency: 'routine',
    });
    const reason = p.excluded.find((e) => e.instrument === 'BUDAPEST')?.reason ?? '';
    assert.match(
      reason,
      /^not_party: VN is not a Party \(weak source\) \[BUD_VN_OCTOPUS, BUD_VN_VOV\]$/,
    );
    assert.ok(
      p.warnings.some(
        (w) => w.code === 'weak_source' && w.message.startsWith("VN's status under BUDAPEST"),
      ),
    );
  });

  it('refuses a malformed date option with invalid_date', () => {
    const result = plan(DE_FR, { date: '28/11/2026' });
    assert.equal(result.ok ? null : result.error.code, 'invalid_date');
  });

  it('cites the bundled dataset only with ids it holds or the package rules add', () => {
    const p = planned(DE_FR);
    for (const s of p.sources) {
      assert.ok(
        BUNDLED_DATASET.sources.some((d) => d.id === s.id) ||
          ['EU_COUNTRIES', 'EEV_DATE', 'LZ_EIF'].includes(s.id),
        s.id,
      );
    }
  });
});
