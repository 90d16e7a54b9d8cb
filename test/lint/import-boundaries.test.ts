import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';
import { checkImport } from '../../tools/eslint/import-boundaries.js';
import { ALLOWED_DEPENDENCIES } from '../../tools/eslint/package-graph.js';

const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const at = (path: string) => join(root, path);

describe('import boundaries', () => {
  const forbidden: [string, string, RegExp][] = [
    ['packages/core/src/x.ts', '@concord/storage', /core may not depend on @concord\/storage/],
    ['packages/core/src/x.ts', 'node:fs', /core must not use Node built-ins/],
    ['packages/core/src/x.ts', 'crypto', /core must not use Node built-ins/],
    ['packages/core/src/x.ts', 'zod', /core has no runtime dependencies/],
    ['apps/web/src/page.tsx', '@concord/server', /web may not depend on @concord\/server/],
    ['apps/web/src/page.tsx', '@concord/core', /web may not depend on @concord\/core/],
    ['apps/web/src/page.tsx', 'node:path', /web must not use Node built-ins/],
    ['apps/server/src/x.ts', '@concord/client', /server may not depend on @concord\/client/],
    ['apps/server/src/x.ts', '@concord/web', /server may not depend on @concord\/web/],
    ['apps/cli/src/x.ts', '@concord/storage', /cli may not depend on @concord\/storage/],
    ['packages/storage/src/x.ts', '@concord/protocol', /storage may not depend/],
    ['packages/client/src/x.ts', '@concord/core/src/result.ts', /may not depend|public entry/],
    ['apps/server/src/x.ts', '@concord/storage/src/ports.ts', /through its public entry/],
    ['apps/server/src/x.ts', '../../../packages/storage/src/ports.ts', /leaves server/],
    ['packages/protocol/src/x.ts', '@concord/protocol', /your own package/],
  ];
  for (const [file, source, why] of forbidden) {
    it(`forbids ${source} in ${file}`, () => {
      assert.match(checkImport(root, at(file), source) ?? 'allowed', why);
    });
  }

  const allowed: [string, string][] = [
    ['packages/core/src/handling/decide.ts', '../accounts/roles.ts'],
    ['packages/protocol/src/x.ts', '@concord/core'],
    ['packages/protocol/src/x.ts', 'zod'],
    ['apps/server/src/x.ts', '@concord/storage'],
    ['apps/server/src/x.ts', 'node:crypto'],
    ['apps/cli/src/x.ts', '@concord/server'],
    ['apps/web/src/x.tsx', '@concord/client'],
    ['apps/web/src/x.tsx', 'react'],
    ['apps/server/test/x.test.ts', '@concord/storage/testing'],
    ['packages/core/src/x.test.ts', 'node:assert/strict'],
    ['test/browser/x.test.ts', '@concord/server/testing'],
  ];
  for (const [file, source] of allowed) {
    it(`allows ${source} in ${file}`, () => {
      assert.equal(checkImport(root, at(file), source), null);
    });
  }

  it('fails the real lint run on a forbidden import', async () => {
    const eslint = new ESLint({ cwd: root });
    const [result] = await eslint.lintText(
      "import { openStorage } from '@concord/storage';\nexport const x = openStorage;\n",
      {
        filePath: at('packages/core/src/forbidden.ts'),
      },
    );
    const messages = result?.messages.filter((m) => m.ruleId === 'concord/import-boundaries') ?? [];
    assert.equal(messages.length, 1);
    assert.equal(messages[0]?.severity, 2);
  });

  it('holds for every workspace package.json too', () => {
    for (const group of ['packages', 'apps']) {
      for (const name of readdirSync(at(group))) {
        const manifest = JSON.parse(readFileSync(at(`${group}/${name}/package.json`), 'utf8')) as {
          name: string;
          dependencies?: Record<string, string>;
        };
        assert.equal(manifest.name, `@concord/${name}`);
        const internal = Object.keys(manifest.dependencies ?? {})
          .filter((d) => d.startsWith('@concord/'))
          .map((d) => d.slice('@concord/'.length));
        const allowedDeps = ALLOWED_DEPENDENCIES[name];
        assert.ok(allowedDeps, `${name} is in the package graph`);
        for (const dep of internal)
          assert.ok(allowedDeps.includes(dep), `${name} must not depend on @concord/${dep}`);
      }
    }
  });
});
