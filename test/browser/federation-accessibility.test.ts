// axe-core on every federation page, with its dialogs, in English (left to
// right) and Arabic (right to left), on a small federation set up over HTTP:
// Unit A shares a bank with Unit B directly and with a group, whose other
// member, Unit C, has gone away (so A's peers page shows a failed delivery
// naming its message). A screenshot of each for review.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { freePort, startTestNode, type TestNode } from '@concord/server/testing';
import { handling } from '../federation/federation-harness.ts';
import {
  activeUserOverHttp,
  adminOverHttp,
  assertAccessible,
  assertNoPageProblems,
  screenshot,
  signIn,
  signInAnyLanguage,
} from './browser-harness.ts';
import {
  ADMIN_PASSWORD,
  peerOverHttp,
  seedSharedBank,
  startFederatedHarness,
  type FederatedHarness,
} from './federation-fixtures.ts';

const LOCALES = { ltr: 'en-GB', rtl: 'ar-EG' } as const;
const ANALYST_PASSWORD = 'amber lantern over still water';

async function check(page: Page, name: string, scrollTo?: string): Promise<void> {
  await page.locator('h1').first().waitFor();
  await assertAccessible(page, name);
  if (scrollTo) await page.getByTestId(scrollTo).first().scrollIntoViewIfNeeded();
  await screenshot(page, name);
}

