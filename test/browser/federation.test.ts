// Two real nodes, Unit A (France) and Unit B (Kenya), peered through their web
// UIs: B's administrator takes A's card from A's home page and adds A with the
// fingerprint read out (a wrong one is refused and explained); A shares a bank
// with B under a rule and previews what goes; B subscribes, syncs, sees where
// each signal came from and confirms a grade, which reaches A.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  assertNoPageProblems,
  eventually,
  expectHeading,
  openFromNavigation,
  screenshot,
  signIn,
} from './browser-harness.ts';
import { handling, localSignal, md5, shareAndSubscribe } from '../federation/federation-harness.ts';
import {
  ADMIN_PASSWORD,
  peerOverHttp,
  SHARED_VALUES,
  seedSharedBank,
  startFederatedHarness,
  type FederatedHarness,
} from './federation-fixtures.ts';

/** A name as the UI sets it in a sentence: isolated (U+2068…U+2069), so it keeps its direction. */
const isolated = (name: string) => `\u2068${name}\u2069`;

describe('federation between two nodes in the web UI', () => {
  let a: FederatedHarness;
  let b: FederatedHarness;
  let pageA: Page;
  let pageB: Page;
  let cardFile = '';
  let fingerprintOfA = '';
  let confirmedValue = '';

  before(async () => {
    [a, b] = await Promise.all([
      startFederatedHarness('Unit A', 'FR'),
      startFederatedHarness('Unit B', 'KE'),
    ]);
    await seedSharedBank(a.harness.node, a.admin);
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

  it("shows A's fingerprint in twelve groups and saves its card as a file", async () => {
    const groups = await pageA.getByTestId('node-fingerprint').locator('li').allTextContents();
    assert.equal(groups.length, 12);
    for (const group of groups) assert.match(group, /^\d{5}$/);
    fingerprintOfA = groups.join(' ');
    await pageA.getByText('Read these twelve groups of five digits aloud').waitFor();
    const [download] = await Promise.all([
      pageA.waitForEvent('download'),
      pageA.getByRole('button', { name: 'Download card' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'node-card-unit-a.json');
    cardFile = await download.path();
    const card = JSON.parse(readFileSync(cardFile, 'utf8'));
    assert.equal(card.card.name, 'Unit A');
    assert.equal(card.fingerprint, undefined, 'the fingerprint never travels with the card');
    await pageA.getByText('Saved').waitFor();
    await pageA.getByRole('button', { name: 'Copy card' }).click();
    await pageA.getByRole('button', { name: 'Copied' }).waitFor();
    await pageA.getByTestId('node-fingerprint').scrollIntoViewIfNeeded();
    await screenshot(pageA, 'federation-node-card-en');
  });

  it("adds A as B's peer only with the fingerprint read out, explaining each refusal", async () => {
    await openFromNavigation(pageB, 'Peers');
    await expectHeading(pageB, 'Peers');
    await pageB.getByTestId('empty-state').waitFor();
    await pageB.getByRole('button', { name: 'Add peer' }).click();
    const dialog = pageB.getByRole('dialog', { name: 'Add a peer' });

    // Nothing chosen yet: both problems are said in the form.
    await dialog.getByRole('button', { name: 'Add peer' }).click();
    await dialog.getByText('Choose the card file, or paste the card.').waitFor();
    await dialog.getByText('Enter all sixty digits of the fingerprint').waitFor();

    // Pasted text that is no card, then B's own card.
    await dialog.getByRole('radio', { name: 'Pasted text' }).check();
    const text = dialog.getByRole('textbox', { name: 'Node card (JSON text)' });
    await text.fill('{"hello": "world"}');
    await dialog.getByText('This JSON is not a node card.').waitFor();
    const own = (await b.admin.request('GET', '/api/v1/node/card')).json();
    await text.fill(JSON.stringify(own.card));
    await dialog
      .getByRole('textbox', { name: 'Fingerprint read to you by telephone' })
      .fill(own.fingerprint);
    await dialog.getByRole('button', { name: 'Add peer' }).click();
    await dialog.getByText("That is this node's own card.").waitFor();

    // A's card from the file: its claims are shown; a wrong fingerprint is refused.
    await dialog.getByRole('radio', { name: 'A file' }).check();
    await dialog.getByLabel('Node card file (JSON)').setInputFiles(cardFile);
    const claims = dialog.getByTestId('card-claims');
    await claims.getByText('Unit A', { exact: true }).waitFor();
    await claims.getByText('France').waitFor();
    const fingerprint = dialog.getByRole('textbox', {
      name: 'Fingerprint read to you by telephone',
    });
    const wrong = `${fingerprintOfA.slice(0, -1)}${fingerprintOfA.endsWith('0') ? '1' : '0'}`;
    await fingerprint.fill(wrong);
    await dialog.getByRole('button', { name: 'Add peer' }).click();
    const refusal = dialog.getByTestId('error-alert');
    await refusal.getByText('The peer was not added.').waitFor();
    await refusal
      .getByText(/fingerprint is not the one you entered\. Do not add this peer/)
      .waitFor();
    await refusal.getByText('Error code: fingerprint_mismatch').waitFor();
    await refusal.scrollIntoViewIfNeeded();
    await screenshot(pageB, 'federation-add-peer-mismatch-en');

    await fingerprint.fill(fingerprintOfA);
    await dialog.getByRole('button', { name: 'Add peer' }).click();
    await dialog.waitFor({ state: 'detached' });
    await pageB.getByText(`${isolated('Unit A')} is now a peer of this node.`).waitFor();
    const row = pageB.getByTestId('peer-row-Unit A');
    await row.getByText('France').waitFor();
    await row.getByText('Fingerprint compared by telephone').waitFor();
    await row.getByText('Active').waitFor();
    assert.ok(
      fingerprintOfA.startsWith(
        ((await row.locator('.fingerprint').textContent()) ?? '').replace('…', ''),
      ),
    );
  });

  it('shares a bank of A with B under a rule, and previews what would go', async () => {
    await peerOverHttp(a.admin, b.admin);
    await pageA.goto('/banks/demo-shared');
    await expectHeading(pageA, 'demo-shared');
    await pageA.getByRole('tab', { name: 'Sharing' }).click();
    await pageA.getByText('This bank is not shared with any peer.').waitFor();
    const previewRow = pageA.getByTestId('preview-row-Unit B');
    await previewRow.getByText('No rule reaches this peer: 4').waitFor();

    await pageA.getByRole('button', { name: 'Add rule' }).click();
    const dialog = pageA.getByRole('dialog', { name: 'Add a sharing rule' });
    await dialog.getByRole('button', { name: 'Add rule' }).click();
    await dialog.getByText('Choose a peer or a group.').waitFor();
    await dialog.getByRole('combobox', { name: 'Shared with' }).selectOption({ label: 'Unit B' });
    await dialog.getByRole('combobox', { name: 'Highest TLP shared' }).selectOption('AMBER');
    await dialog.getByRole('textbox', { name: 'Grades' }).fill('caid:A, nonsense');
    await dialog.getByRole('button', { name: 'Add rule' }).click();
    await dialog.getByText('Write each grade as scheme:value').waitFor();
    await dialog.getByRole('textbox', { name: 'Grades' }).fill('caid:A');
    await dialog.getByRole('button', { name: 'Add rule' }).click();
    await dialog.waitFor({ state: 'detached' });
    await pageA.getByText('The rule has been added and the bank offered.').waitFor();
    const rule = pageA.getByTestId('rule-row');
    await rule.getByRole('link', { name: 'Unit B' }).waitFor();
    await rule.getByText('TLP:AMBER').waitFor();
    await rule.getByText('CAID categories (A, B, C): A').waitFor();

    await previewRow.getByTestId('preview-shared').getByText('3').waitFor();
    await previewRow.getByText('Their TLP is above the rule’s: 1').waitFor();
    await previewRow.scrollIntoViewIfNeeded();
    await screenshot(pageA, 'federation-sharing-en');

    // A sharing group, its members chosen from the peers.
    await pageA.getByRole('button', { name: 'Create group' }).click();
    const groupDialog = pageA.getByRole('dialog', { name: 'Create a sharing group' });
    await groupDialog.getByRole('button', { name: 'Save' }).click();
    await groupDialog.getByText('Enter a name of 1 to 80 characters.').waitFor();
    await groupDialog.getByRole('textbox', { name: 'Name' }).fill('Nairobi liaison');
    await groupDialog.getByRole('checkbox', { name: 'Unit B' }).check();
    await groupDialog.getByRole('button', { name: 'Save' }).click();
    await groupDialog.waitFor({ state: 'detached' });
    await pageA.getByTestId('group-row-Nairobi liaison').getByText('Unit B').waitFor();
    assert.equal(await a.harness.node.app.concord.federation.deliver(), 1, 'the offer reaches B');
  });

  it('subscribes B to the offer, syncs now and shows the result', async () => {
    await openFromNavigation(pageB, 'Received banks');
    await expectHeading(pageB, 'Received banks');
    const offer = pageB.getByTestId('offer-row-demo-shared');
    await offer.getByRole('link', { name: 'Unit A' }).waitFor();
    await offer.getByText('TLP:GREEN').waitFor();
    await pageB
      .getByTestId('empty-state')
      .getByText('This node subscribes to no bank yet.')
      .waitFor();
    await offer
      .getByRole('button', {
        name: `Subscribe to ${isolated('demo-shared')} from ${isolated('Unit A')}`,
      })
      .click();
    await pageB.getByText('Subscribed: the signals arrive in the bank').waitFor();
    await offer.getByText('Subscribed', { exact: true }).waitFor();
    const subscription = pageB.getByTestId('subscription-row-demo-shared');
    await subscription.getByText('Never', { exact: true }).waitFor();

    await subscription
      .getByRole('button', { name: `Sync now: ${isolated('demo-shared')}` })
      .click();
    const result = pageB.getByTestId('sync-result');
    await result.getByText(`${isolated('demo-shared')} is up to date.`).waitFor();
    await result.getByText('Signals received: 3').waitFor();
    // The RED signal goes as a tombstone naming only A's id for it, never its hash.
    await result.getByText('Retractions received: 1').waitFor();
    await subscription.getByText('now', { exact: true }).waitFor();
    await screenshot(pageB, 'federation-received-en');
  });

  it('shows each received signal with its provenance and handling code, and confirms a grade', async () => {
    await pageB.getByRole('link', { name: `Open ${isolated('demo-shared')}` }).click();
    await expectHeading(pageB, 'demo-shared');
    await pageB.getByTestId('bank-summary').getByRole('link', { name: 'Unit A' }).waitFor();
    const rows = pageB.getByTestId('signal-row');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 3, 'the RED signal stayed at A');
    const first = rows.first();
    const provenance = first.getByTestId('signal-provenance');
    await provenance.getByText('Origin:').waitFor();
    assert.equal(
      await provenance.getByRole('link', { name: 'Unit A' }).count(),
      2,
      'origin and path',
    );
    await first.getByText('TLP:GREEN').waitFor();
    await first.getByText('Agencies that graded it: 1').waitFor();
    confirmedValue = (await first.locator('code.hash-value').first().getAttribute('title')) ?? '';
    assert.ok(SHARED_VALUES.includes(confirmedValue as (typeof SHARED_VALUES)[number]));
    // A received signal is its originator's to retract; this node confirms or disputes its grade.
    assert.equal(await pageB.getByRole('button', { name: /^Retract/ }).count(), 0);

    await first.getByTestId('confirm-grade').click();
    const dialog = pageB.getByRole('dialog', { name: 'Confirm the grade of this MD5 signal?' });
    await dialog
      .getByRole('textbox', { name: 'Comment for the originator (optional)' })
      .fill('Same grade in case KE-2026-117');
    await screenshot(pageB, 'federation-confirm-dialog-en');
    await dialog.getByRole('button', { name: 'Send confirmation' }).click();
    await dialog.waitFor({ state: 'detached' });
    await pageB.getByText(`Your confirmation is on its way to ${isolated('Unit A')}.`).waitFor();
    await first.getByTestId('signal-provenance').scrollIntoViewIfNeeded();
    await screenshot(pageB, 'federation-received-signals-en');
  });

  it('shows the queue waiting for A, then the last contact once delivered', async () => {
    // The bank's origin links to its peer's row on the peers page.
    await pageB.getByTestId('bank-summary').getByRole('link', { name: 'Unit A' }).click();
    await expectHeading(pageB, 'Peers');
    const row = pageB.getByTestId('peer-row-Unit A');
    await eventually(
      () => row.evaluate((element) => element.matches(':focus')),
      "focus on A's row",
    );
    // A was last heard when its offer arrived; B's confirmation waits in A's queue.
    await row.getByTestId('peer-last-contact').getByText('now', { exact: true }).waitFor();
    await row.getByTestId('peer-queue').getByText('Messages: 1').waitFor();
    await row.getByText('Oldest queued now').waitFor();
    assert.equal(
      await b.harness.node.app.concord.federation.deliver(),
      1,
      'the confirmation reaches A',
    );
    await pageB.reload();
    await row.getByTestId('peer-queue').getByText('Nothing', { exact: true }).waitFor();
    await screenshot(pageB, 'federation-peers-en');

    // A counted the confirmation: its signal is now graded by two agencies.
    await pageA.goto('/banks/demo-shared');
    await pageA.getByRole('textbox', { name: 'Hash value (exact)' }).fill(confirmedValue);
    await pageA.getByRole('button', { name: 'Search', exact: true }).click();
    await pageA.getByTestId('paging-total').getByText('Total: 1', { exact: true }).waitFor();
    await pageA.getByTestId('signal-row').getByText('Agencies that graded it: 2').waitFor();
    await openFromNavigation(pageA, 'Peers');
    await pageA.getByTestId('peer-row-Unit B').getByText('now', { exact: true }).waitFor();
  });

  it('shows a long sync as change X of Y, moving while it runs, then up to date', async () => {
    // A second bank of 6,000 changes: more than one page (5,000), so a sync stops part way.
    const created = await a.admin.request('POST', '/api/v1/banks', {
      name: 'long-shared',
      description: 'Many benign hashes',
      handling: handling('GREEN'),
    });
    assert.equal(created.statusCode, 201, created.body);
    const bankId: string = created.json().id;
    const at = a.harness.node.clock.now().toISOString();
    const signals = Array.from({ length: 6000 }, (_, n) =>
      localSignal(a.nodeId, md5(100_000 + n), 'GREEN'),
    );
    await a.harness.node.ctx.storage.signals.upsert(bankId, signals, at);
    const subscribed = await shareAndSubscribe(
      { admin: a.admin, node: a.harness.node },
      b,
      bankId,
      'GREEN',
    );

    await openFromNavigation(pageB, 'Received banks');
    const row = pageB.getByTestId('subscription-row-long-shared');
    await row.getByText('Not synced yet', { exact: true }).waitFor();
    // The node's own schedule takes the first page; the page shows it without a reload.
    const first = await b.harness.node.app.concord.federation.pull(subscribed.id, 1);
    assert.ok(first.ok && !first.value.complete);
    const behind = row.getByTestId('sync-behind');
    await behind.getByText('Change 5,000 of 6,000 (83%)').waitFor();
    assert.equal(
      await behind
        .getByRole('progressbar', { name: 'Sync progress' })
        .getAttribute('aria-valuenow'),
      '83',
    );
    await screenshot(pageB, 'federation-sync-progress-en');

    await row.getByRole('button', { name: `Sync now: ${isolated('long-shared')}` }).click();
    await pageB
      .getByTestId('sync-result')
      .getByText(`${isolated('long-shared')} is up to date.`)
      .waitFor();
    await row.getByText('Up to date (change no. 6,000)', { exact: true }).waitFor();
    await row.getByText('6,000', { exact: true }).waitFor();
    // The first subscription is unchanged, and up to date since its one sync.
    await pageB
      .getByTestId('subscription-row-demo-shared')
      .getByText('Up to date (change no. 4)', { exact: true })
      .waitFor();
  });

  it("rotates A's keys from its home page; B learns the new fingerprint from the card A sends", async () => {
    await pageA.goto('/');
    await expectHeading(pageA, 'Home');
    await pageA.getByRole('button', { name: 'Rotate keys…' }).click();
    const dialog = pageA.getByRole('dialog', { name: "Rotate this node's keys" });
    const overlap = dialog.getByRole('textbox', { name: 'Days peers keep accepting the old keys' });
    await overlap.fill('3');
    await dialog.getByRole('button', { name: 'Rotate keys' }).click();
    await dialog.getByText('Enter a whole number of days from 7 to 90.').waitFor();
    await overlap.fill('14');
    await dialog.getByRole('button', { name: 'Rotate keys' }).click();
    await dialog.waitFor({ state: 'detached' });
    await pageA.getByText(/Keys rotated\. New card queued for active peers: 1\./).waitFor();
    let rotated = '';
    await eventually(async () => {
      const groups = await pageA.getByTestId('node-fingerprint').locator('li').allTextContents();
      rotated = groups.join(' ');
      return groups.length === 12 && rotated !== fingerprintOfA;
    }, 'the new fingerprint on the page');
    // The rotation started a delivery; this pass waits for whatever is left.
    await a.harness.node.app.concord.federation.deliver();
    await eventually(async () => {
      const peers = (await b.admin.request('GET', '/api/v1/peers')).json() as {
        name: string;
        fingerprint: string;
      }[];
      return peers.find((p) => p.name === 'Unit A')?.fingerprint === rotated;
    }, "B holding A's new fingerprint");
    await screenshot(pageA, 'federation-rotated-en');
  });

  it('suspends, resumes and removes a peer, each after a confirmation', async () => {
    await openFromNavigation(pageB, 'Peers');
    const row = pageB.getByTestId('peer-row-Unit A');
    await row.getByRole('button', { name: `Suspend ${isolated('Unit A')}` }).click();
    const suspend = pageB.getByRole('dialog', { name: `Suspend ${isolated('Unit A')}?` });
    await suspend.getByRole('button', { name: 'Suspend' }).click();
    await suspend.waitFor({ state: 'detached' });
    await pageB.getByText(`${isolated('Unit A')} is suspended.`).waitFor();
    await row.getByText('Suspended', { exact: true }).waitFor();

    await row.getByRole('button', { name: `Resume ${isolated('Unit A')}` }).click();
    await pageB
      .getByRole('dialog', { name: `Resume ${isolated('Unit A')}?` })
      .getByRole('button', { name: 'Resume' })
      .click();
    await row.getByText('Active', { exact: true }).waitFor();

    await row.getByRole('button', { name: `Remove ${isolated('Unit A')}` }).click();
    const remove = pageB.getByRole('dialog', { name: `Remove ${isolated('Unit A')}?` });
    await remove.getByRole('button', { name: 'Cancel' }).click();
    await remove.waitFor({ state: 'detached' });
    await row.getByRole('button', { name: `Remove ${isolated('Unit A')}` }).click();
    await remove.getByRole('button', { name: 'Remove' }).click();
    await pageB.getByText(`${isolated('Unit A')} has been removed.`).waitFor();
    await pageB.getByTestId('empty-state').waitFor();
    for (const [harness, page] of [
      [a.harness, pageA],
      [b.harness, pageB],
    ] as const)
      assertNoPageProblems(harness, page);
  });
});
