// The audit trail page for an administrator and for an auditor: filters,
// paging, the integrity check and the CSV export with a stated purpose.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { TestBrowser } from '@concord/server/testing';
import {
  adminOverHttp,
  assertNoPageProblems,
  createUserOverHttp,
  eventually,
  expectHeading,
  openFromNavigation,
  screenshot,
  signIn,
  startBrowserHarness,
  type BrowserHarness,
} from './browser-harness.ts';

const ADMIN_PASSWORD = 'correct horse battery staple';
const AUDITOR_PASSWORD = 'ledger of quiet rivers';

/** The sequence numbers shown in the audit table, top to bottom. */
async function shownSeqs(page: Page): Promise<number[]> {
  const cells = await page.getByTestId('audit-row').locator('th').allTextContents();
  return cells.map((text) => Number(text.replace(/\D/g, '')));
}

/** Read in one step, so a table re-rendering in between cannot leave a row half-read. */
async function shownActions(page: Page): Promise<string[]> {
  return page
    .getByTestId('audit-row')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-action') ?? ''));
}

describe('audit trail in the web UI', () => {
  let harness: BrowserHarness;
  let adminHttp: TestBrowser;
  let auditorOneTimePassword = '';
  let admin: Page;

  before(async () => {
    harness = await startBrowserHarness();
    adminHttp = await adminOverHttp(harness.node, ADMIN_PASSWORD);
    auditorOneTimePassword = await createUserOverHttp(adminHttp, {
      username: 'ines.auditor',
      displayName: 'Inès Moreau',
      role: 'auditor',
    });
    for (let i = 1; i <= 6; i++) {
      await createUserOverHttp(adminHttp, {
        username: `officer${i}`,
        displayName: `Officer ${i}`,
        role: 'analyst',
      });
    }
    // One failed sign-in, to filter on.
    await harness.node.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { username: 'officer1', password: 'not the password' },
    });
    admin = await harness.newPage();
    await admin.goto('/audit');
    await signIn(admin, 'admin', ADMIN_PASSWORD);
    await expectHeading(admin, 'Audit trail');
  });
  after(() => harness.close());

  it('lists events newest first and pages through them', async () => {
    await admin.getByTestId('audit-row').first().waitFor();
    const firstPage = await shownSeqs(admin);
    assert.deepEqual(
      firstPage,
      [...firstPage].sort((a, b) => b - a),
      'newest first',
    );
    await admin.getByRole('combobox', { name: 'Rows per page' }).selectOption('10');
    await eventually(async () => (await admin.getByTestId('audit-row').count()) === 10);
    const pageOne = await shownSeqs(admin);
    await admin.getByRole('button', { name: 'Next page' }).click();
    await eventually(async () => (await shownSeqs(admin))[0] !== pageOne[0]);
    const pageTwo = await shownSeqs(admin);
    // Reading the trail adds an event on top, so page 2 may repeat the last event of page 1.
    assert.ok((pageTwo[0] ?? 0) <= (pageOne.at(-1) ?? 0), 'page 2 continues where page 1 ended');
    await screenshot(admin, 'audit-en');
  });

  it('filters by action family, actor, outcome and time', async () => {
    await admin.getByRole('textbox', { name: 'Action', exact: true }).fill('user.');
    await admin.getByRole('button', { name: 'Apply filters' }).click();
    await eventually(async () => (await shownActions(admin)).every((a) => a.startsWith('user.')));
    const actions = await shownActions(admin);
    assert.ok(actions.includes('user.create'));
    assert.ok(actions.every((a) => a.startsWith('user.')));

    await admin.getByRole('button', { name: 'Clear filters' }).click();
    await admin.getByRole('combobox', { name: 'Outcome' }).selectOption('failure');
    await admin.getByRole('textbox', { name: 'Actor (username)' }).fill('officer1');
    await admin.getByRole('button', { name: 'Apply filters' }).click();
    await admin.getByTestId('paging-total').getByText('Total: 1', { exact: true }).waitFor();
    assert.deepEqual(await shownActions(admin), ['session.sign_in']);

    // Every event so far happened at 09:00 UTC, 11:00 in Paris.
    await admin.getByRole('button', { name: 'Clear filters' }).click();
    await admin.getByRole('textbox', { name: 'From', exact: true }).fill('2026-05-04T11:30');
    await admin.getByRole('button', { name: 'Apply filters' }).click();
    await admin.getByText('No events match these filters.').waitFor();
    await admin.getByRole('textbox', { name: 'From', exact: true }).fill('2026-05-04T10:30');
    await admin.getByRole('textbox', { name: 'To', exact: true }).fill('2026-05-04T10:00');
    await admin.getByRole('button', { name: 'Apply filters' }).click();
    await admin.getByText('“From” must be earlier than “To”.').waitFor();
    await admin.getByRole('button', { name: 'Clear filters' }).click();
    await admin.getByTestId('audit-row').first().waitFor();
  });

  it('verifies the integrity of the trail', async () => {
    await admin.getByRole('button', { name: 'Verify integrity' }).click();
    const verdict = await admin.getByTestId('audit-verdict').textContent();
    assert.match(verdict ?? '', /^The trail is intact: \d+ events checked\.$/);
  });

  it('exports the filtered trail as CSV only once a purpose is chosen', async () => {
    await admin.getByRole('textbox', { name: 'Action', exact: true }).fill('user.create');
    await admin.getByRole('button', { name: 'Apply filters' }).click();
    await eventually(async () => (await shownActions(admin)).every((a) => a === 'user.create'));
    const shown = await admin.getByTestId('audit-row').count();
    await admin.getByRole('button', { name: 'Export CSV' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Export the audit trail' });
    await dialog.getByRole('button', { name: 'Download CSV' }).click();
    await dialog.getByText('Choose a purpose.').waitFor();
    await dialog.getByRole('radio', { name: 'Oversight' }).check();
    const [download] = await Promise.all([
      admin.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'concord-audit-2026-05-04.csv');
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv.trim().split('\n');
    assert.equal(lines.length, 1 + shown, 'a header and the user.create events shown');
    assert.ok(lines.slice(1).every((line) => line.includes('user.create')));
    await admin.getByText('The CSV file has been downloaded.').waitFor();

    // The export itself is in the trail, with its purpose.
    await admin.getByRole('textbox', { name: 'Action', exact: true }).fill('audit.export');
    await admin.getByRole('button', { name: 'Apply filters' }).click();
    await admin.getByTestId('audit-row').getByText('Oversight').waitFor();
    assertNoPageProblems(harness, admin);
  });

  it('gives an auditor the audit trail but not user administration', async () => {
    const auditor = await harness.newPage();
    await auditor.goto('/');
    await signIn(auditor, 'ines.auditor', auditorOneTimePassword);
    await auditor
      .getByRole('textbox', { name: 'Current password', exact: true })
      .fill(auditorOneTimePassword);
    await auditor
      .getByRole('textbox', { name: 'New password', exact: true })
      .fill(AUDITOR_PASSWORD);
    await auditor
      .getByRole('textbox', { name: 'Repeat the new password', exact: true })
      .fill(AUDITOR_PASSWORD);
    await auditor.getByRole('button', { name: 'Change password' }).click();
    await expectHeading(auditor, 'Home');
    const navigation = auditor.getByRole('navigation', { name: 'Main navigation' });
    assert.equal(await navigation.getByRole('link', { name: 'Users' }).count(), 0);

    await openFromNavigation(auditor, 'Audit trail');
    await expectHeading(auditor, 'Audit trail');
    await auditor.getByRole('textbox', { name: 'Action', exact: true }).fill('user.create');
    await auditor.getByRole('button', { name: 'Apply filters' }).click();
    // The first administrator and the seven users created for this test.
    await auditor.getByTestId('paging-total').getByText('Total: 8').waitFor();
    await auditor.getByRole('button', { name: 'Export CSV' }).waitFor();

    // The users page is refused in the UI as on the server.
    await auditor.goto('/users');
    await expectHeading(auditor, 'Not available to your role');
    assertNoPageProblems(harness, auditor);
  });
});
