// The federation pages in French with long lists: a node with thirty peers
// (fictional nodes, added over HTTP with their real signed cards and
// fingerprints), a dozen sharing groups each named by a rule. Every list
// pages, the page size changes, and a link to a peer on a later page opens
// that page at its row. Under the real CSP, without console errors.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import {
  assertAccessible,
  assertNoPageProblems,
  eventually,
  expectHeading,
  screenshot,
  signInAnyLanguage,
} from './browser-harness.ts';
import {
  ADMIN_PASSWORD,
  addFictionalPeers,
  seedSharedBank,
  startFederatedHarness,
  type FederatedHarness,
} from './federation-fixtures.ts';

const PEERS = 30;
const GROUPS = 12;

/** French puts a no-break space before a colon: "Total : 30". */
const total = (count: number) => new RegExp(`^Total\\s:\\s${count}$`);

/** The rows of the table with this test id (its body only). */
function bodyRows(page: Page, table: string): Locator {
  return page.getByTestId(table).locator('tbody > tr');
}

describe('long federation lists page, in French', () => {
  let a: FederatedHarness;
  let page: Page;
  let peerIds: readonly string[] = [];

  before(async () => {
    a = await startFederatedHarness('Unité A', 'FR');
    peerIds = await addFictionalPeers(a.admin, PEERS, a.harness.node.clock.now());
    const bankId = await seedSharedBank(a.harness.node, a.admin);
    for (let index = 1; index <= GROUPS; index++) {
      const number = String(index).padStart(2, '0');
      const group = await a.admin.request('POST', '/api/v1/sharing/groups', {
        name: `Groupe ${number}`,
        members: peerIds.slice(index - 1, index + 1),
      });
      assert.equal(group.statusCode, 201, group.body);
      const rule = await a.admin.request('POST', `/api/v1/banks/${bankId}/sharing-rules`, {
        target: { kind: 'group', groupId: group.json().id },
        maxTlp: 'GREEN',
      });
      assert.equal(rule.statusCode, 201, rule.body);
      // Rules are listed in the order they were made: a second apart, that order is certain.
      a.harness.node.clock.advance(1000);
    }
    page = await a.harness.newPage({ locale: 'fr-FR' });
    await page.goto('/peers');
    await signInAnyLanguage(page, 'admin', ADMIN_PASSWORD);
    await expectHeading(page, 'Nœuds pairs');
  });
  after(async () => {
    await a?.harness.close();
  });

  it('pages the peers, and changes the page size', async () => {
    const rows = bodyRows(page, 'peers-table');
    await page.getByTestId('paging-total').getByText(total(PEERS)).waitFor();
    await eventually(async () => (await rows.count()) === 25, '25 peers on the first page');
    await rows.first().getByText('Fictional unit 01').waitFor();
    await rows.first().getByText('Actif', { exact: true }).waitFor();
    // The offers to the groups' members wait in their queues: nobody answers at their addresses.
    await rows
      .first()
      .getByTestId('peer-queue')
      .getByText(/^Messages\s:\s1$/)
      .waitFor();

    const pages = page.getByRole('navigation', { name: /^Pages\s:\sNœuds pairs$/ });
    await pages.getByRole('button', { name: 'Page 2' }).click();
    await eventually(async () => (await rows.count()) === PEERS - 25, 'the last 5 on page 2');
    await rows.first().getByText('Fictional unit 26').waitFor();
    assert.equal(
      await pages.getByRole('button', { name: 'Page 2' }).getAttribute('aria-current'),
      'page',
    );

    await page
      .getByRole('combobox', { name: /^Lignes par page\s:\sNœuds pairs$/ })
      .selectOption('10');
    await eventually(async () => (await rows.count()) === 10, '10 peers a page');
    await rows.first().getByText('Fictional unit 01').waitFor();
    await pages.getByRole('button', { name: 'Page 3' }).waitFor();
    assert.equal(await pages.getByRole('button', { name: 'Page 4' }).count(), 0);
    await screenshot(page, 'federation-peers-paged-fr');
  });

  it('opens a link to a peer on a later page at its row, focused', async () => {
    await page.goto('/');
    await page.goto(`/peers#peer-${peerIds[27]}`);
    const row = page.getByTestId('peer-row-Fictional unit 28');
    await row.waitFor();
    await eventually(() => row.evaluate((el) => el.matches(':focus')), 'focus on the linked row');
    await row.getByText('Fictional agency 28').waitFor();
  });

  it("pages the bank's rules, its preview and the groups", async () => {
    await page.goto('/banks/demo-shared');
    await expectHeading(page, 'demo-shared');
    await page.getByRole('tab', { name: 'Partage' }).click();

    const rules = bodyRows(page, 'rules-table');
    await eventually(async () => (await rules.count()) === 10, '10 rules on the first page');
    const rulePages = page.getByRole('navigation', { name: /^Pages\s:\sRègles de partage$/ });
    await rulePages.getByRole('button', { name: 'Page suivante' }).click();
    await eventually(async () => (await rules.count()) === GROUPS - 10, 'the last 2 rules');
    await rules.first().getByText('Groupe 11').waitFor();

    const preview = bodyRows(page, 'preview-table');
    await eventually(async () => (await preview.count()) === 10, '10 peers previewed a page');
    const previewPages = page.getByRole('navigation', {
      name: /^Pages\s:\sCe que chaque pair recevrait maintenant$/,
    });
    await previewPages.getByRole('button', { name: 'Page 3' }).click();
    const lastPreviewPage = page.getByTestId('preview-row-Fictional unit 21');
    await lastPreviewPage.waitFor();
    // Units 21 to 30 are in no group: no rule reaches them.
    await lastPreviewPage.getByText(/^Aucune règle n’atteint ce pair\s:\s4$/).waitFor();
    await lastPreviewPage.scrollIntoViewIfNeeded();
    await screenshot(page, 'federation-preview-paged-fr');

    const groups = bodyRows(page, 'groups-table');
    await eventually(async () => (await groups.count()) === 10, '10 groups on the first page');
    const groupPages = page.getByRole('navigation', { name: /^Pages\s:\sGroupes de partage$/ });
    await groupPages.getByRole('button', { name: 'Page 2' }).click();
    await page.getByTestId('group-row-Groupe 12').waitFor();
    assert.equal(await groups.count(), GROUPS - 10);
    assertNoPageProblems(a.harness, page);
  });

  it('has no serious accessibility violation on the paged lists (axe-core)', async () => {
    // axe is injected as a script, which the real CSP forbids: this page does without it.
    const checked = await a.harness.newPage({ locale: 'fr-FR', bypassCSP: true });
    await checked.goto('/peers');
    await signInAnyLanguage(checked, 'admin', ADMIN_PASSWORD);
    await checked.getByTestId('paging-total').waitFor();
    await assertAccessible(checked, 'federation-peers-paged-fr');
    await checked.goto('/banks/demo-shared');
    await checked.getByTestId('sharing-tab').click();
    await checked.getByTestId('groups-table').waitFor();
    await checked.getByTestId('preview-table').waitFor();
    await assertAccessible(checked, 'federation-bank-sharing-paged-fr');
    assertNoPageProblems(a.harness, checked);
  });
});
