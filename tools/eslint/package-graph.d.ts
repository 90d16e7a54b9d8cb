export const ALLOWED_DEPENDENCIES: Readonly<Record<string, readonly string[]>>;
export const NO_NODE_BUILTINS: ReadonlySet<string>;
export const NO_THIRD_PARTY: ReadonlySet<string>;
