// Makes sure what the test suite needs outside npm is present: a reachable
// PostgreSQL with a test role, Debian's Chromium, ffmpeg and openssl. On this project's
// machines (Debian, running as root) it starts or installs what is missing and
// says so; elsewhere it stops with what to run. Set CONCORD_NO_AUTO_SETUP=1 to
// only check.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';

const auto = process.env.CONCORD_NO_AUTO_SETUP !== '1' && process.getuid?.() === 0;
const APT_PACKAGES = [
  { bin: '/usr/bin/chromium', pkg: 'chromium' },
  { bin: '/usr/bin/ffmpeg', pkg: 'ffmpeg' },
  // Self-signed certificates for the pinned-HTTPS federation test.
  { bin: '/usr/bin/openssl', pkg: 'openssl' },
];
export const TEST_ROLE = 'concord_test';

function say(line) {
  process.stdout.write(`test setup: ${line}\n`);
}

function fail(line) {
  process.stderr.write(`test setup: ${line}\n`);
  process.exit(1);
}

function portOpen(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

function ensureAptPackages() {
  const missing = APT_PACKAGES.filter((p) => !existsSync(p.bin)).map((p) => p.pkg);
  if (missing.length === 0) return;
  if (!auto || !existsSync('/usr/bin/apt-get')) {
    fail(`missing ${missing.join(', ')}: install with 'apt-get install -y ${missing.join(' ')}'`);
  }
  say(`installing Debian packages ${missing.join(', ')} (a few minutes, once)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...missing],
  ]) {
    const r = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (r.status !== 0)
      fail(`'apt-get ${args.join(' ')}' failed; install ${missing.join(' ')} by hand`);
  }
}

async function ensurePostgres() {
  if (process.env.CONCORD_TEST_DATABASE_URL) return; // the caller brings its own server
  if (!(await portOpen('127.0.0.1', 5432))) {
    if (!auto || !existsSync('/usr/bin/pg_ctlcluster')) {
      fail(
        'PostgreSQL is not reachable on 127.0.0.1:5432: start it (pg_ctlcluster 15 main start) or set CONCORD_TEST_DATABASE_URL',
      );
    }
    say('starting PostgreSQL (pg_ctlcluster 15 main start)');
    const r = spawnSync('pg_ctlcluster', ['15', 'main', 'start'], { stdio: 'inherit' });
    if (r.status !== 0 || !(await portOpen('127.0.0.1', 5432))) {
      fail('PostgreSQL did not start; see /var/log/postgresql/postgresql-15-main.log');
    }
  }
  if (!auto) return;
  // Create the test role once; tests create and drop their own databases with it.
  const sql = `DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${TEST_ROLE}') THEN CREATE ROLE ${TEST_ROLE} LOGIN CREATEDB PASSWORD '${TEST_ROLE}'; END IF; END $$; GRANT pg_signal_backend TO ${TEST_ROLE};`;
  try {
    execFileSync(
      'su',
      [
        'postgres',
        '-c',
        `psql -q -v ON_ERROR_STOP=1 -c "${sql.replaceAll('"', '\\"').replaceAll('$', '\\$')}"`,
      ],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
  } catch (error) {
    fail(
      `could not create the PostgreSQL test role: ${String(error.stderr ?? error.message).trim()}`,
    );
  }
}

ensureAptPackages();
await ensurePostgres();
