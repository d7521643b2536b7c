import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Ctx } from '../context';
import { AppError } from '../contract/errors';
import type { ExportJob } from './export/job';
import { initSigningKey, openPkcs8, rotateSigningKey } from './keys-service';
import { passphraseKeyStore, type KeyStore, type SealKind } from './crypto/keystore';
import { activeKeyRow } from './queries';
import { toPackageDto } from './service';
import type { ExportProgress, ExportResultDto, SigningKeyDto } from './schema';
import type { ExportJobDto, PackageFileDto, PackagesHostInfo, SaveResultDto } from './host-schema';
import { supportLog } from '../log/log';

// What the packages screen needs from the host it runs in: where the key rests (Electron
// safeStorage, or a passphrase), how the export runs off the main thread (a worker), where package
// files are kept and how the director saves one. The host builds one `PackagesHost` at start and
// passes it with every call (`ctx.host.packages`); the core never imports host code, and
// core/context.ts never imports this file (the entry is declared into core/host.ts below).

/** Runs one export job, off the caller's thread in the hosts (a worker), reporting progress. */
export type ExportRunner = (job: ExportJob, onProgress: (p: ExportProgress) => void) => Promise<ExportResultDto>;

export interface PackagesHostOptions {
  /** The database file the worker opens on its own connection. */
  dbFile: string;
  /** Where package files are written and kept. */
  outDir: string;
  runExport: ExportRunner;
  /** The OS keyring (Electron safeStorage), when it is a real one. */
  safeStore?: KeyStore | null;
  /** A passphrase fixed at the host's start (the web harness): never asked on screen. */
  passphrase?: string;
  /** A native "save as" (the app): copies the file where the director chooses; null when cancelled. */
  saveAs?: (sourcePath: string, suggestedName: string) => Promise<string | null>;
}

type JobState = ExportJobDto;

export interface PackagesHost {
  readonly options: PackagesHostOptions;
  readonly jobs: Map<string, JobState>;
  running: string | null;
}

// The packages domain's entry among the host's services (core/host.ts): `ctx.host.packages`.
declare module '../host' {
  interface HostServices {
    /** The packages screen's host services (key store, export worker, files); absent in the CLI. */
    packages?: PackagesHost;
  }
}

const KEPT_JOBS = 20;

export function createPackagesHost(options: PackagesHostOptions): PackagesHost {
  return { options, jobs: new Map(), running: null };
}

function hostOf(ctx: Ctx): PackagesHost {
  const h = ctx.host?.packages;
  if (!h) throw new AppError('conflict', 'packages.errors.hostUnavailable');
  return h;
}

const passphraseRequired = (field: string) =>
  new AppError('invalid', 'packages.errors.passphraseRequired', undefined, [{ path: field, message: 'packages.errors.passphraseRequired' }]);

function passphraseStore(h: PackagesHost, typed: string | undefined, field = 'passphrase'): KeyStore {
  const p = h.options.passphrase ?? (typed && typed.length > 0 ? typed : undefined);
  if (p === undefined) throw passphraseRequired(field);
  return passphraseKeyStore(p);
}

function storeForOpening(h: PackagesHost, sealedBy: SealKind, typed: string | undefined): KeyStore {
  if (sealedBy === 'safe_storage') {
    if (!h.options.safeStore) throw new AppError('conflict', 'packages.errors.keyringUnavailable');
    return h.options.safeStore;
  }
  return passphraseStore(h, typed);
}

export async function packagesHostInfo(ctx: Ctx): Promise<PackagesHostInfo> {
  const h = ctx.host?.packages;
  if (!h) return { available: false, keyStore: null, passphraseForInit: false, passphraseForExport: false, saveDialog: false };
  const key = await activeKeyRow(ctx.db);
  const fixed = h.options.passphrase !== undefined;
  return {
    available: true,
    keyStore: h.options.safeStore ? 'safe_storage' : 'passphrase',
    passphraseForInit: !h.options.safeStore && !fixed,
    passphraseForExport: key?.sealed_by === 'passphrase' && !fixed,
    saveDialog: !!h.options.saveAs,
  };
}

/** Makes the institution's signing key at set-up, sealed by the host's key store. */
export async function initKey(ctx: Ctx, input: { passphrase?: string }): Promise<SigningKeyDto> {
  const h = hostOf(ctx);
  const store = h.options.safeStore ?? passphraseStore(h, input.passphrase);
  return initSigningKey(ctx, store);
}

/**
 * Rotates the signing key: the active key is opened as it was sealed, the new one is sealed by the
 * host's key store (safeStorage, or the new passphrase). The core writes and audits it.
 */
