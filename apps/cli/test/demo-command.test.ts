import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { startCli } from './run-cli.ts';

interface DemoNode {
  name: string;
  url: string;
  jurisdiction: string;
  username: string;
  password: string;
  apiToken: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test reads JSON it then asserts on
async function api(node: DemoNode, path: string): Promise<any> {
  const response = await fetch(`${node.url}/api/v1${path}`, {
    headers: { authorization: `Bearer ${node.apiToken}` },
  });
  assert.equal(response.status, 200, `${path}: ${await response.clone().text()}`);
  return response.json();
}

async function demoShared(node: DemoNode) {
  const banks: { id: string; name: string; signalCount: number; origin: string }[] = await api(
    node,
    '/banks',
  );
  const bank = banks.find((b) => b.name === 'demo-shared');
  assert.ok(bank, `${node.name} holds demo-shared: ${JSON.stringify(banks.map((b) => b.name))}`);
  const page = await api(node, `/banks/${bank.id}/signals?pageSize=100&purpose=investigation`);
  return { bank, signals: page.items as { handling: { tlp: string } }[], withheld: page.withheld };
}

describe('concord demo (the three-node federation behind npm start)', () => {
  const root = mkdtempSync(join(tmpdir(), 'concord-demo-'));
  const children: { kill(signal: NodeJS.Signals): boolean }[] = [];
  after(() => {
    for (const child of children) child.kill('SIGKILL');
    rmSync(root, { recursive: true, force: true });
  });

  it('creates three peered nodes, shares node 1 bank by TLP, and restarts as it left them', async () => {
    const dir = join(root, 'demo');
    const port = 20000 + Math.floor(Math.random() * 30000);
    const first = startCli(['demo', '--data', dir, '--port', String(port)], {}, /Press Ctrl\+C/);
    children.push(first.child);
    const out = await first.started;
    assert.match(out, /first run/);
    for (const i of [0, 1, 2])
      assert.match(out, new RegExp(`open: +http://127\\.0\\.0\\.1:${port + i}/`));
    const file: { nodes: DemoNode[] } = JSON.parse(readFileSync(join(dir, 'demo.json'), 'utf8'));
    assert.equal(file.nodes.length, 3);
    for (const node of file.nodes) assert.match(out, new RegExp(`admin / ${node.password}`));
    const [n1, n2, n3] = file.nodes as [DemoNode, DemoNode, DemoNode];

    const peers: { status: string }[] = await api(n1, '/peers');
    assert.deepEqual(
      peers.map((p) => p.status),
      ['active', 'active'],
    );
    const own = await demoShared(n1);
    assert.equal(own.bank.origin, 'local');
    assert.equal(own.signals.length, 24);
    const atEast = await demoShared(n2);
    assert.notEqual(atEast.bank.origin, 'local');
    assert.equal(atEast.bank.signalCount, 24, 'node 2 may hold GREEN and AMBER');
    const atSouth = await demoShared(n3);
    assert.equal(atSouth.bank.signalCount, 12, 'node 3 holds only what TLP:GREEN allows');
    assert.deepEqual([...new Set(atSouth.signals.map((s) => s.handling.tlp))], ['GREEN']);

    first.child.kill('SIGINT');
    assert.equal(await first.exited, 0);

    const again = startCli(['demo', '--data', dir, '--port', String(port)], {}, /Press Ctrl\+C/);
    children.push(again.child);
    const restarted = await again.started;
    assert.doesNotMatch(restarted, /first run/, 'a second start serves what is there');
    for (const node of file.nodes) assert.match(restarted, new RegExp(`admin / ${node.password}`));
    assert.equal((await demoShared(n3)).bank.signalCount, 12);
    again.child.kill('SIGTERM');
    assert.equal(await again.exited, 0);
  });
});
