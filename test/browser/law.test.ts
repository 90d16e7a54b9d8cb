// The legal knowledge base in the web UI of a French node: comparing two countries (with the
// keyboard, and a refused same-country request), France's administrator publishing France's
// profile from the country page, and the world map with its legend and table, in English and
// in Arabic (right to left), each page checked with axe-core.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  adminOverHttp,
  assertAccessible,
  assertNoPageProblems,
  expectHeading,
  openFromNavigation,
  screenshot,
  signIn,
  signInAnyLanguage,
  startBrowserHarness,
  tabTo,
  type BrowserHarness,
} from './browser-harness.ts';

const ADMIN_PASSWORD = 'correct horse battery staple';

describe('the legal knowledge base in the web UI', () => {
  let harness: BrowserHarness;
  let page: Page;

  before(async () => {
    harness = await startBrowserHarness();
    await adminOverHttp(harness.node, ADMIN_PASSWORD);
    page = await harness.newPage();
    await page.goto('/');
    await signIn(page, 'admin', ADMIN_PASSWORD);
    await expectHeading(page, 'Home');
  });
  after(async () => {
    await harness?.close();
  });

  it('plans a request between two countries, with steps, sources and copy buttons, by keyboard', async () => {
    await openFromNavigation(page, 'Compare two countries');
    await expectHeading(page, 'Compare two countries');
    await page.getByLabel('Requesting country').selectOption('DE');
    await page.getByLabel('Requested country').selectOption('FR');
    await page.getByLabel('Possessing abuse material').focus();
    await page.keyboard.press('Space');
    await page.getByLabel('Preservation of stored data').focus();
    await page.keyboard.press('Space');
    await page.getByLabel('Content data').check();
    await tabTo(page, 'Show the plan', 20);
    await page.keyboard.press('Enter');
    const plan = page.getByTestId('law-plan');
    await plan.getByRole('heading', { name: 'Plan from Germany to France' }).waitFor();
    const steps = await page.getByTestId('plan-steps').locator('li').count();
    assert.ok(steps >= 2, `${steps} steps`);
    assert.ok((await plan.getByTestId('law-sources').locator('li').count()) > 0);
    await plan.getByRole('button', { name: 'Copy the plan as text' }).waitFor();
    await plan.getByRole('button', { name: 'Copy the plan as JSON' }).waitFor();
    await screenshot(page, 'law-compare');
    assertNoPageProblems(harness, page);
  });

  it('explains a request with the same country on both sides, with its code', async () => {
    await page.getByLabel('Requested country').selectOption('DE');
    await page.getByTestId('law-plan-submit').click();
    const alert = page.getByTestId('error-alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /same/i);
    assert.match(await alert.innerText(), /same_jurisdiction/);
  });

  it("lets France's administrator publish France's profile, shown as in force beside the research", async () => {
    await page.goto('/law/countries/FR');
    await expectHeading(page, 'The law of France (FR)');
    assert.match(await page.getByTestId('law-authority').innerText(), /bundled research/);
    const form = page.getByTestId('law-publish');
    await form.getByLabel('Realistic virtual material').selectOption('no');
    await form.getByLabel('Source id').fill('CP_227_23');
    await form
      .getByLabel('Source title')
      .fill('Penal code, article 227-23 (fictional test citation)');
    await form
      .getByLabel('Source address (URL or reference)')
      .fill('https://example.org/cp-227-23');
    await form.getByTestId('law-publish-submit').click();
    await form.getByTestId('status-message').waitFor();
    await page
      .getByTestId('law-authority')
      .filter({ hasText: /published by .*Test Unit/ })
      .waitFor();
    const row = page
      .getByTestId('law-profile')
      .getByRole('row', { name: /Realistic virtual material/ });
    assert.match(await row.innerText(), /Not an offence/);
    assert.match(await row.innerText(), /Published profile/);
    assert.equal(await page.getByTestId('law-versions').locator('tbody tr').count(), 1);
    await screenshot(page, 'law-country');
    assertNoPageProblems(harness, page);
  });

  it('colours the world map by party status or gaps, with a legend and a table of the same countries', async () => {
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'World map of the law' })
      .click();
    await expectHeading(page, 'World map of the law');
    const map = page.getByTestId('law-world-map');
    await map.locator('path').first().waitFor();
    assert.ok((await map.locator('path').count()) > 150, 'the bundled world outlines are drawn');
    const coloured = await map.locator('path[data-category]').count();
    const rows = await page.getByTestId('law-map-table').locator('tbody tr').count();
    assert.equal(coloured, rows, 'every country in the table is coloured on the map');
    const germany = await map.locator('path[data-iso2="DE"]').getAttribute('data-category');
    assert.equal(germany, 'party', 'Germany is a party to the Budapest Convention');
    await page.getByTestId('law-map-choice').selectOption('gaps');
    await page.getByTestId('law-map-legend').filter({ hasText: 'No known gap' }).waitFor();
    const legend = await page.getByTestId('law-map-legend').locator('li').allInnerTexts();
    assert.equal(legend.length, 6, 'five gap categories and "No data"');
    await screenshot(page, 'law-map');
    assertNoPageProblems(harness, page);
  });

  for (const [dir, locale] of [
    ['ltr', 'en-GB'],
    ['rtl', 'ar-EG'],
  ] as const) {
    it(`has no serious accessibility violation on the law pages (${dir})`, async () => {
      const checked = await harness.newPage({ locale, bypassCSP: true });
      await checked.goto('/');
      await signInAnyLanguage(checked, 'admin', ADMIN_PASSWORD);
      await checked.locator('nav a[href="/law/compare"]').waitFor();
      assert.equal(await checked.locator('html').getAttribute('dir'), dir);
      await checked.goto('/law/compare');
      await checked.getByTestId('law-requesting').selectOption('GB');
      await checked.getByTestId('law-requested').selectOption('PH');
      await checked.getByTestId('law-conducts').locator('input').first().check();
      await checked.getByTestId('law-measures').locator('input').first().check();
      await checked.getByTestId('law-plan-submit').click();
      await checked.getByTestId('law-plan').waitFor();
      await assertAccessible(checked, `law compare ${dir}`);
      await checked.goto('/law/countries/FR');
      await checked.getByTestId('law-profile').waitFor();
      await assertAccessible(checked, `law country ${dir}`);
      await screenshot(checked, `law-country-${dir}`);
      await checked.goto('/law/map');
      await checked.getByTestId('law-world-map').locator('path').first().waitFor();
      await assertAccessible(checked, `law map ${dir}`);
      await screenshot(checked, `law-map-${dir}`);
    });
  }
});
