// Hash banks in the web UI, as an analyst: creating a bank, importing a CSV
// hash set (a bad row reported with its line, a strict import refused),
// searching signals, what a received bank's handling codes withhold, retracting,
// exporting with a purpose; and an auditor, who sees no bank at all.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { TestBrowser } from '@concord/server/testing';
import { CSV_WITH_ONE_BAD_ROW, seedReceivedBank } from './bank-fixtures.ts';
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

describe('hash banks in the web UI', () => {
  let harness: BrowserHarness;
  let adminHttp: TestBrowser;
  let page: Page;
  let csvFile = '';

  before(async () => {
    harness = await startBrowserHarness();
    adminHttp = await adminOverHttp(harness.node, ADMIN_PASSWORD);
    await activeUserOverHttp(
      harness.node,
      adminHttp,
      { username: 'nadia.analyst', displayName: 'Nadia Haddad', role: 'analyst' },
      PASSWORD,
    );
    await seedReceivedBank(harness.node);
    csvFile = join(mkdtempSync(join(tmpdir(), 'concord-web-')), 'known-2026.csv');
    writeFileSync(csvFile, CSV_WITH_ONE_BAD_ROW);
    page = await harness.newPage();
    await page.goto('/');
    await signIn(page, 'nadia.analyst', PASSWORD);
    await expectHeading(page, 'Home');
  });
  after(() => harness.close());

  const mainNavigation = () => page.getByRole('navigation', { name: 'Main navigation' });

  it('creates a bank with its default handling code, and opens it', async () => {
    await mainNavigation().getByRole('link', { name: 'Hash banks' }).click();
    await expectHeading(page, 'Hash banks');
    await page.getByTestId('bank-row-peer-shared').waitFor();
    await page.getByRole('button', { name: 'Create bank' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create a hash bank' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Known Material');
    await dialog.getByRole('button', { name: 'Create bank' }).click();
    await dialog.getByText('Use 2 to 64 lower-case letters').waitFor();
    await dialog.getByRole('textbox', { name: 'Name' }).fill('national-known');
    await dialog.getByRole('textbox', { name: 'Description' }).fill('Graded by the unit');
    await dialog
      .getByRole('combobox', { name: 'Traffic Light Protocol (TLP)' })
      .selectOption('GREEN');
    await dialog.getByRole('checkbox', { name: 'Intelligence only' }).check();
    await dialog.getByRole('checkbox', { name: 'Investigation' }).check();
    await dialog.getByRole('button', { name: 'Create bank' }).click();
    await expectHeading(page, 'national-known');
    const summary = page.getByTestId('bank-summary');
    await summary.getByText('TLP:GREEN').waitFor();
    await summary.getByText('PAP:AMBER').waitFor();
    await summary.getByText('Investigation', { exact: true }).waitFor();
    assert.equal(await page.getByTestId('bank-signal-count').textContent(), '0');
    await page.getByTestId('empty-state').waitFor();

    // The name is taken now: the node's refusal is explained.
    await page.getByRole('link', { name: 'Hash banks' }).first().click();
    await page.getByRole('button', { name: 'Create bank' }).click();
    await dialog.getByRole('textbox', { name: 'Name' }).fill('national-known');
    await dialog.getByRole('button', { name: 'Create bank' }).click();
    await dialog.getByText('A hash bank with this name already exists').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('bank-row-national-known').getByText('TLP:GREEN').waitFor();
    await screenshot(page, 'banks-en');
  });

  it('imports a CSV file and reports its bad row with the line', async () => {
    await page.getByRole('link', { name: 'national-known' }).click();
    await page.getByRole('link', { name: 'Import a file' }).click();
    // Names are isolated (U+2068…U+2069) so they keep their direction in any language.
    await expectHeading(page, /^Import a hash-set file into \u2068national-known\u2069$/);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Choose a file.').waitFor();
    await page.getByLabel('Hash-set file').setInputFiles(csvFile);
    // The format is guessed from the name, and can be changed.
    assert.equal(await page.getByRole('combobox', { name: 'Format' }).inputValue(), 'csv');
    await page.getByText('Guessed from the file name: Concord columns (CSV).').waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const report = page.getByTestId('import-report');
    await report.getByText('Imported, except the rows with problems (1 listed below)').waitFor();
    const counts = report.getByTestId('import-counts');
    assert.match((await counts.textContent()) ?? '', /Items read3New signals3Updated signals0/);
    const rows = report.getByTestId('import-problem-row');
    assert.equal(await rows.count(), 1);
    assert.equal(await rows.locator('th').textContent(), '3');
    await rows.getByText('Not a valid hash of its type').waitFor();
    await rows.getByText('invalid_signal_value').waitFor();
    await screenshot(page, 'bank-import-en');
  });

  it('refuses the whole file in strict mode, and writes nothing', async () => {
    await page.getByRole('checkbox', { name: 'All or nothing' }).check();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const outcome = page.getByTestId('import-outcome');
    await outcome.getByText('Nothing was imported.').waitFor();
    assert.equal(await outcome.getAttribute('role'), 'alert');
    const counts = (await page.getByTestId('import-counts').textContent()) ?? '';
    assert.match(counts, /New signals0Updated signals0Unchanged signals0Problems1/);
    await page.getByRole('link', { name: 'national-known' }).click();
    await page.getByTestId('signal-row').first().waitFor();
    assert.equal(await page.getByTestId('bank-signal-count').textContent(), '3');
  });

  it('searches the signals by series and grade, and shows each signal in full', async () => {
    await page.getByRole('textbox', { name: 'Series' }).fill('Series-A');
    await page.getByRole('combobox', { name: 'Grade scheme' }).selectOption('caid');
    await page.getByRole('textbox', { name: 'Grade', exact: true }).fill('B');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByTestId('paging-total').getByText('Total: 1').waitFor();
    const row = page.getByTestId('signal-row');
    assert.equal(await row.count(), 1);
    await row.getByText('11111111111111111111111111111111').waitFor();
    await row.getByText('CAID categories (A, B, C)').waitFor();
    await row.getByText('B', { exact: true }).waitFor();
    await row.getByText('graded by').waitFor();
    await row.getByRole('button', { name: 'Copy the MD5 hash 11111111…' }).waitFor();
    await row.getByText('Intelligence only').waitFor();
    await row.getByText('Live').waitFor();
    assert.equal(await page.getByTestId('withheld-notice').count(), 0, 'nothing is withheld');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByTestId('paging-total').getByText('Total: 3').waitFor();
  });

  it('retracts a signal of a local bank, with a reason and a confirmation', async () => {
    await page.getByRole('button', { name: 'Retract the MD5 signal 22222222…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Retract this MD5 signal?' });
    await dialog.getByRole('button', { name: 'Retract' }).click();
    await dialog.getByText('Give a reason of 3 to 500 characters.').waitFor();
    await dialog
      .getByRole('textbox', { name: 'Reason for the retraction' })
      .fill('wrongly graded: non-pertinent');
    await dialog.getByRole('button', { name: 'Retract' }).click();
    await page.getByText('The signal has been retracted.').waitFor();
    await page.getByTestId('paging-total').getByText('Total: 2').waitFor();
    await page.getByRole('checkbox', { name: 'Include retracted signals' }).check();
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByTestId('paging-total').getByText('Total: 3').waitFor();
    await page.getByText('wrongly graded: non-pertinent').waitFor();
  });

  it('says plainly what a received bank withholds, and why, for each purpose', async () => {
    await page.goto('/banks/peer-shared');
    await expectHeading(page, 'peer-shared');
    await page.getByText('Shared by node').first().waitFor();
    assert.equal(await page.getByRole('link', { name: 'Import a file' }).count(), 0);
    const notice = page.getByTestId('withheld-notice');
    await notice.getByText('Signals not shown because of their handling codes: 2.').waitFor();
    await notice.getByText('They need a stated purpose: 2').waitFor();
    assert.equal(await page.getByTestId('signal-row').count(), 1);
    await notice.scrollIntoViewIfNeeded();
    await screenshot(page, 'bank-withheld-en');

    await page
      .getByRole('combobox', { name: 'Purpose of your search' })
      .selectOption('investigation');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await notice.getByText('Their originator does not permit the purpose you stated: 2').waitFor();

    await page
      .getByRole('combobox', { name: 'Purpose of your search' })
      .selectOption('victim_identification');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await notice.waitFor({ state: 'detached' });
    assert.equal(await page.getByTestId('signal-row').count(), 3);
    await page.getByText('Only for: Victim identification').first().waitFor();
    // A received bank's signals are its originator's: there is nothing to retract here.
    assert.equal(await page.getByRole('button', { name: /^Retract/ }).count(), 0);
  });

  it('exports a bank only for a stated purpose, and counts what it left out', async () => {
    await page.getByRole('link', { name: 'Export' }).click();
    await expectHeading(page, /^Export the hash bank \u2068peer-shared\u2069$/);
    await page.getByRole('combobox', { name: 'Format' }).selectOption('hash_list');
    await page.getByRole('button', { name: 'Download' }).click();
    await page.getByText('Choose a purpose.').waitFor();
    await page.getByRole('radio', { name: 'Investigation' }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'peer-shared.txt');
    const outcome = page.getByTestId('export-outcome');
    await outcome.getByText('Downloaded').waitFor();
    const withheld = (await outcome.getByTestId('export-withheld').textContent()) ?? '';
    assert.match(withheld, /^Signals left out because of their handling codes: \d+$/);
    assert.notEqual(withheld.endsWith(': 0'), true, 'the peer’s limited signals stay home');
    await screenshot(page, 'bank-export-en');

    // The local bank exports in full, in the Concord CSV columns.
    await page.goto('/banks/national-known/export');
    await page.getByRole('radio', { name: 'Oversight' }).check();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download' }).click(),
    ]);
    assert.equal(csv.suggestedFilename(), 'national-known.csv');
    const text = readFileSync(await csv.path(), 'utf8');
    assert.ok(text.includes('0123456789abcdef0123456789abcdef'));
    await page
      .getByTestId('export-withheld')
      .getByText('Signals left out because of their handling codes: 0')
      .waitFor();
    await page
      .getByTestId('export-not-in-format')
      .getByText('Hashes left out because the format has no place for them: 0')
      .waitFor();
    assertNoPageProblems(harness, page);
  });

  it('shows an auditor no bank navigation, and refuses the bank pages', async () => {
    await activeUserOverHttp(
      harness.node,
      adminHttp,
      { username: 'ines.auditor', displayName: 'Inès Moreau', role: 'auditor' },
      PASSWORD,
    );
    const auditor = await harness.newPage();
    await auditor.goto('/');
    await signIn(auditor, 'ines.auditor', PASSWORD);
    await expectHeading(auditor, 'Home');
    const navigation = auditor.getByRole('navigation', { name: 'Main navigation' });
    await navigation.getByRole('link', { name: 'Audit trail' }).waitFor();
    for (const name of ['Hash banks', 'Match hashes', 'Scan reports'])
      assert.equal(await navigation.getByRole('link', { name }).count(), 0, name);
    for (const path of ['/banks', '/banks/national-known', '/match', '/scan-reports']) {
      await auditor.goto(path);
      await expectHeading(auditor, 'Not available to your role');
    }
    assertNoPageProblems(harness, auditor);
  });
});
