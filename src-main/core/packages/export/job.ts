import { openDatabase } from '../../db/connection';
import type { Actor, Ctx } from '../../context';
import { exportPackage } from './exporter';
import { keyPairFromPkcs8, signerOf } from '../crypto/keys';
import type { ExportProgress, ExportResultDto } from '../schema';

// The export as a job for a worker thread: plain data in (the database file, the unsealed key),
// progress out through a callback, the result back. The worker opens its own connection (WAL lets
// the window's connection go on reading and writing meanwhile).

export interface ExportJob {
  dbFile: string;
  period: string;
  outDir: string;
  acceptProblems?: string;
  /** The active signing key, PKCS#8 DER, already unsealed by the host's key store. */
  pkcs8: Uint8Array;
  actor: Actor;
  /** ISO instant; the job's clock is fixed to it (tests, reproducible exports). Default: now. */
  now?: string;
}

export async function runExportJob(job: ExportJob, onProgress?: (p: ExportProgress) => void): Promise<ExportResultDto> {
  const conn = await openDatabase(job.dbFile);
  try {
    const fixed = job.now ? new Date(job.now) : null;
    const ctx: Ctx = { db: conn.db, now: () => fixed ?? new Date(), actor: job.actor };
    return await exportPackage(ctx, {
      period: job.period,
      outDir: job.outDir,
      acceptProblems: job.acceptProblems,
      signer: signerOf(keyPairFromPkcs8(job.pkcs8)),
      onProgress,
    });
  } finally {
    await conn.close();
  }
}
