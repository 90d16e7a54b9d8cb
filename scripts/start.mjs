// `npm start`: builds the web UI if needed, then runs a node on this machine
// with its data in ./.concord, creating it on first start (the first admin's
// one-time password is printed then). Extra arguments go to `concord serve`.
import { spawn, spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const build = spawnSync(process.execPath, ['scripts/build-web-if-stale.mjs'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) {
  process.stderr.write('npm start: the web UI did not build; see the messages above\n');
  process.exit(1);
}

const args = [
  'apps/cli/bin/concord.js',
  'serve',
  '--init',
  '--data',
  '.concord',
  '--name',
  'Demo National Unit (fictional)',
  '--jurisdiction',
  'FR',
  '--host',
  '127.0.0.1',
  '--port',
  '4000',
  ...process.argv.slice(2),
];
const node = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => node.kill(signal));
node.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
