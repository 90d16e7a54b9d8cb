import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CRITERIA } from './criteria.ts';
import {
  harmonisationReport,
  toCsv,
  toJson,
  type CriterionResult,
  type HarmonisationReport,
} from './harmonisation-report.ts';

function report(iso2: string): HarmonisationReport {
  const result = harmonisationReport(iso2);
  assert.ok(result.ok, result.ok ? '' : result.error.message);
  return result.value;
}

function results(r: HarmonisationReport): Record<string, CriterionResult> {
  return Object.fromEntries(
    r.rows.filter((row) => row.result !== 'unknown').map((row) => [row.criterion, row.result]),
  );
}

describe('harmonisation report', () => {
  it('has one row per criterion: ICMEC 1-5, OPSC Art. 3, Budapest Art. 9, Lanzarote Arts. 18-24', () => {
    assert.deepEqual(
      report('KE').rows.map((r) => r.criterion),
      CRITERIA.map((c) => c.id),
    );
    assert.equal(CRITERIA.length, 24);
  });

  it('the Philippines: ISP duty, age 18, access, performances and grooming met; the rest unknown', () => {
    const ph = report('PH');
    assert.deepEqual(results(ph), {
      'icmec.5': 'met',
      'budapest.9.3': 'met',
      'lanzarote.20.1.f': 'met',
      'lanzarote.21': 'met',
      'lanzarote.23': 'met',
      'lanzarote.23.online': 'met',
    });
    assert.deepEqual(ph.totals, { met: 6, not_met: 0, unknown: 18 });
    const access = ph.rows.find((r) => r.criterion === 'lanzarote.20.1.f');
    assert.equal(access?.partyStatus, 'not_party');
    assert.ok(access?.sources.includes('PH_11930'));
  });

  it('Japan: realistic images not met (computer graphics excluded), with its 2004 planned declaration flagged', () => {
    const jp = report('JP');
    assert.deepEqual(results(jp), {
      'icmec.1': 'met',
      'icmec.4': 'met',
      'budapest.9.1.e': 'met',
      'budapest.9.2.c': 'not_met',
      'budapest.9.3': 'met',
    });
    const realistic = jp.rows.find((r) => r.criterion === 'budapest.9.2.c');
    assert.match(
      realistic?.evidence ?? '',
      /^csam\.virtual_realistic: no \(manga, anime and computer graphics excluded\); reservation 9 \(unverified\): /,
    );
    assert.equal(realistic?.partyStatus, 'party');
  });

  it('Germany: partial criminalisation of access stays unknown, never not met', () => {
    const de = report('DE');
    assert.deepEqual(results(de), {
      'icmec.1': 'met',
      'icmec.4': 'met',
      'budapest.9.1.e': 'met',
      'budapest.9.3': 'met',
    });
    assert.equal(de.rows.find((r) => r.criterion === 'lanzarote.20.1.f')?.result, 'unknown');
  });

  it('the United States: all five ICMEC criteria met as of 2006', () => {
    const us = report('US');
    assert.deepEqual(results(us), {
      'icmec.1': 'met',
      'icmec.2': 'met',
      'icmec.3': 'met',
      'icmec.4': 'met',
      'icmec.5': 'met',
      'budapest.9.1.e': 'met',
    });
    assert.equal(us.rows.find((r) => r.criterion === 'icmec.3')?.asOf, '2006');
    assert.equal(
      us.rows.find((r) => r.criterion === 'icmec.1')?.label,
      'Legislation specific to CSAM',
    );
  });

  it('leaves criteria without a conduct in the taxonomy unknown, and flags unverified article numbers', () => {
    const rows = report('GB').rows;
    const lz22 = rows.find((r) => r.criterion === 'lanzarote.22');
    assert.deepEqual([lz22?.result, lz22?.articleUnverified], ['unknown', true]);
    assert.equal(rows.find((r) => r.criterion === 'lanzarote.20.1.f')?.articleUnverified, false);
  });

  it('reports a jurisdiction outside the dataset as unknown throughout, and refuses a code that is not ISO', () => {
    const nz = report('NZ');
    assert.deepEqual(nz.totals, { met: 0, not_met: 0, unknown: 24 });
    assert.equal(nz.rows.find((r) => r.group === 'budapest')?.partyStatus, 'unknown');
    const xx = harmonisationReport('XX');
    assert.equal(xx.ok ? null : xx.error.code, 'unknown_jurisdiction');
  });

  it('resolves every cited source', () => {
    const ph = report('PH');
    const ids = ph.sources.map((s) => s.id);
    for (const row of ph.rows) for (const id of row.sources) assert.ok(ids.includes(id), id);
  });

  it('exports CSV with a header, CRLF line ends and quoted fields', () => {
    const csv = toCsv(report('JP'));
    const lines = csv.split('\r\n');
    assert.equal(
      lines[0],
      'jurisdiction,criterion,group,standard,article,label,party_status,result,evidence,as_of,article_unverified,sources',
    );
    assert.equal(lines.length, 26);
    assert.equal(lines.at(-1), '');
    const realistic = lines.find((l) => l.startsWith('JP,budapest.9.2.c,'));
    assert.ok(
      realistic?.startsWith(
        'JP,budapest.9.2.c,budapest,BUDAPEST,9(2)(c),"Realistic images representing a minor (reservable, 9(4))",party,not_met,"',
      ),
    );
  });

  it('exports JSON that reads back to the same report', () => {
    const jp = report('JP');
    assert.deepEqual(JSON.parse(toJson(jp)), JSON.parse(JSON.stringify(jp)));
  });
});
