// A worker thread that runs a TypeScript module (workerData.entry) through tsx: how unit tests start
// main's worker threads from source. (Node 20 does not apply `--import tsx` in a worker's execArgv to
// the worker's own entry, so the hooks are registered here, before the entry is imported.)
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
