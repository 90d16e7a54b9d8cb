// Matching pasted hashes and reading uploaded scan reports in the web UI, as
// an analyst: a rotated copy found through the dihedral PDQ hashes at distance
// 0, matches a peer's handling code withholds counted, mistakes explained; a
// `concord scan` report uploaded, a wrong file refused, totals by grade shown.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  DIHEDRAL,
  scanReportDocument,
  seedLocalPdqBank,
  seedReceivedBank,
} from './bank-fixtures.ts';
import {
  activeUserOverHttp,
  adminOverHttp,
  assertNoPageProblems,
  expectHeading,
  screenshot,
  signIn,
  startBrowserHarness,
  type BrowserHarness,
} from './browser-harness.ts';

const ADMIN_PASSWORD = 'correct horse battery staple';
const PASSWORD = 'amber lantern over still water';

describe('matching and scan reports in the web UI', () => {
  let harness: BrowserHarness;
  let page: Page;
  let dir = '';

  before(async () => {
    harness = await startBrowserHarness();
    const admin = await adminOverHttp(harness.node, ADMIN_PASSWORD);
    await activeUserOverHttp(
      harness.node,
      admin,
      { username: 'victor.analyst', displayName: 'Victor Lindqvist', role: 'analyst' },
      PASSWORD,
    );
    await seedLocalPdqBank(harness.node);
    await seedReceivedBank(harness.node);
    dir = mkdtempSync(join(tmpdir(), 'concord-web-'));
    page = await harness.newPage();
    await page.goto('/');
    await signIn(page, 'victor.analyst', PASSWORD);
    await expectHeading(page, 'Home');
  });
  after(() => harness.close());

  const hashes = () => page.getByRole('textbox', { name: 'Hashes, one per line' });

  it('finds a rotated copy among the eight dihedral hashes, at distance 0', async () => {
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Match hashes' })
      .click();
    await expectHeading(page, 'Match hashes');
    // Bare values take the type chosen below the box (PDQ by default).
    await hashes().fill(DIHEDRAL.join('\n'));
    assert.equal(
      await page.getByRole('spinbutton', { name: 'PDQ distance threshold' }).inputValue(),
      '31',
    );
    await page.getByRole('button', { name: 'Match', exact: true }).click();
    const totals = page.getByTestId('match-totals');
    await totals.waitFor();
    assert.match((await totals.textContent()) ?? '', /Hashes looked up8Hashes with a match1/);
    const matched = page.locator('[data-testid="match-query"][data-line="2"]');
    await matched.getByRole('heading', { name: 'Line 2 · PDQ' }).waitFor();
    const row = matched.getByTestId('match-row');
    assert.equal(await row.count(), 1);
    assert.equal(await row.getByTestId('match-distance').textContent(), '0');
    await row.getByText('national-known').waitFor();
    await row.getByText('CAID categories (A, B, C)').waitFor();
    await row.getByText('Bridge').waitFor();
    await matched.scrollIntoViewIfNeeded();
    await screenshot(page, 'match-en');
  });

  it('counts the matches a peer’s handling code withholds, and shows them for its purpose', async () => {
    // The peer's copy of the original is limited to victim identification.
    const original = page.locator('[data-testid="match-query"][data-line="1"]');
    await original
      .getByTestId('withheld-notice')
      .getByText('Matches not shown because of their handling codes: 1.')
      .waitFor();
    await original.getByText('They need a stated purpose: 1').waitFor();

    await page.getByRole('combobox', { name: 'Purpose' }).selectOption('victim_identification');
    await page.getByRole('button', { name: 'Match', exact: true }).click();
    await original.getByTestId('match-row').getByText('peer-shared').waitFor();
    assert.equal(await original.getByTestId('withheld-notice').count(), 0);
  });

  it('explains obvious mistakes before asking the node, and the node’s refusal after', async () => {
    await hashes().fill('md5 1234\nsha2 abc\nsha1 zz');
    await page.getByRole('button', { name: 'Match', exact: true }).click();
    const problems = page.getByTestId('match-problems');
    await problems.getByText('Line 1: MD5 hashes have 32 characters; this one has 4.').waitFor();
    await problems.getByText('Line 2: “sha2” is not a hash type').waitFor();
    await problems
      .getByText('Line 3: SHA-1 hashes are written with the digits 0–9 and a–f.')
      .waitFor();
    await page.getByRole('spinbutton', { name: 'PDQ distance threshold' }).fill('65');
    await page.getByRole('button', { name: 'Match', exact: true }).click();
    await page.getByText('Enter a whole number from 0 to 64.').waitFor();

    await page.getByRole('spinbutton', { name: 'PDQ distance threshold' }).fill('31');
    await hashes().fill(`md5 ${'c'.repeat(32)}\nphotodna not-a-photodna-hash`);
    await page.getByRole('button', { name: 'Match', exact: true }).click();
    const alert = page.getByTestId('error-alert');
    await alert.getByText('A hash is not valid.').waitFor();
    await alert.getByText(/^Line 2 was refused: /).waitFor();
    await alert.getByText('Error code: invalid_hash').waitFor();
    assertNoPageProblems(harness, page);
  });

  it('uploads a scan report, refusing a file that is not one', async () => {
    const wrong = join(dir, 'not-a-report.json');
    writeFileSync(wrong, JSON.stringify({ hello: 'world' }));
    const notJson = join(dir, 'report.csv');
    writeFileSync(notJson, 'kind,path\nmatch,/a.jpg\n');
    const good = join(dir, 'exhibit-7.json');
    writeFileSync(good, JSON.stringify(scanReportDocument(), null, 2));

    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Scan reports' })
      .click();
    await expectHeading(page, 'Scan reports');
    await page.getByText('No scan report has been uploaded yet.').waitFor();
    await page.getByRole('button', { name: 'Upload report' }).click();
    const dialog = page.getByRole('dialog', { name: 'Upload a scan report' });
    const file = dialog.getByLabel('Report file (JSON)');
    await file.setInputFiles(notJson);
    await dialog.getByText('This file is not JSON.').waitFor();
    await file.setInputFiles(wrong);
    await dialog.getByText('This JSON file is not a concord scan report.').waitFor();
    await dialog.getByTestId('report-issues').waitFor();
    await dialog.getByRole('button', { name: 'Upload', exact: true }).click();
    await dialog.getByText('Enter a label of at most 200 characters.').waitFor();

    await file.setInputFiles(good);
    const preview = dialog.getByTestId('report-preview');
    await preview.getByText('/evidence/exhibit-7').waitFor();
    await dialog.getByRole('textbox', { name: 'Label' }).fill('Exhibit 7 — laptop');
    await dialog.getByRole('button', { name: 'Upload', exact: true }).click();
    await expectHeading(page, 'Exhibit 7 — laptop');
  });

  it('shows the report’s totals, matched files by grade and series, and its matches', async () => {
    assert.equal(await page.getByTestId('report-matched-files').textContent(), '3');
    const byGrade = page.getByTestId('report-by-grade').locator('li');
    assert.deepEqual(
      await byGrade.evaluateAll((items) =>
        items.map((li) => `${li.getAttribute('data-key')}=${li.getAttribute('data-count')}`),
      ),
      ['caid:A=2', 'caid:B=1'],
    );
    await page.getByTestId('report-by-grade').getByText('CAID categories (A, B, C): A').waitFor();
    await page.getByTestId('report-by-series').getByText('Bridge').waitFor();
    await page.getByTestId('report-banks').getByText('national-known').waitFor();
    assert.equal(await page.getByTestId('scan-match-row').count(), 3);
    await page.getByText('/evidence/exhibit-7/holiday/img-001.jpg').waitFor();
    assert.equal(await page.locator('main img, main canvas, main video').count(), 0, 'no media');
    await screenshot(page, 'scan-report-en');

    await page.getByRole('link', { name: 'Scan reports' }).first().click();
    const row = page.getByTestId('report-row');
    await row.getByText('Exhibit 7 — laptop').waitFor();
    assert.match((await row.textContent()) ?? '', /victor\.analyst12031$/);
    assertNoPageProblems(harness, page);
  });
});