export async function rotateKey(ctx: Ctx, input: { passphrase?: string; newPassphrase?: string }): Promise<SigningKeyDto> {
  const h = hostOf(ctx);
  const row = await activeKeyRow(ctx.db);
  if (!row) throw new AppError('not_found', 'packages.errors.noSigningKey');
  const current = storeForOpening(h, row.sealed_by, input.passphrase);
  const next = h.options.safeStore ?? passphraseStore(h, input.newPassphrase, 'newPassphrase');
  return rotateSigningKey(ctx, current, next);
}

function jobDto(j: JobState): ExportJobDto {
  return { ...j };
}

/**
 * Starts the export: unseals the key here (a wrong passphrase is answered at once), then hands the
 * job to the host's runner and returns its id; the screen polls `exportStatus`. One at a time.
 */
export async function startExport(
  ctx: Ctx,
  input: { period: string; acceptProblems?: string; passphrase?: string },
): Promise<ExportJobDto> {
  const h = hostOf(ctx);
  if (h.running) throw new AppError('conflict', 'packages.errors.exportRunning');
  const row = await activeKeyRow(ctx.db);
  if (!row) throw new AppError('invalid', 'packages.errors.noSigningKey');
  const pkcs8 = await openPkcs8(row, storeForOpening(h, row.sealed_by, input.passphrase));
  if (h.running) throw new AppError('conflict', 'packages.errors.exportRunning');

  const job: JobState = {
    jobId: randomUUID(),
    period: input.period,
    phase: 'queued',
    fraction: 0,
    startedAt: ctx.now().toISOString(),
    result: null,
    error: null,
  };
  h.jobs.set(job.jobId, job);
  for (const id of h.jobs.keys()) {
    if (h.jobs.size <= KEPT_JOBS) break;
    if (id !== job.jobId) h.jobs.delete(id);
  }
  h.running = job.jobId;
  const spec: ExportJob = {
    dbFile: h.options.dbFile,
    period: input.period,
    outDir: h.options.outDir,
    acceptProblems: input.acceptProblems,
    pkcs8,
    actor: ctx.actor,
    now: ctx.now().toISOString(),
  };
  // The job is over for the host before a poller can see it 'done': the key wiped and the slot
  // free first, then the result, then the phase. The runner's own last progress report ('done')
  // is not the job's end: its result comes after it, in another message from the worker.
  const settle = () => {
    pkcs8.fill(0);
    if (h.running === job.jobId) h.running = null;
  };
  void h.options
    .runExport(spec, (p) => {
      if (p.stage === 'done') return;
      job.phase = p.stage;
      job.fraction = p.fraction;
    })
    .then(
      (r) => {
        settle();
        const { path: _path, ...dto } = r;
        job.result = dto;
        job.fraction = 1;
        job.phase = 'done';
      },
      (e: unknown) => {
        settle();
        job.error =
          e instanceof AppError ? e.toCallError() : { code: 'internal', message: 'errors.internal' };
        job.phase = 'failed';
        if (!(e instanceof AppError)) supportLog.error('packages.export', e);
      },
    );
  return jobDto(job);
}

export async function exportStatus(ctx: Ctx, jobId: string): Promise<ExportJobDto> {
  const job = hostOf(ctx).jobs.get(jobId);
  if (!job) throw new AppError('not_found', 'packages.errors.jobNotFound');
  return jobDto(job);
}

async function packageFilePath(ctx: Ctx, id: string): Promise<{ path: string; fileName: string }> {
  const h = hostOf(ctx);
  const row = await ctx.db.selectFrom('packages').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', 'packages.errors.packageNotFound');
  const dto = toPackageDto(row);
  const path = join(h.options.outDir, dto.fileName);
  if (!existsSync(path)) throw new AppError('not_found', 'packages.errors.fileMissing', { file: dto.fileName });
  return { path, fileName: dto.fileName };
}

/** The package file itself (the web harness downloads it; packages are at most a few MiB). */
export async function packageFile(ctx: Ctx, id: string): Promise<PackageFileDto> {
  const { path, fileName } = await packageFilePath(ctx, id);
  return { fileName, base64: readFileSync(path).toString('base64') };
}

/** The app's "save as": the host asks where, and copies the file there. */
export async function savePackageAs(ctx: Ctx, id: string): Promise<SaveResultDto> {
  const h = hostOf(ctx);
  if (!h.options.saveAs) throw new AppError('conflict', 'packages.errors.hostUnavailable');
  const { path, fileName } = await packageFilePath(ctx, id);
  return { path: await h.options.saveAs(path, fileName) };
}
