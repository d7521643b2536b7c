import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../contract/errors';
import { runExportJob, type ExportJob } from './job';
import type { WorkerMessage } from './worker-runner';
import { describeError } from '../../log/log';

// The entry of the export worker thread: one job per worker (given as workerData), progress and
// the result posted back. Errors travel as plain data: translated AppErrors keep their code.

const post = (m: WorkerMessage) => parentPort!.postMessage(m);

try {
  const result = await runExportJob(workerData as ExportJob, (progress) => post({ type: 'progress', progress }));
  post({ type: 'done', result });
} catch (e) {
  if (e instanceof AppError) post({ type: 'error', error: e.toCallError() });
  else post({ type: 'error', error: { code: 'internal', message: 'errors.internal' }, detail: describeError(e) });
}
