import type { WorkerEntry } from './worker-runner';

// The export worker's entry when the host runs from source (the web harness under tsx, vitest):
// worker.ts beside this file, loaded through tsx. The app loads the built `export-worker.js`
// instead, which electron.vite.config.ts builds next to main.js; the Electron main process never
// imports this file, so its bundle names no .ts file.
export const EXPORT_WORKER_SOURCE: WorkerEntry = { url: new URL('./worker.ts', import.meta.url), typescript: true };
