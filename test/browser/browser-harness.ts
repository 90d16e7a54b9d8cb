// Shared pieces of the browser tests: a real node serving the built web UI,
// Debian's Chromium driven by playwright-core, and the steps every test needs.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { freePort, startTestNode, TestBrowser, type TestNode } from '@concord/server/testing';

export const WEB_ROOT = fileURLToPath(new URL('../../apps/web/dist', import.meta.url));
export const AXE_PATH = fileURLToPath(
  new URL('../../node_modules/axe-core/axe.min.js', import.meta.url),
);
export const SHOTS_DIR = '/tmp/concord-shots';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface PageOptions {
  readonly locale?: string;
  /**
   * Lets a test inject scripts such as axe-core, which page.addScriptTag adds
   * inline and the node's CSP (script-src 'self') would refuse. Pages without
   * it run under the real CSP, and any violation shows as a console error.
   */
  readonly bypassCSP?: boolean;
}

export interface BrowserHarness {
  readonly node: TestNode;
  readonly baseUrl: string;
  /** A page in a fresh context (its own cookies), its clock set to the node's. */
  newPage(options?: PageOptions): Promise<Page>;
  /** Moves the node's clock, and every page's, forward (e.g. 30 s to the next TOTP step). */
  advanceClock(ms: number): Promise<void>;
  /** Console errors and uncaught exceptions seen on a page so far. */
  problemsOf(page: Page): readonly string[];
  close(): Promise<void>;
}

export interface HarnessOptions {
  /**
   * A node that federates: it listens on a port chosen before it starts, so
   * that its card names its address (as test/federation's startFedNode does).
   */
  readonly federation?: { readonly name: string; readonly jurisdiction: string };
}

/** Starts a node on SQLite serving apps/web/dist and a headless Chromium. */
export async function startBrowserHarness(options: HarnessOptions = {}): Promise<BrowserHarness> {
  const { federation } = options;
  const chosenPort = federation ? await freePort() : 0;
  const node = await startTestNode({
    webRoot: WEB_ROOT,
    ...(federation ? { federationPort: chosenPort, ...federation } : {}),
  });
  await node.app.listen({ host: '127.0.0.1', port: chosenPort });
  const { port } = node.app.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser: Browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const contexts: BrowserContext[] = [];
  const problems = new WeakMap<Page, string[]>();
  mkdirSync(SHOTS_DIR, { recursive: true });
  return {
    node,
    baseUrl,
    async newPage(options = {}) {
      const context = await browser.newContext({
        baseURL: baseUrl,
        locale: options.locale ?? 'en-GB',
        // The test node is French; its users' browsers run on Paris time.
        timezoneId: 'Europe/Paris',
        viewport: { width: 1280, height: 860 },
        acceptDownloads: true,
        // No transitions: axe measures colours mid-fade otherwise, and tests run faster.
        reducedMotion: 'reduce',
        bypassCSP: options.bypassCSP ?? false,
      });
      await context.clock.setFixedTime(node.clock.now());
      context.setDefaultTimeout(8_000);
      contexts.push(context);
      const page = await context.newPage();
      const seen: string[] = [];
      problems.set(page, seen);
      page.on('console', (message) => {
        if (message.type() === 'error') seen.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => seen.push(`page error: ${error.message}`));
      return page;
    },
    async advanceClock(ms) {
      node.clock.advance(ms);
      for (const context of contexts) await context.clock.setFixedTime(node.clock.now());
    },
    problemsOf: (page) => problems.get(page) ?? [],
    async close() {
      await browser.close();
      await node.close();
    },
  };
}

/** Fails on console errors other than the expected answers to failed API calls. */
export function assertNoPageProblems(harness: BrowserHarness, page: Page): void {
  const unexpected = harness
    .problemsOf(page)
    .filter((p) => !/Failed to load resource: the server responded with a status of 4\d\d/.test(p));
  assert.deepEqual(unexpected, [], 'the page logged errors');
}

/** Signs in through the sign-in form (username, password, then the button). */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Waits for the page's h1 to read `name`. */
export async function expectHeading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Goes to an app page through the navigation, as a user would. */
export async function openFromNavigation(page: Page, link: string | RegExp): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: link }).click();
}

/** Polls `check` until it holds (for conditions no single locator expresses). */
export async function eventually(
  check: () => Promise<boolean>,
  what = 'the condition',
  timeoutMs = 8_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function screenshot(page: Page, name: string): Promise<void> {
  // The viewport only: the fixed header and navigation make full-page captures misleading.
  await page.screenshot({ path: `${SHOTS_DIR}/${name}.png` });
}

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/** Runs axe-core on the page; fails on any serious or critical violation. */
export async function assertAccessible(page: Page, label: string): Promise<void> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    // axe-core, injected above, puts itself on the page's global object.
    const { axe } = globalThis as unknown as {
      axe: { run(): Promise<{ violations: AxeViolation[] }> };
    };
    const result = await axe.run();
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  const grave = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(
    grave.map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
    [],
    `accessibility violations on ${label}`,
  );
}

/**
 * An administrator session over HTTP for setting up a scenario quickly
 * (the UI flows themselves are tested through the browser).
 */
export async function adminOverHttp(node: TestNode, password: string): Promise<TestBrowser> {
  const admin = new TestBrowser(node.app);
  await admin.signInFully('admin', node.adminOneTimePassword, password);
  return admin;
}

/** Creates a user over HTTP and returns their one-time password. */
export async function createUserOverHttp(
  admin: TestBrowser,
  user: { readonly username: string; readonly displayName: string; readonly role: string },
): Promise<string> {
  const response = await admin.request('POST', '/api/v1/users', user);
  assert.equal(response.statusCode, 201, response.body);
  return (response.json() as { oneTimePassword: string }).oneTimePassword;
}

/**
 * Creates a user over HTTP and signs them in once to replace the one-time
 * password, so the browser can sign in with `password` straight to the app.
 */
export async function activeUserOverHttp(
  node: TestNode,
  admin: TestBrowser,
  user: { readonly username: string; readonly displayName: string; readonly role: string },
  password: string,
): Promise<TestBrowser> {
  const session = new TestBrowser(node.app);
  await session.signInFully(user.username, await createUserOverHttp(admin, user), password);
  return session;
}

/** Signs in by the fields' names rather than their (translated) labels. */
export async function signInAnyLanguage(
  page: Page,
  username: string,
  password: string,
): Promise<void> {
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
}

/** The accessible name (or text) of the focused element. */
export async function focusedName(page: Page): Promise<string> {
  const focused = page.locator(':focus');
  if ((await focused.count()) === 0) return '';
  return (
    (await focused.getAttribute('aria-label')) ??
    (await focused.getAttribute('name')) ??
    (await focused.innerText()).trim()
  );
}

/**
 * Presses Tab until the focused element is named `name` (at most `limit`
 * times): reaching a control by the keyboard alone.
 */
export async function tabTo(page: Page, name: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if ((await focusedName(page)) === name) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached "${name}"`);
}
