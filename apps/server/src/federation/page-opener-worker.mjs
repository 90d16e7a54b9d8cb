// The worker thread of a PageOpener (page-opener.ts): opens the sync pages
// the pull hands it, with the keys it was started with, and answers each with
// the checked page as JSON text or the reason it was refused.
import { parentPort, workerData } from 'node:worker_threads';

// Sources are TypeScript, and a worker does not inherit the loader hooks of
// its parent (node --import tsx, or the register() of bin/concord.js).
const { register } = await import('tsx/esm/api');
register();
const { openSyncPage } = await import('./page-opener.ts');

parentPort?.on('message', async ({ id, envelope, asked, now }) => {
  const opened = await openSyncPage(envelope, workerData, asked, new Date(now));
  parentPort?.postMessage(
    opened.ok ? { id, text: JSON.stringify(opened.value) } : { id, refused: opened.error.message },
  );
});
