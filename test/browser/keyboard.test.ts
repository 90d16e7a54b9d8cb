// The web UI with the keyboard alone: signing in, skipping to content,
// dialogs that take focus and give it back, and errors that explain themselves.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  adminOverHttp,
  assertNoPageProblems,
  createUserOverHttp,
  eventually,
  expectHeading,
  focusedName,
  signIn,
  startBrowserHarness,
  tabTo,
  type BrowserHarness,
} from './browser-harness.ts';

const ADMIN_PASSWORD = 'correct horse battery staple';

describe('the web UI with the keyboard alone', () => {
  let harness: BrowserHarness;
  let page: Page;

  before(async () => {
    harness = await startBrowserHarness();
    const admin = await adminOverHttp(harness.node, ADMIN_PASSWORD);
    await createUserOverHttp(admin, {
      username: 'lockme',
      displayName: 'Lock Me',
      role: 'analyst',
    });
    page = await harness.newPage();
  });
  after(() => harness.close());

  it('signs in with Tab, typing and Enter only', async () => {
    await page.goto('/');
    await expectHeading(page, 'Sign in');
    assert.equal(await focusedName(page), 'username', 'the username field has focus on arrival');
    await page.keyboard.type('admin');
    await page.keyboard.press('Tab');
    assert.equal(await focusedName(page), 'password');
    await page.keyboard.type(ADMIN_PASSWORD);
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Home');
  });

  it('offers "Skip to content" first, and it moves focus to the page', async () => {
    await page.keyboard.press('Tab');
    assert.equal(await focusedName(page), 'Skip to content');
    const link = page.locator(':focus');
    const box = await link.boundingBox();
    assert.ok(box && box.y >= 0 && box.height > 0, 'the skip link is visible when focused');
    await page.keyboard.press('Enter');
    assert.equal(await page.locator(':focus').getAttribute('id'), 'main-content');
  });

  it('navigates, then opens a dialog that holds focus and returns it on Escape', async () => {
    await page.keyboard.press('Shift+Tab');
    await tabTo(page, 'Users');
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Users');
    assert.equal(
      await page.locator(':focus').innerText(),
      'Users',
      'focus moves to the new heading',
    );

    await tabTo(page, 'Create user');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Create a user' });
    await dialog.waitFor();
    assert.equal(await focusedName(page), 'username', 'focus starts in the dialog');
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      assert.equal(await dialog.locator(':focus').count(), 1, 'Tab stays inside the dialog');
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await eventually(
      async () => (await focusedName(page)) === 'Create user',
      'focus back on the button',
    );
  });

  it('opens a row’s actions menu and a confirmation with the keyboard', async () => {
    await tabTo(page, 'Actions for lockme');
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    assert.equal(await focusedName(page), 'Change role', 'focus starts on the first item');
    await page.keyboard.press('ArrowDown');
    assert.equal(await focusedName(page), 'Require second factor');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'New role' }).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assertNoPageProblems(harness, page);
  });

  it('explains a wrong password, then a locked account with the time to wait', async () => {
    const visitor = await harness.newPage();
    await visitor.goto('/');
    await signIn(visitor, 'lockme', 'not the password');
    const alert = visitor.getByRole('alert');
    await alert
      .getByText('The username or password is not right. Check them and try again.')
      .waitFor();
    await alert.getByText('Error code: invalid_credentials').waitFor();
    for (let i = 0; i < 4; i++) {
      await harness.node.app.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { username: 'lockme', password: `wrong ${i}` },
      });
    }
    await visitor.getByRole('button', { name: 'Sign in' }).click();
    await alert
      .getByText(
        'This account is locked after repeated failed attempts. Try again in 15 minutes, or ask a node administrator to unlock it.',
      )
      .waitFor();

    // The administrator sees the lock and lifts it.
    await page.reload();
    await expectHeading(page, 'Users');
    const row = page.getByTestId('user-row-lockme');
    await row.getByText(/Locked until/).waitFor();
    await page.getByRole('button', { name: 'Actions for lockme' }).click();
    await page.getByRole('menuitem', { name: 'Unlock' }).click();
    await page.getByText(/Lock Me.? can sign in again\./).waitFor();
    assert.equal(await row.getByText(/Locked until/).count(), 0);
  });

  it('returns to sign-in with a message when the session has expired', async () => {
    await harness.advanceClock(61 * 60_000); // an hour without a request ends a session
    await page.getByRole('navigation').getByRole('link', { name: 'Audit trail' }).click();
    await expectHeading(page, 'Sign in');
    await page.getByText('Your session has expired. Sign in again to continue.').waitFor();
  });
});