/** Opens a dialog with `open`, checks it, and closes it with Escape. */
async function checkDialog(page: Page, name: string, open: () => Promise<void>): Promise<void> {
  await open();
  await page.getByRole('dialog').waitFor();
  await check(page, name);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

describe('accessibility of the federation pages (axe-core), left to right and right to left', () => {
  let a: FederatedHarness;
  let b: FederatedHarness;
  let c: TestNode | null = null;
  let cardOfB = '';

  before(async () => {
    [a, b] = await Promise.all([
      startFederatedHarness('Unit A', 'FR'),
      startFederatedHarness('Unit B', 'KE'),
    ]);
    // Unit C peers with A, then goes away: what A sends it fails, naming the message.
    const port = await freePort();
    c = await startTestNode({ federationPort: port, name: 'Unit C', jurisdiction: 'BR' });
    await c.app.listen({ host: '127.0.0.1', port });
    const adminC = await adminOverHttp(c, ADMIN_PASSWORD);
    await peerOverHttp(a.admin, adminC);
    const nodeC = c.ctx.identity.nodeId;
    await c.close();
    c = null;
    await peerOverHttp(a.admin, b.admin);
    await peerOverHttp(b.admin, a.admin);
    cardOfB = JSON.stringify((await b.admin.request('GET', '/api/v1/node/card')).json().card);

    const bankId = await seedSharedBank(a.harness.node, a.admin);
    const group = await a.admin.request('POST', '/api/v1/sharing/groups', {
      name: 'East Africa',
      members: [b.nodeId, nodeC],
    });
    assert.equal(group.statusCode, 201, group.body);
    for (const body of [
      { target: { kind: 'group', groupId: group.json().id }, maxTlp: 'GREEN' },
      {
        target: { kind: 'peer', nodeId: b.nodeId },
        maxTlp: 'AMBER',
        signalTypes: ['md5'],
        handling: handling('AMBER', { noOnwardTransmission: true }),
      },
    ]) {
      const rule = await a.admin.request('POST', `/api/v1/banks/${bankId}/sharing-rules`, body);
      assert.equal(rule.statusCode, 201, rule.body);
    }
    await a.harness.node.app.concord.federation.deliver();

    const offers = (await b.admin.request('GET', '/api/v1/offers')).json();
    const subscription = await b.admin.request('POST', '/api/v1/subscriptions', {
      peerNodeId: a.nodeId,
      remoteBankId: offers[0].remoteBankId,
    });
    assert.equal(subscription.statusCode, 201, subscription.body);
    const pulled = await b.admin.request(
      'POST',
      `/api/v1/subscriptions/${subscription.json().id}/sync`,
    );
    assert.equal(pulled.statusCode, 200, pulled.body);
    await activeUserOverHttp(
      a.harness.node,
      a.admin,
      { username: 'nadia.analyst', displayName: 'Nadia Haddad', role: 'analyst' },
      ANALYST_PASSWORD,
    );
  });
  after(async () => {
    await Promise.all([a?.harness.close(), b?.harness.close(), c?.close()]);
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`the sharing node's pages and dialogs have no serious violation (${dir})`, async () => {
      const page = await a.harness.newPage({ locale: LOCALES[dir], bypassCSP: true });
      await page.goto('/');
      await signInAnyLanguage(page, 'admin', ADMIN_PASSWORD);
      await page.getByTestId('node-fingerprint').waitFor();
      await check(page, `federation-home-${dir}`, 'node-fingerprint');

      await page.goto('/peers');
      await page.getByTestId('peer-last-error').waitFor();
      await check(page, `federation-peers-${dir}`);
      await checkDialog(page, `federation-peer-suspend-dialog-${dir}`, () =>
        page.getByTestId('peer-suspend').first().click(),
      );
      await page.getByTestId('add-peer').click();
      await page.locator('input[type="radio"][value="paste"]').check();
      await page.locator('textarea[name="card-text"]').fill(cardOfB);
      await page.getByTestId('card-claims').waitFor();
      await page.locator('input[name="fingerprint"]').fill('12345 '.repeat(12).trim());
      await page.getByTestId('add-peer-submit').click();
      await page.getByRole('dialog').getByTestId('error-alert').waitFor();
      await check(page, `federation-add-peer-dialog-${dir}`);
      await page.keyboard.press('Escape');

      await page.goto('/banks/demo-shared');
      await page.getByTestId('sharing-tab').click();
      await page.getByTestId('preview-table').waitFor();
      await page.getByTestId('groups-table').waitFor();
      await check(page, `federation-bank-sharing-${dir}`, 'rules-table');
      await page.getByTestId('preview-table').scrollIntoViewIfNeeded();
      await screenshot(page, `federation-bank-preview-${dir}`);
      await page.getByTestId('add-rule').click();
      await page.getByRole('dialog').waitFor();
      await page.locator('input[name="narrow"]').check();
      await page.getByTestId('add-rule-submit').click();
      await page.getByRole('dialog').locator('[aria-invalid="true"]').first().waitFor();
      await check(page, `federation-add-rule-dialog-${dir}`);
      await page.keyboard.press('Escape');
      await checkDialog(page, `federation-group-dialog-${dir}`, () =>
        page.getByTestId('edit-group-members').click(),
      );
      assertNoPageProblems(a.harness, page);
    });

    it(`the receiving node's pages and dialogs have no serious violation (${dir})`, async () => {
      const page = await b.harness.newPage({ locale: LOCALES[dir], bypassCSP: true });
      await page.goto('/received');
      await signInAnyLanguage(page, 'admin', ADMIN_PASSWORD);
      await page.getByTestId('offers-table').waitFor();
      await page.getByTestId('sync-now').click();
      await page.getByTestId('sync-result').waitFor();
      await check(page, `federation-received-${dir}`);

      await page.goto('/banks/demo-shared');
      await page.getByTestId('signal-provenance').first().waitFor();
      await check(page, `federation-received-bank-${dir}`, 'signals-table');
      await checkDialog(page, `federation-dispute-dialog-${dir}`, () =>
        page.getByTestId('dispute-grade').first().click(),
      );
      assertNoPageProblems(b.harness, page);
    });
  }

  it('shows those who may only read the peers and the sharing, without the actions', async () => {
    const page = await a.harness.newPage();
    await page.goto('/peers');
    await signIn(page, 'nadia.analyst', ANALYST_PASSWORD);
    await page.getByTestId('peers-table').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Add peer' }).count(), 0);
    assert.equal(await page.getByTestId('peer-suspend').count(), 0);
    await page.goto('/banks/demo-shared');
    await page.getByRole('tab', { name: 'Sharing' }).click();
    await page.getByTestId('rules-table').waitFor();
    assert.equal(await page.getByRole('button', { name: /rule|group/i }).count(), 0);
    await page.goto('/');
    await page.getByTestId('node-fingerprint').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Download card' }).count(), 0);
    assertNoPageProblems(a.harness, page);
  });
});
