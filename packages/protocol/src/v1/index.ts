export * from './common.ts';
export * from './accounts.ts';
export * from './audit.ts';
export * from './node.ts';
export * from './banks.ts';
export * from './federation.ts';
export * from './peers.ts';
export * from './law.ts';
