#!/usr/bin/env node
// The `concord` command. Sources are TypeScript run through tsx's loader, so
// a fresh `npm ci` is enough: there is no build step for the CLI.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
