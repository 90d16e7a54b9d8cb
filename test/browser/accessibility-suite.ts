// axe-core on every page of the web UI, in one direction (the two test
// files, left to right and right to left, run in parallel): no serious or
// critical violation anywhere. Also a screenshot of each page.
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { totpCode, TestBrowser } from '@concord/server/testing';
import {
  adminOverHttp,
  assertAccessible,
  assertNoPageProblems,
  createUserOverHttp,
  screenshot,
  startBrowserHarness,
  type BrowserHarness,
} from './browser-harness.ts';

const ADMIN_PASSWORD = 'correct horse battery staple';
const PASSWORD = 'quiet harbour lights at nine';

const LOCALES = { ltr: 'en-GB', rtl: 'ar-EG' } as const;

/** Signs in by field order rather than by (translated) label. */
async function signInAnyLanguage(page: Page, username: string, password: string): Promise<void> {
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
}

async function check(page: Page, name: string): Promise<void> {
  await page.locator('h1').first().waitFor();
  await assertAccessible(page, name);
  await screenshot(page, name);
}

/** The accessibility suite for one direction (English left to right, Arabic right to left). */
export function describeAccessibility(dir: 'ltr' | 'rtl'): void {
  const locale = LOCALES[dir];
  describe(`accessibility of every page, ${dir} (axe-core)`, () => {
    let harness: BrowserHarness;
    const oneTimePasswords = new Map<string, string>();

    before(async () => {
      harness = await startBrowserHarness();
      const admin = await adminOverHttp(harness.node, ADMIN_PASSWORD);
      for (const [prefix, totpRequired] of [
        ['newcomer', false],
        ['enrollee', true],
      ] as const) {
        const username = `${prefix}-${dir}`;
        oneTimePasswords.set(
          username,
          await createUserOverHttp(admin, {
            username,
            displayName: `${prefix} ${dir}`,
            role: 'legal',
            ...(totpRequired ? { totpRequired } : {}),
          }),
        );
      }
      // The enrollee has chosen a password; the administrator requires a second factor.
      const enrollee = new TestBrowser(harness.node.app);
      await enrollee.signInFully(
        `enrollee-${dir}`,
        oneTimePasswords.get(`enrollee-${dir}`) ?? '',
        PASSWORD,
      );
      // A user with an authenticator, to reach the code step of sign-in.
      const coded = new TestBrowser(harness.node.app);
      await coded.signInFully(
        'coded',
        await createUserOverHttp(admin, {
          username: 'coded',
          displayName: 'Coded',
          role: 'analyst',
        }),
        PASSWORD,
      );
      const enrolment = await coded.request('POST', '/api/v1/me/totp');
      const { secret } = enrolment.json() as { secret: string };
      await coded.request('POST', '/api/v1/me/totp/confirm', {
        code: totpCode(secret, harness.node.clock),
      });
      // Some activity for the tables.
      await admin.request('POST', '/api/v1/me/tokens', {
        name: 'reporting',
        scopes: ['audit:read'],
        expiresInDays: 90,
      });
    });
    after(() => harness.close());

    it(`sign-in, with and without an error, has no serious violation (${dir})`, async () => {
      const page = await harness.newPage({ locale, bypassCSP: true });
      await page.goto('/');
      await check(page, `sign-in-${dir}`);
      await signInAnyLanguage(page, 'admin', 'not the password');
      await page.getByRole('alert').waitFor();
      await check(page, `sign-in-error-${dir}`);
    });

    it(`the forced password change has no serious violation (${dir})`, async () => {
      const page = await harness.newPage({ locale, bypassCSP: true });
      await page.goto('/');
      await signInAnyLanguage(
        page,
        `newcomer-${dir}`,
        oneTimePasswords.get(`newcomer-${dir}`) ?? '',
      );
      await page.locator('input[name="new-password"]').waitFor();
      await page.locator('button[type="submit"]').click(); // shows the field errors too
      await page.locator('[aria-invalid="true"]').first().waitFor();
      await check(page, `password-change-${dir}`);
    });

    it(`the second-factor steps have no serious violation (${dir})`, async () => {
      const setup = await harness.newPage({ locale, bypassCSP: true });
      await setup.goto('/');
      await signInAnyLanguage(setup, `enrollee-${dir}`, PASSWORD);
      await setup.getByTestId('totp-start').click();
      await setup.getByTestId('totp-secret').waitFor();
      await check(setup, `second-factor-setup-${dir}`);

      const code = await harness.newPage({ locale, bypassCSP: true });
      await code.goto('/');
      await signInAnyLanguage(code, 'coded', PASSWORD);
      await code.locator('input[name="code"]').waitFor();
      await check(code, `second-factor-code-${dir}`);
    });

    it(`home, users, account and audit, with their dialogs, have no serious violation (${dir})`, async () => {
      const page = await harness.newPage({ locale, bypassCSP: true });
      await page.goto('/');
      await signInAnyLanguage(page, 'admin', ADMIN_PASSWORD);
      await page.getByTestId('node-identity').waitFor();
      await check(page, `home-${dir}`);

      await page.goto('/users');
      await page.getByTestId('users-table').waitFor();
      await check(page, `users-${dir}`);
      await page.getByTestId('user-actions-coded').click();
      await page.getByRole('menu').waitFor();
      await assertAccessible(page, `users menu ${dir}`);
      await page.keyboard.press('Escape');
      await page.getByRole('menu').waitFor({ state: 'hidden' });
      const createUser = dir === 'ltr' ? 'Create user' : 'إنشاء مستخدم';
      await page.getByRole('button', { name: createUser, exact: true }).click();
      await page.getByRole('dialog').waitFor();
      await check(page, `users-create-dialog-${dir}`);
      await page.keyboard.press('Escape');

      await page.goto('/account');
      await page.getByTestId('tokens-table').waitFor();
      await check(page, `account-${dir}`);

      await page.goto('/audit');
      await page.getByTestId('audit-table').waitFor();
      await check(page, `audit-${dir}`);
      const exportCsv = dir === 'ltr' ? 'Export CSV' : 'تصدير بصيغة CSV';
      await page.getByRole('button', { name: exportCsv, exact: true }).click();
      await page.getByRole('dialog').waitFor();
      await check(page, `audit-export-dialog-${dir}`);
      await page.keyboard.press('Escape');

      await page.goto('/no-such-page');
      await check(page, `not-found-${dir}`);
      assertNoPageProblems(harness, page);
    });
  });
}
