// A list-reading thread (pool.ts) runs the TypeScript sources through tsx, as the process does
// (bin/uplift.js): the loader is registered here, in the thread, before anything else is loaded.
import { register } from 'tsx/esm/api';

register();
await import('./list-worker.ts');
