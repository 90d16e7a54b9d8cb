// Federation with the keyboard alone, on two real nodes: B's administrator
// adds A from its pasted card, A shares a bank with B through the Sharing tab,
// B subscribes, syncs and confirms a grade, and a confirmation dialog gives
// focus back on Escape. No click anywhere; under the real CSP.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  assertNoPageProblems,
  eventually,
  expectHeading,
  focusedName,
  signIn,
  tabTo,
} from './browser-harness.ts';
import {
  ADMIN_PASSWORD,
  peerOverHttp,
  seedSharedBank,
  startFederatedHarness,
  type FederatedHarness,
} from './federation-fixtures.ts';

/** A name as the UI sets it in a sentence: isolated (U+2068…U+2069), so it keeps its direction. */
const isolated = (name: string) => `\u2068${name}\u2069`;

/** Waits until the focused element is named `name`. */
async function focusReturnsTo(page: Page, name: string): Promise<void> {
  await eventually(async () => (await focusedName(page)) === name, `focus on "${name}"`);
}

describe('federation with the keyboard alone', () => {
  let a: FederatedHarness;
  let b: FederatedHarness;
  let pageA: Page;
  let pageB: Page;

  before(async () => {
    [a, b] = await Promise.all([
      startFederatedHarness('Unit A', 'FR'),
      startFederatedHarness('Unit B', 'KE'),
    ]);
    await seedSharedBank(a.harness.node, a.admin);
    await peerOverHttp(a.admin, b.admin);
    [pageA, pageB] = await Promise.all([a.harness.newPage(), b.harness.newPage()]);
    for (const page of [pageA, pageB]) {
      await page.goto('/');
      await signIn(page, 'admin', ADMIN_PASSWORD);
      await expectHeading(page, 'Home');
    }
  });
  after(async () => {
    await Promise.all([a?.harness.close(), b?.harness.close()]);
  });

  it('adds a peer from its pasted card and the fingerprint typed', async () => {
    const own = (await a.admin.request('GET', '/api/v1/node/card')).json();
    await pageB.goto('/peers');
    await expectHeading(pageB, 'Peers');
    await tabTo(pageB, 'Add peer');
    await pageB.keyboard.press('Enter');
    const dialog = pageB.getByRole('dialog', { name: 'Add a peer' });
    await dialog.waitFor();
    await tabTo(pageB, 'card-source', 10);
    await pageB.keyboard.press('ArrowDown');
    assert.ok(await dialog.getByRole('radio', { name: 'Pasted text' }).isChecked());
    await tabTo(pageB, 'card-text', 5);
    await pageB.keyboard.insertText(JSON.stringify(own.card));
    await dialog.getByTestId('card-claims').getByText('Unit A', { exact: true }).waitFor();
    await tabTo(pageB, 'fingerprint', 5);
    await pageB.keyboard.type(own.fingerprint);
    await pageB.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await pageB.getByText(`${isolated('Unit A')} is now a peer of this node.`).waitFor();
    await focusReturnsTo(pageB, 'Add peer');
  });

  it('opens the Sharing tab with the arrow keys and adds a rule', async () => {
    await pageA.goto('/banks/demo-shared');
    await expectHeading(pageA, 'demo-shared');
    await tabTo(pageA, 'Signals');
    await pageA.keyboard.press('ArrowRight');
    assert.equal(await focusedName(pageA), 'Sharing');
    await pageA.getByTestId('rules-table').or(pageA.getByTestId('empty-state')).first().waitFor();
    await tabTo(pageA, 'Add rule');
    await pageA.keyboard.press('Enter');
    const dialog = pageA.getByRole('dialog', { name: 'Add a sharing rule' });
    await dialog.waitFor();
    assert.equal(await focusedName(pageA), 'target', 'focus starts on whom the rule reaches');
    await pageA.keyboard.press('ArrowDown');
    assert.equal(
      await dialog.getByRole('combobox', { name: 'Shared with' }).inputValue(),
      `peer:${b.nodeId}`,
    );
    await tabTo(pageA, 'Add rule');
    await pageA.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await pageA.getByText('The rule has been added and the bank offered.').waitFor();
    await pageA.getByTestId('rule-row').getByText('TLP:GREEN').waitFor();
    await focusReturnsTo(pageA, 'Add rule');
    assert.equal(await a.harness.node.app.concord.federation.deliver(), 1, 'the offer reaches B');
  });

  it('subscribes to the offer and syncs it', async () => {
    await pageB.goto('/received');
    await expectHeading(pageB, 'Received banks');
    await tabTo(pageB, `Subscribe to ${isolated('demo-shared')} from ${isolated('Unit A')}`);
    await pageB.keyboard.press('Enter');
    await pageB.getByText('Subscribed: the signals arrive in the bank').waitFor();
    await tabTo(pageB, `Sync now: ${isolated('demo-shared')}`);
    await pageB.keyboard.press('Enter');
    await pageB.getByTestId('sync-result').getByText('Signals received: 2').waitFor();
  });

  it('confirms the grade of a received signal', async () => {
    await pageB.goto('/banks/demo-shared');
    await expectHeading(pageB, 'demo-shared');
    const confirm = pageB.getByTestId('confirm-grade').first();
    const name = (await confirm.getAttribute('aria-label')) ?? '';
    assert.match(name, /^Confirm grade of/);
    await tabTo(pageB, name, 80);
    await pageB.keyboard.press('Enter');
    const dialog = pageB.getByRole('dialog');
    await dialog.waitFor();
    assert.equal(await focusedName(pageB), 'feedback-comment', 'focus starts on the comment');
    await pageB.keyboard.type('Same grade here');
    await tabTo(pageB, 'Send confirmation', 5);
    await pageB.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await pageB.getByText(`Your confirmation is on its way to ${isolated('Unit A')}.`).waitFor();
    await focusReturnsTo(pageB, name);
  });

  it('opens a removal confirmation and gives focus back on Escape', async () => {
    await pageB.goto('/peers');
    await expectHeading(pageB, 'Peers');
    const remove = `Remove ${isolated('Unit A')}`;
    await tabTo(pageB, remove);
    await pageB.keyboard.press('Enter');
    const dialog = pageB.getByRole('dialog', { name: `${remove}?` });
    await dialog.waitFor();
    await pageB.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await focusReturnsTo(pageB, remove);
    await pageB.getByTestId('peer-row-Unit A').getByText('Active', { exact: true }).waitFor();
    assertNoPageProblems(a.harness, pageA);
    assertNoPageProblems(b.harness, pageB);
  });
});
