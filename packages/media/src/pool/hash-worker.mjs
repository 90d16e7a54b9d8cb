// Worker-thread entry of the hash pool. Workers do not inherit a loader that
// the main thread registered programmatically (as the `concord` binary does),
// so this plain-JS file registers tsx itself, then loads the TypeScript task.
import { register } from 'tsx/esm/api';

register();
const { hashTask } = await import('./hash-task.ts');
export default hashTask;
