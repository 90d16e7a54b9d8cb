// The legal knowledge base in the web UI of a French node: comparing two countries (with the
// keyboard, and a refused same-country request), France's administrator publishing France's
// profile from the country page (every kind of value, several sources, an invalid language tag
// refused in the form, the values checked through the API), and the world map with its legend
// and table, in English and in Arabic (right to left), each page checked with axe-core.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { v1 } from '@concord/client';
import type { TestBrowser } from '@concord/server/testing';
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
  let api: TestBrowser;

  before(async () => {
    harness = await startBrowserHarness();
    api = await adminOverHttp(harness.node, ADMIN_PASSWORD);
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

  it('explains an invalid language tag beside the field and publishes nothing', async () => {
    await page.goto('/law/countries/FR');
    await expectHeading(page, 'The law of France (FR)');
    assert.match(await page.getByTestId('law-authority').innerText(), /bundled research/);
    const form = page.getByTestId('law-publish');
    await form.getByTestId('law-publish-sources').scrollIntoViewIfNeeded();
    await screenshot(page, 'law-publish-form');
    const first = form.getByRole('group', { name: 'Source 1' });
    await first.getByLabel('Source id').fill('CP_227_23');
    await first
      .getByLabel('Source title')
      .fill('Penal code, article 227-23 (fictional test citation)');
    await first
      .getByLabel('Source address (URL or reference)')
      .fill('https://example.org/cp-227-23');
    // The sections are collapsed to their headings; one opens from the keyboard.
    const cooperation = form.getByTestId('law-publish-group-cooperation');
    await cooperation.locator('summary').focus();
    await page.keyboard.press('Enter');
    await cooperation
      .getByRole('combobox', { name: 'Languages requests are accepted in' })
      .selectOption('given');
    const tags = cooperation.getByRole('textbox', { name: 'Language tags' });
    await tags.fill('fr, fr_FR');
    await form.getByTestId('law-publish-review-button').click();
    const problems = form.getByTestId('law-publish-problems');
    await problems.waitFor();
    assert.match(await problems.innerText(), /“fr_FR” is not a language tag/);
    assert.equal(
      await problems.evaluate((el) => el.matches(':focus-within')),
      true,
      'the list of problems takes the focus',
    );
    await screenshot(page, 'law-publish-problems');
    assert.equal(await tags.getAttribute('aria-invalid'), 'true');
    assert.match(await cooperation.innerText(), /“fr_FR” is not a language tag/);
    assert.equal(await form.getByTestId('law-publish-review').count(), 0, 'no review offered');
    await problems.getByRole('link').first().press('Enter');
    assert.equal(await tags.evaluate((el) => el.matches(':focus')), true);
    const versions = await api.request('GET', '/api/v1/law/profiles?jurisdiction=FR');
    assert.deepEqual(versions.json(), [], 'nothing was published');
    assertNoPageProblems(harness, page);
  });

  it("lets France's administrator publish languages, a central authority, legislation and two sources", async () => {
    const form = page.getByTestId('law-publish');
    const cooperation = form.getByTestId('law-publish-group-cooperation');
    await cooperation.getByRole('textbox', { name: 'Language tags' }).fill('FR, en');
    await form.getByTestId('law-publish-problems').waitFor({ state: 'detached' });
    assert.match(await cooperation.innerText(), /Reads as: French and English/);
    // A second source, added from the keyboard: the new row takes the focus.
    await form.getByRole('button', { name: 'Add a source' }).press('Enter');
    await page.keyboard.type('DECREE_2024');
    const second = form.getByRole('group', { name: 'Source 2' });
    assert.equal(await second.getByLabel('Source id').inputValue(), 'DECREE_2024');
    await second.getByLabel('Source title').fill('Decree 2024-1 (fictional test citation)');
    await second.getByLabel('Source address (URL or reference)').fill('JORF 2024-1');

    await form.getByTestId('law-publish-group-contacts').locator('summary').click();
    const authority = form.getByTestId('publish-item-centralAuthority');
    await authority.getByRole('combobox', { name: 'Central authority' }).selectOption('given');
    await authority
      .getByLabel('Name of the office')
      .fill('Bureau of mutual assistance (fictional)');
    await authority.getByLabel('Telephone (optional)').fill('+33 1 00 00 00 00');
    await authority.getByLabel('Email address (optional)').fill('entraide@example.org');
    const authorityCites = authority.getByRole('group', { name: 'Sources cited' });
    await authorityCites.getByLabel('CP_227_23').uncheck();
    await authorityCites.getByLabel('DECREE_2024').check();

    await form.getByTestId('law-publish-group-legislation').locator('summary').click();
    const duty = form.getByTestId('publish-item-legislation.ispReportingDuty');
    await duty
      .getByRole('combobox', { name: 'Duty of service providers to report' })
      .selectOption('yes');
    await duty.getByRole('group', { name: 'Sources cited' }).getByLabel('DECREE_2024').check();
    await duty.getByLabel('Note on this value (optional)').fill('Article 6 (fictional)');

    await form.getByTestId('law-publish-group-material').locator('summary').click();
    await form.getByRole('combobox', { name: 'Realistic virtual material' }).selectOption('no');

    await form.getByTestId('law-publish-review-button').click();
    const review = form.getByTestId('law-publish-review');
    await review.waitFor();
    const changes = await review
      .getByTestId('law-publish-changes')
      .locator('tbody tr')
      .allInnerTexts();
    assert.equal(changes.length, 4, changes.join('\n'));
    assert.match(changes.join('\n'), /Languages requests are accepted in.*fr, en/s);
    assert.match(changes.join('\n'), /Central authority.*Bureau of mutual assistance/s);
    assert.match(await review.innerText(), /Sources added: CP_227_23 and DECREE_2024/);
    await screenshot(page, 'law-publish-review');
    await review.getByTestId('law-publish-submit').click();
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

    // What the node now holds, through the API.
    const versions = await api.request('GET', '/api/v1/law/profiles?jurisdiction=FR');
    const held = versions.json() as { receivedVia: string; authoritative: boolean }[];
    assert.deepEqual(
      held.map((v) => [v.receivedVia, v.authoritative]),
      [['published', true]],
    );
    const country = await api.request('GET', '/api/v1/law/countries/FR');
    const { profile } = country.json() as { profile: v1.LawCountryProfile };
    assert.deepEqual(profile.document?.profile.sources, [
      {
        id: 'CP_227_23',
        title: 'Penal code, article 227-23 (fictional test citation)',
        ref: 'https://example.org/cp-227-23',
      },
      { id: 'DECREE_2024', title: 'Decree 2024-1 (fictional test citation)', ref: 'JORF 2024-1' },
    ]);
    assert.deepEqual(profile.document?.profile.values, {
      conducts: {
        'csam.virtual_realistic': { value: 'no', sources: ['CP_227_23'], note: null },
      },
      acceptedLanguages: { value: ['fr', 'en'], sources: ['CP_227_23'], note: null },
      centralAuthority: {
        value: {
          name: 'Bureau of mutual assistance (fictional)',
          phone: '+33 1 00 00 00 00',
          email: 'entraide@example.org',
          address: null,
        },
        sources: ['DECREE_2024'],
        note: null,
      },
      legislation: {
        ispReportingDuty: {
          value: 'yes',
          sources: ['CP_227_23', 'DECREE_2024'],
          note: 'Article 6 (fictional)',
        },
      },
    });
    assert.deepEqual(
      [profile.acceptedLanguages, profile.centralAuthority].map((f) => [
        f.origin.kind,
        f.effective.sources,
      ]),
      [
        ['published', ['profile:FR', 'profile:FR:CP_227_23']],
        ['published', ['profile:FR', 'profile:FR:DECREE_2024']],
      ],
    );
    const legislation = profile.legislation.find((l) => l.field === 'ispReportingDuty');
    assert.deepEqual(
      [legislation?.origin.kind, legislation?.effective.value, legislation?.effective.sources],
      ['published', 'yes', ['profile:FR', 'profile:FR:CP_227_23', 'profile:FR:DECREE_2024']],
    );
    assert.equal(legislation?.published?.note, 'Article 6 (fictional)');
    await screenshot(page, 'law-country');
    assertNoPageProblems(harness, page);
  });

  it('starts the next publication from the profile in force, and refuses one that changes nothing', async () => {
    await page.reload();
    const form = page.getByTestId('law-publish');
    assert.match(
      await form.innerText(),
      /starts from the profile in force, published by .*Test Unit/,
    );
    const languages = form.getByRole('textbox', { name: 'Language tags' });
    assert.equal(
      await languages.inputValue(),
      'fr, en',
      'published sections start open and filled',
    );
    await form.getByTestId('law-publish-review-button').click();
    assert.match(
      await form.getByTestId('law-publish-problems').innerText(),
      /Nothing differs from the version in force/,
    );
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
      // The publish form with every section open, a contact being typed and the review shown.
      const form = checked.getByTestId('law-publish');
      for (const summary of await form.locator('details:not([open]) > summary').all())
        await summary.click();
      await form.getByTestId('publish-item-contact247').locator('select').selectOption('given');
      await form
        .getByTestId('publish-item-conducts.csam.ai_tools')
        .locator('select')
        .selectOption('yes');
      await form.getByTestId('law-publish-review-button').click();
      await form.getByTestId('law-publish-problems').waitFor();
      await form.getByTestId('publish-item-contact247').locator('input').first().fill('OFMIN');
      await form.getByTestId('law-publish-review-button').click();
      await form.getByTestId('law-publish-review').waitFor();
      await assertAccessible(checked, `law country ${dir}`);
      await screenshot(checked, `law-country-${dir}`);
      await checked.goto('/law/map');
      await checked.getByTestId('law-world-map').locator('path').first().waitFor();
      await assertAccessible(checked, `law map ${dir}`);
      await screenshot(checked, `law-map-${dir}`);
    });
  }
});
