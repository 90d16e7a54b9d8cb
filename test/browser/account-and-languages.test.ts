// My account in the web UI: API tokens (created once, revoked with a
// confirmation) and the interface language (French, Arabic right to left).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  adminOverHttp,
  assertNoPageProblems,
  expectHeading,
  screenshot,
  signIn,
  startBrowserHarness,
  type BrowserHarness,
} from './browser-harness.ts';

const ADMIN_PASSWORD = 'correct horse battery staple';

async function htmlAttributes(page: Page): Promise<{ lang: string | null; dir: string | null }> {
  const html = page.locator('html');
  return { lang: await html.getAttribute('lang'), dir: await html.getAttribute('dir') };
}

describe('my account in the web UI', () => {
  let harness: BrowserHarness;
  let admin: Page;

  before(async () => {
    harness = await startBrowserHarness();
    await adminOverHttp(harness.node, ADMIN_PASSWORD);
    admin = await harness.newPage();
    await admin.goto('/account');
    await signIn(admin, 'admin', ADMIN_PASSWORD);
    await expectHeading(admin, 'My account');
  });
  after(() => harness.close());

  it('creates an API token limited to the session’s permissions and shows it once', async () => {
    await admin.getByRole('button', { name: 'Create token' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Create an API token' });
    await dialog.getByRole('button', { name: 'Create token' }).click();
    await dialog.getByText('Enter a name.').waitFor();
    await dialog.getByText('Choose at least one scope.').waitFor();

    const session = (await (await admin.request.get('/api/v1/session')).json()) as {
      permissions: string[];
    };
    assert.equal(await dialog.getByRole('checkbox').count(), session.permissions.length);
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('nightly export');
    await dialog.getByRole('checkbox', { name: /Read the audit trail/ }).check();
    await dialog.getByRole('textbox', { name: 'Valid for (days)' }).fill('30');
    await dialog.getByRole('button', { name: 'Create token' }).click();
    await dialog.getByText('Shown only once.', { exact: false }).waitFor();
    const token = (await dialog.getByTestId('api-token').textContent()) ?? '';
    assert.ok(token.length > 20);
    await screenshot(admin, 'account-token-created');

    const withToken = (url: string) =>
      harness.node.app.inject({
        method: 'GET',
        url,
        headers: { authorization: `Bearer ${token}` },
      });
    assert.equal((await withToken('/api/v1/audit?pageSize=1')).statusCode, 200);
    assert.equal((await withToken('/api/v1/users')).statusCode, 403, 'outside its scopes');

    await dialog.getByRole('button', { name: 'Done' }).click();
    const row = admin.getByTestId('token-row-nightly export');
    await row.getByText('Active').waitFor();
    await row.getByText('Read the audit trail').waitFor();
    await row.getByText('June 3, 2026').waitFor(); // 30 days after the node's clock
  });

  it('revokes a token only after confirmation', async () => {
    await admin.getByRole('button', { name: 'Revoke the token nightly export' }).click();
    const confirm = admin.getByRole('dialog');
    await confirm.getByText(/Revoke the token .nightly export.\?/).waitFor();
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await admin.getByTestId('token-row-nightly export').getByText('Active').waitFor();

    await admin.getByRole('button', { name: 'Revoke the token nightly export' }).click();
    await confirm.getByRole('button', { name: 'Revoke' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await admin.getByText(/The token .nightly export. has been revoked\./).waitFor();
    await admin.getByTestId('token-row-nightly export').getByText('Revoked May 4, 2026').waitFor();
    assertNoPageProblems(harness, admin);
  });

  it('switches to French at once and keeps it in the account', async () => {
    await admin.getByRole('radio', { name: 'Français' }).check();
    await expectHeading(admin, 'Mon compte');
    assert.deepEqual(await htmlAttributes(admin), { lang: 'fr', dir: 'ltr' });
    assert.equal(await admin.title(), 'Mon compte · Concord');
    await admin.getByText('Votre langue a été enregistrée.').waitFor();
    const navigation = admin.getByRole('navigation', { name: 'Navigation principale' });
    await navigation.getByRole('link', { name: 'Journal d’audit' }).waitFor();
    await admin.getByRole('button', { name: 'Se déconnecter' }).waitFor();
    await screenshot(admin, 'account-fr');

    await admin.reload();
    await expectHeading(admin, 'Mon compte');
    await navigation.getByRole('link', { name: 'Utilisateurs' }).click();
    await expectHeading(admin, 'Utilisateurs');
    await admin.getByRole('columnheader', { name: 'Nom affiché' }).waitFor();
    await admin.getByText('Administrateur du nœud').first().waitFor();
  });

  it('switches to Arabic, right to left, from the header menu', async () => {
    await admin.getByRole('button', { name: 'Langue : Français' }).click();
    await admin.getByRole('menuitem', { name: 'العربية' }).click();
    await expectHeading(admin, 'المستخدمون');
    assert.deepEqual(await htmlAttributes(admin), { lang: 'ar', dir: 'rtl' });
    // Mantine lays the navigation out on the right in RTL.
    const navigation = admin.getByRole('navigation', { name: 'التنقل الرئيسي' });
    const box = await navigation.boundingBox();
    assert.ok(box && box.x > 640, `navigation on the right (x=${box?.x})`);
    await screenshot(admin, 'users-ar');
    await navigation.getByRole('link', { name: 'الصفحة الرئيسية' }).click();
    await expectHeading(admin, 'الصفحة الرئيسية');
    await admin.getByText('فرنسا (FR)').waitFor();
    await screenshot(admin, 'home-ar');
    assertNoPageProblems(harness, admin);
  });

  it('offers the language menu before sign-in, starting from the browser’s language', async () => {
    const visitor = await harness.newPage({ locale: 'fr-FR' });
    await visitor.goto('/');
    await expectHeading(visitor, 'Connexion');
    assert.deepEqual(await htmlAttributes(visitor), { lang: 'fr', dir: 'ltr' });
    await visitor.getByRole('button', { name: 'Langue : Français' }).click();
    await visitor.getByRole('menuitem', { name: 'العربية' }).click();
    await expectHeading(visitor, 'تسجيل الدخول');
    assert.deepEqual(await htmlAttributes(visitor), { lang: 'ar', dir: 'rtl' });
    await screenshot(visitor, 'sign-in-ar');
    // The administrator saved Arabic: signing in keeps it; a wrong password is explained in Arabic.
    await visitor.getByRole('textbox', { name: 'اسم المستخدم' }).fill('admin');
    await visitor.getByRole('textbox', { name: 'كلمة المرور', exact: true }).fill('wrong password');
    await visitor.getByRole('button', { name: 'تسجيل الدخول' }).click();
    await visitor
      .getByRole('alert')
      .getByText('اسم المستخدم أو كلمة المرور غير صحيح.', { exact: false })
      .waitFor();
    await screenshot(visitor, 'sign-in-ar-error');
  });
});
