// The first hour of a node, through the web UI: the administrator's first
// sign-in, a new colleague's account, their password and second factor.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { totpCode } from '@concord/server/testing';
import {
  assertNoPageProblems,
  expectHeading,
  openFromNavigation,
  screenshot,
  signIn,
  startBrowserHarness,
  type BrowserHarness,
} from './browser-harness.ts';

const ADMIN_PASSWORD = 'correct horse battery staple';
const ANALYST_PASSWORD = 'seven tired owls at dawn';

describe('onboarding through the web UI', () => {
  let harness: BrowserHarness;
  let admin: Page;
  let analystOneTimePassword = '';
  before(async () => {
    harness = await startBrowserHarness();
    admin = await harness.newPage();
  });
  after(() => harness.close());

  it('makes the administrator replace the one-time password, then shows the node identity', async () => {
    await admin.goto('/');
    await expectHeading(admin, 'Sign in');
    await signIn(admin, 'admin', harness.node.adminOneTimePassword);
    await expectHeading(admin, 'Choose a new password');
    await admin
      .getByRole('textbox', { name: 'Current password', exact: true })
      .fill(harness.node.adminOneTimePassword);
    await admin.getByRole('textbox', { name: 'New password', exact: true }).fill('short');
    await admin
      .getByRole('textbox', { name: 'Repeat the new password', exact: true })
      .fill('short');
    await admin.getByRole('button', { name: 'Change password' }).click();
    await admin.getByText('The new password must be at least 12 characters long.').waitFor();
    await admin.getByRole('textbox', { name: 'New password', exact: true }).fill(ADMIN_PASSWORD);
    await admin
      .getByRole('textbox', { name: 'Repeat the new password', exact: true })
      .fill(ADMIN_PASSWORD);
    await admin.getByRole('button', { name: 'Change password' }).click();

    await expectHeading(admin, 'Home');
    assert.equal(await admin.title(), 'Home · Concord');
    const identity = admin.getByTestId('node-identity');
    const { identity: expected } = harness.node.ctx;
    await identity.getByText(expected.name).waitFor();
    await identity.getByText('France (FR)').waitFor();
    await identity.getByText(expected.nodeId).waitFor();
    const signing = await admin.getByTestId('signing-fingerprint').textContent();
    const encryption = await admin.getByTestId('encryption-fingerprint').textContent();
    assert.match(signing ?? '', /^([0-9A-F]{4} ){7}[0-9A-F]{4}$/i);
    assert.match(encryption ?? '', /^([0-9A-F]{4} ){7}[0-9A-F]{4}$/i);
    const node = (await (await admin.request.get('/api/v1/node')).json()) as {
      signingKey: { fingerprint: string };
    };
    assert.equal(signing?.replace(/ /g, ''), node.signingKey.fingerprint.replace(/ /g, ''));
    await admin.getByTestId('signed-in-user').getByText('Node administrator').waitFor();
    await screenshot(admin, 'home-en');
  });

  it('creates a user and shows the one-time password once, with a warning', async () => {
    await openFromNavigation(admin, 'Users');
    await expectHeading(admin, 'Users');
    assert.equal(await admin.title(), 'Users · Concord');
    await admin.getByRole('button', { name: 'Create user' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Create a user' });
    await dialog.getByRole('textbox', { name: 'Username', exact: true }).fill('amira');
    await dialog.getByRole('textbox', { name: 'Display name', exact: true }).fill('Amira Haddad');
    await dialog.getByRole('combobox', { name: 'Role' }).selectOption('victim_id');
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await dialog.getByText('Shown only once.', { exact: false }).waitFor();
    analystOneTimePassword = (await dialog.getByTestId('one-time-password').textContent()) ?? '';
    assert.match(analystOneTimePassword, /\S{10,}/);
    await screenshot(admin, 'users-created-dialog');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = admin.getByTestId('user-row-amira');
    await row.getByText('Victim-identification specialist').waitFor();
    await row.getByText('Must change password').waitFor();
    await admin.getByTestId('paging-total').getByText('Total: 2').waitFor();
    await screenshot(admin, 'users-en');
  });

  it('lets the new user change the one-time password, enrol a second factor and sign in with it', async () => {
    const amira = await harness.newPage();
    await amira.goto('/account');
    await signIn(amira, 'amira', analystOneTimePassword);
    await expectHeading(amira, 'Choose a new password');
    await amira
      .getByRole('textbox', { name: 'Current password', exact: true })
      .fill(analystOneTimePassword);
    await amira.getByRole('textbox', { name: 'New password', exact: true }).fill(ANALYST_PASSWORD);
    await amira
      .getByRole('textbox', { name: 'Repeat the new password', exact: true })
      .fill(ANALYST_PASSWORD);
    await amira.getByRole('button', { name: 'Change password' }).click();
    // Signing in from /account lands on /account.
    await expectHeading(amira, 'My account');

    await amira.getByRole('button', { name: 'Set up an authenticator app' }).click();
    await amira.getByRole('img', { name: /QR code/ }).waitFor();
    const secret = (await amira.getByTestId('totp-secret').textContent()) ?? '';
    assert.match(secret, /^[A-Z2-7]{16,}$/);
    await screenshot(amira, 'account-totp-enrolment');
    await amira.getByRole('textbox', { name: 'Six-digit code', exact: true }).fill('000000');
    await amira.getByRole('button', { name: 'Confirm' }).click();
    await amira.getByRole('alert').getByText('That code is not right.', { exact: false }).waitFor();
    await amira
      .getByRole('textbox', { name: 'Six-digit code', exact: true })
      .fill(totpCode(secret, harness.node.clock));
    await amira.getByRole('button', { name: 'Confirm' }).click();
    await amira.getByText('Your authenticator app is set up.', { exact: false }).waitFor();

    await amira.getByRole('button', { name: 'Sign out' }).click();
    await expectHeading(amira, 'Sign in');
    await amira.getByText('You have signed out.').waitFor();

    await harness.advanceClock(30_000); // a code works once: wait for the next one
    await signIn(amira, 'amira', ANALYST_PASSWORD);
    await expectHeading(amira, 'Enter your authenticator code');
    await amira
      .getByRole('textbox', { name: 'Six-digit code', exact: true })
      .fill(totpCode(secret, harness.node.clock));
    await amira.getByRole('button', { name: 'Verify' }).click();
    await expectHeading(amira, 'My account');
    await amira.getByText('An authenticator app protects your account.').waitFor();
    // A victim-identification specialist has no user administration or audit trail.
    const navigation = amira.getByRole('navigation', { name: 'Main navigation' });
    assert.equal(await navigation.getByRole('link', { name: 'Users' }).count(), 0);
    assert.equal(await navigation.getByRole('link', { name: 'Audit trail' }).count(), 0);
    assertNoPageProblems(harness, amira);
  });

  it('confirms before disabling an account, and the disabled user is sent back to sign-in', async () => {
    const amira = await harness.newPage();
    await harness.advanceClock(30_000);
    await amira.goto('/');
    await signIn(amira, 'amira', ANALYST_PASSWORD);
    await amira.getByRole('textbox', { name: 'Six-digit code', exact: true }).waitFor();
    // While Amira is at the code step, the administrator disables her account.
    await admin.getByRole('button', { name: 'Actions for amira' }).click();
    await admin.getByRole('menuitem', { name: 'Disable account' }).click();
    const confirm = admin.getByRole('dialog');
    await confirm.getByText(/Disable the account of .Amira Haddad.\?/).waitFor();
    await confirm.getByRole('button', { name: 'Disable account' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await admin.getByTestId('user-row-amira').getByText('Disabled').waitFor();

    await amira.getByRole('textbox', { name: 'Six-digit code', exact: true }).fill('123456');
    await amira.getByRole('button', { name: 'Verify' }).click();
    await expectHeading(amira, 'Sign in');
    await amira.getByText('Your session has ended. Sign in again to continue.').waitFor();
    await signIn(amira, 'amira', ANALYST_PASSWORD);
    await amira
      .getByRole('alert')
      .getByText('This account is disabled. Ask a node administrator to enable it.')
      .waitFor();
    assertNoPageProblems(harness, admin);
  });
});
