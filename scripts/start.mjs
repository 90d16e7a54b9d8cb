// `npm start`: builds the web UI if needed, then runs the three-node demo
// federation on this machine (ports 4000-4002, data in ./.concord/demo),
// creating it on the first start. Extra arguments go to `concord demo`.
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

const args = ['apps/cli/bin/concord.js', 'demo', ...process.argv.slice(2)];
const node = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => node.kill(signal));
node.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
