import { readFileSync } from 'node:fs';

/** The version of this build of Concord, from the server package. */
export const CONCORD_VERSION: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;
