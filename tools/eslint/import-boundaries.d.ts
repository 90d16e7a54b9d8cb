import type { Rule } from 'eslint';

export function checkImport(root: string, file: string, source: string): string | null;
export function packageOf(
  root: string,
  file: string,
): { name: string; dir: string; isTest: boolean } | null;
export const importBoundaries: Rule.RuleModule;
declare const plugin: { rules: Record<string, Rule.RuleModule> };
export default plugin;
