import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Clock } from '@concord/core';
import { createPostgresTestDatabase, type TestDatabase } from '@concord/storage/testing';
import { hotp, base32Decode, timeStep } from '../accounts/totp.ts';
import { buildApp } from '../http/app.ts';
import { initNode } from '../node/init-node.ts';
import type { NodeContext } from '../node/node-context.ts';
import { openNode } from '../node/open-node.ts';

/** A clock tests move by hand. */
export interface TestClock extends Clock {
  advance(ms: number): void;
  set(iso: string): void;
}

export function testClock(start = '2026-05-04T09:00:00.000Z'): TestClock {
  let current = Date.parse(start);
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
    set: (iso) => {
      current = Date.parse(iso);
    },
  };
}

export interface TestNode {
  readonly app: FastifyInstance;
  readonly ctx: NodeContext;
  readonly clock: TestClock;
  readonly dataDir: string;
  readonly adminOneTimePassword: string;
  close(): Promise<void>;
}

/**
 * A real node (data directory, keys, database, HTTP app) for one test, on
 * SQLite by default or on a fresh PostgreSQL database.
 */
export async function startTestNode(
  options: {
    database?: 'sqlite' | 'postgres';
    webRoot?: string | null;
    trustProxy?: boolean;
    /** Listen on this port and put it in the node card (federation tests). */
    federationPort?: number;
    name?: string;
    jurisdiction?: string;
  } = {},
): Promise<TestNode> {
  const clock = testClock();
  const dataDir = join(mkdtempSync(join(tmpdir(), 'concord-node-')), 'data');
  let pg: TestDatabase | null = null;
  const env: NodeJS.ProcessEnv = {};
  if (options.database === 'postgres') {
    pg = await createPostgresTestDatabase();
    if (pg.location.kind === 'postgres') env.DATABASE_URL = pg.location.url;
  }
  const init = await initNode({
    dataDir,
    name: options.name ?? 'Test Unit (fictional)',
    jurisdiction: options.jurisdiction ?? 'FR',
    env,
    clock,
    ...(options.federationPort
      ? {
          federation: {
            endpoint: `http://127.0.0.1:${options.federationPort}`,
            organisation: `${options.name ?? 'Test Unit'} (fictional)`,
          },
        }
      : {}),
  });
  assert.ok(init.ok, init.ok ? '' : init.error.message);
  const opened = await openNode(dataDir, env, clock);
  assert.ok(opened.ok, opened.ok ? '' : opened.error.message);
  const app = await buildApp(opened.value, {
    webRoot: options.webRoot ?? null,
    trustProxy: options.trustProxy ?? false,
    logLevel: 'silent',
  });
  return {
    app,
    ctx: opened.value,
    clock,
    dataDir,
    adminOneTimePassword: init.value.adminOneTimePassword,
    async close() {
      await app.close();
      await opened.value.storage.close();
      await pg?.drop();
      rmSync(join(dataDir, '..'), { recursive: true, force: true });
    },
  };
}

/** A browser-like client: keeps the session cookie and CSRF token between requests. */
export class TestBrowser {
  cookie: string | null = null;
  csrf: string | null = null;
  constructor(readonly app: FastifyInstance) {}

  async request(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
  ): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && method !== 'GET') headers['x-csrf-token'] = this.csrf;
    const response = await this.app.inject({
      method,
      url,
      headers,
      ...(body === undefined ? {} : { payload: body as object }),
    });
    const setCookie = response.cookies.find((c) => c.name === 'concord_session');
    if (setCookie) this.cookie = setCookie.value ? `concord_session=${setCookie.value}` : null;
    const json = String(response.headers['content-type'] ?? '').includes('json')
      ? (response.json() as { csrfToken?: unknown })
      : null;
    if (json && typeof json.csrfToken === 'string') this.csrf = json.csrfToken;
    return response;
  }

  /** Signs in and, if asked to, changes the one-time password: ends with an active session. */
  async signInFully(username: string, password: string, newPassword?: string): Promise<void> {
    const r = await this.request('POST', '/api/v1/session', { username, password });
    assert.equal(r.statusCode, 200, r.body);
    if ((r.json() as { state: string }).state === 'password_change_required') {
      assert.ok(newPassword, 'a new password is needed');
      const c = await this.request('POST', '/api/v1/me/password', {
        currentPassword: password,
        newPassword,
      });
      assert.equal(c.statusCode, 200, c.body);
      await this.request('GET', '/api/v1/session');
    }
  }
}

/** The TOTP code a device with this secret shows at the clock's time (optionally some steps later). */
export function totpCode(secretBase32: string, clock: Clock, stepOffset = 0): string {
  return hotp(base32Decode(secretBase32), timeStep(clock.now()) + stepOffset);
}

/** A TCP port free on loopback now, for a node that must know its address before it listens. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
