// The allowed dependency direction between Concord's packages. ARCHITECTURE.md
// draws the same graph; the import-boundaries lint rule and a test of every
// package.json enforce it.

/** @type {Readonly<Record<string, readonly string[]>>} */
export const ALLOWED_DEPENDENCIES = {
  core: [],
  protocol: ['core'],
  storage: ['core'],
  media: ['core'],
  formats: ['core'],
  law: ['core'],
  federation: ['core', 'protocol', 'storage'],
  client: ['protocol'],
  web: ['client'],
  server: ['core', 'protocol', 'storage', 'media', 'formats', 'law', 'federation'],
  cli: ['client', 'core', 'media', 'formats', 'law', 'server'],
};

/** Packages that must not touch Node's own modules: core is pure, web runs in the browser. */
export const NO_NODE_BUILTINS = new Set(['core', 'web', 'client', 'protocol']);

/** Packages that may use no third-party runtime code at all. */
export const NO_THIRD_PARTY = new Set(['core']);
