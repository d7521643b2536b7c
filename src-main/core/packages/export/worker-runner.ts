import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CallError } from '../../contract/errors';
import { AppError } from '../../contract/errors';
import type { ExportJob } from './job';
import type { ExportRunner } from '../host';
import type { ExportProgress, ExportResultDto } from '../schema';
import { Described, supportLog, type DescribedError } from '../../log/log';

// The hosts' export runner: each export in its own worker thread, so the window (or the harness's
// HTTP server) stays responsive while the package is built, signed and encrypted.

export type WorkerMessage =
  | { type: 'progress'; progress: ExportProgress }
  | { type: 'done'; result: ExportResultDto }
  | { type: 'error'; error: CallError; detail?: DescribedError };

export interface WorkerEntry {
  /** The worker's entry: the built `export-worker.js` (the app) or `export/worker.ts` (source: worker-source.ts). */
  url: URL;
  /** The entry is TypeScript source (the web harness under tsx or vitest): load it through tsx. */
  typescript?: boolean;
}

/** The URL of tsx's ESM register API (its CommonJS build registers a loader path that breaks in a worker). */
function tsxEsmApi(): string {
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
  return pathToFileURL(cjs.replace(/\.cjs$/, '.mjs')).href;
}

function spawn(entry: WorkerEntry, job: ExportJob): Worker {
  if (!entry.typescript) return new Worker(entry.url, { workerData: job });
  // Node 20 does not apply `--import` loaders to a worker's entry, so a tiny bootstrap registers
  // tsx inside the worker and then imports the TypeScript entry.
  const boot = `import(${JSON.stringify(tsxEsmApi())}).then((m) => { m.register(); return import(${JSON.stringify(entry.url.href)}); });`;
  return new Worker(boot, { eval: true, workerData: job });
}

export function workerExportRunner(entry: WorkerEntry): ExportRunner {
  return (job, onProgress) =>
    new Promise<ExportResultDto>((resolve, reject) => {
      const worker = spawn(entry, job);
      let settled = false;
      const finish = (f: () => void) => {
        if (settled) return;
        settled = true;
        f();
        void worker.terminate();
      };
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'progress') onProgress(m.progress);
        else if (m.type === 'done') finish(() => resolve(m.result));
        else {
          if (m.detail) supportLog.error('packages.export_worker', new Described(m.detail));
          finish(() => reject(AppError.fromCallError(m.error)));
        }
      });
      worker.on('error', (e) => finish(() => reject(e)));
      worker.on('exit', (code) => finish(() => reject(new Error(`export worker exited with code ${code}`))));
    });
}

/** The same job on the caller's thread: for tests of the job lifecycle, never for a window. */
export const inProcessExportRunner: ExportRunner = async (job, onProgress) => {
  const { runExportJob } = await import('./job');
  return runExportJob(job, onProgress);
};
