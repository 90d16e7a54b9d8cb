// axe-core on every hash-bank, matching and scan-report page, with their
// dialogs and results, in English (left to right) and Arabic (right to left):
// no serious or critical violation. A screenshot of each for review.
import { after, before, describe, it } from 'node:test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  CSV_WITH_ONE_BAD_ROW,
  DIHEDRAL,
  scanReportDocument,
  seedLocalPdqBank,
  seedReceivedBank,
} from './bank-fixtures.ts';
import {
  activeUserOverHttp,
  adminOverHttp,
  assertAccessible,
  assertNoPageProblems,
  screenshot,
  signInAnyLanguage,
  startBrowserHarness,
  type BrowserHarness,
} from './browser-harness.ts';

const ADMIN_PASSWORD = 'correct horse battery staple';
const PASSWORD = 'amber lantern over still water';
const LOCALES = { ltr: 'en-GB', rtl: 'ar-EG' } as const;

async function check(page: Page, name: string, scrollTo?: string): Promise<void> {
  await page.locator('h1').first().waitFor();
  await assertAccessible(page, name);
  if (scrollTo) await page.getByTestId(scrollTo).first().scrollIntoViewIfNeeded();
  await screenshot(page, name);
}

describe('accessibility of the hash-bank pages (axe-core), left to right and right to left', () => {
  let harness: BrowserHarness;
  let csvFile = '';
  let reportId = '';

  before(async () => {
    harness = await startBrowserHarness();
    const admin = await adminOverHttp(harness.node, ADMIN_PASSWORD);
    const analyst = await activeUserOverHttp(
      harness.node,
      admin,
      { username: 'nadia.analyst', displayName: 'Nadia Haddad', role: 'analyst' },
      PASSWORD,
    );
    await seedLocalPdqBank(harness.node);
    await seedReceivedBank(harness.node);
    const uploaded = await analyst.request('POST', '/api/v1/scan-reports', {
      label: 'Exhibit 7',
      report: scanReportDocument(),
    });
    reportId = (uploaded.json() as { id: string }).id;
    const dir = mkdtempSync(join(tmpdir(), 'concord-web-'));
    csvFile = join(dir, 'known.csv');
    writeFileSync(csvFile, CSV_WITH_ONE_BAD_ROW);
  });
  after(() => harness.close());

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`banks, a bank, its import and export have no serious violation (${dir})`, async () => {
      const page = await harness.newPage({ locale: LOCALES[dir], bypassCSP: true });
      await page.goto('/banks');
      await signInAnyLanguage(page, 'nadia.analyst', PASSWORD);
      await page.getByTestId('banks-table').waitFor();
      await check(page, `banks-${dir}`);
      await page.getByTestId('create-bank').click();
      await page.getByRole('dialog').waitFor();
      await check(page, `banks-create-dialog-${dir}`);
      await page.keyboard.press('Escape');

      await page.goto('/banks/peer-shared');
      await page.getByTestId('withheld-notice').waitFor();
      await check(page, `bank-withheld-${dir}`, 'withheld-notice');

      await page.goto('/banks/national-known');
      await page.getByTestId('signals-table').waitFor();
      await check(page, `bank-${dir}`, 'signals-table');
      await page.getByTestId('retract-signal').first().click();
      await page.getByRole('dialog').waitFor();
      await check(page, `bank-retract-dialog-${dir}`);
      await page.keyboard.press('Escape');

      await page.goto('/banks/national-known/import');
      await page.locator('input[name="import-file"]').setInputFiles(csvFile);
      await page.getByTestId('import-submit').click();
      await page.getByTestId('import-problem-row').waitFor();
      await check(page, `bank-import-${dir}`, 'import-report');

      await page.goto('/banks/peer-shared/export');
      await page.locator('input[name="purpose"][value="investigation"]').check();
      await page.locator('main button[type="submit"]').click();
      await page.getByTestId('export-outcome').waitFor();
      await check(page, `bank-export-${dir}`);
      assertNoPageProblems(harness, page);
    });

    it(`matching and scan reports have no serious violation (${dir})`, async () => {
      const page = await harness.newPage({ locale: LOCALES[dir], bypassCSP: true });
      await page.goto('/match');
      await signInAnyLanguage(page, 'nadia.analyst', PASSWORD);
      await page.locator('textarea[name="hashes"]').fill(`${DIHEDRAL.join('\n')}\nmd5 1234`);
      await page.locator('main button[type="submit"]').click();
      await page.getByTestId('match-problems').waitFor();
      await check(page, `match-problems-${dir}`);
      await page.locator('textarea[name="hashes"]').fill(DIHEDRAL.join('\n'));
      await page.locator('main button[type="submit"]').click();
      await page.getByTestId('match-row').first().waitFor();
      await check(page, `match-${dir}`, 'match-table');

      await page.goto('/scan-reports');
      await page.getByTestId('reports-table').waitFor();
      await check(page, `scan-reports-${dir}`);
      await page.getByTestId('upload-report').click();
      await page.getByRole('dialog').waitFor();
      const wrong = join(mkdtempSync(join(tmpdir(), 'concord-web-')), 'wrong.json');
      writeFileSync(wrong, '{"hello": "world"}');
      await page.locator('input[name="report-file"]').setInputFiles(wrong);
      await page.getByTestId('report-issues').waitFor();
      await check(page, `scan-report-upload-dialog-${dir}`);
      await page.keyboard.press('Escape');

      await page.goto(`/scan-reports/${reportId}`);
      await page.getByTestId('scan-matches').waitFor();
      await check(page, `scan-report-${dir}`);
      assertNoPageProblems(harness, page);
    });
  }
});
