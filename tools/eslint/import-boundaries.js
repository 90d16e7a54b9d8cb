// ESLint rule `concord/import-boundaries`: a package imports another only
// through its public entry, only in the direction package-graph.js allows,
// never by a relative path out of its own folder; core and web import no Node
// built-ins, and core nothing third-party.
import { builtinModules } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';
import { ALLOWED_DEPENDENCIES, NO_NODE_BUILTINS, NO_THIRD_PARTY } from './package-graph.js';

const BUILTINS = new Set(builtinModules);

/** The workspace a file belongs to ('core', 'server', ...), or null for tests and tooling. */
export function packageOf(root, file) {
  const parts = relative(root, file).split(sep);
  if ((parts[0] === 'packages' || parts[0] === 'apps') && parts[1]) {
    return { name: parts[1], dir: resolve(root, parts[0], parts[1]), isTest: isTestFile(parts) };
  }
  return null;
}

function isTestFile(parts) {
  const name = parts.at(-1) ?? '';
  return (
    name.endsWith('.test.ts') ||
    name.endsWith('.test.tsx') ||
    parts.includes('test') ||
    parts.includes('testing')
  );
}

/** Why an import is forbidden, or null when it is allowed. */
export function checkImport(root, file, source) {
  const from = packageOf(root, file);
  if (!from) return null;
  const allowed = ALLOWED_DEPENDENCIES[from.name] ?? [];
  if (source.startsWith('@concord/')) {
    const [, target, ...sub] = source.split('/');
    if (target === from.name) return `import your own package by relative path, not as ${source}`;
    if (!allowed.includes(target) && !(from.isTest && target in ALLOWED_DEPENDENCIES)) {
      return `${from.name} may not depend on @concord/${target} (allowed: ${allowed.map((p) => `@concord/${p}`).join(', ') || 'nothing'})`;
    }
    if (sub.length > 0 && !(from.isTest && sub.join('/') === 'testing')) {
      return `import @concord/${target} through its public entry, not ${source}`;
    }
    return null;
  }
  if (source.startsWith('.')) {
    const target = resolve(dirname(file), source);
    if (target !== from.dir && !target.startsWith(from.dir + sep)) {
      return `relative import ${source} leaves ${from.name}: import the other package as @concord/<name>`;
    }
    return null;
  }
  const bare = source.startsWith('node:') ? source.slice(5) : source.split('/')[0];
  if (source.startsWith('node:') || BUILTINS.has(bare)) {
    return NO_NODE_BUILTINS.has(from.name) && !from.isTest
      ? `${from.name} must not use Node built-ins (${source})`
      : null;
  }
  return NO_THIRD_PARTY.has(from.name) && !from.isTest
    ? `${from.name} has no runtime dependencies; ${source} is not allowed`
    : null;
}

/** @type {import('eslint').Rule.RuleModule} */
export const importBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'enforce the package dependency direction of ARCHITECTURE.md' },
    schema: [
      { type: 'object', properties: { root: { type: 'string' } }, additionalProperties: false },
    ],
  },
  create(context) {
    const root = context.options[0]?.root ?? context.cwd;
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      const problem = checkImport(root, context.filename, source);
      if (problem) context.report({ node, message: problem });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { 'import-boundaries': importBoundaries } };
