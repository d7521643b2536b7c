import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Ctx } from '../../context';
import { todayOf } from '../../context';
import { writeTx } from '../../db/write';
import { AppError } from '../../contract/errors';
import { uuidv7 } from '../../ids';
import { APP_VERSION } from '../../app/version';
import { ageEncrypt } from '../crypto/age';
import { buildBag, zipEntriesOf } from '../format/bag';
import { sha256Hex } from '../crypto/digest';
import { packageFileName, PACKAGE_FORMAT } from '../format/names';
import type { Signer } from '../crypto/keys';
import { requirePeriod, runPrecheck } from './precheck';
import { activeKeyRow, institutionRow, lastPackageRow, recipientRow, type PackageRow } from '../queries';
import { toPackageDto } from '../service';
import { KNOWN_SCHEMAS, PACKAGE_SCHEMA_VERSION } from '../format/schemas/index';
import { RESOURCES } from './resources/index';
import { renderCsv } from './resources/render';
import type { ExportProgress, ExportResultDto, PackageDto, PrecheckProblem } from '../schema';
import { instantOf } from '../format/statement';
import { writeZip } from '../format/zip-write';
import { closePeriod } from './closing';
import { enqueueIfConfigured } from '../delivery/queue';
import { readTx } from '../../db/read';
import { auditHead } from '../../audit/audit';

// The export: pre-check, read the period's data in one snapshot, build and sign the bag, zip it,
// encrypt it to the ministry, write the file, record it in the chain. A pure async function of a
// context, so it can run in a worker thread on its own connection; progress goes to a callback.

export interface ExportOptions {
  period: string;
  outDir: string;
  signer: Signer;
  /** The director's reason for going on despite acceptable problems. */
  acceptProblems?: string;
  onProgress?: (p: ExportProgress) => void;
}

export const SOFTWARE = `Qaygi ${APP_VERSION}`;

function summarise(problems: PrecheckProblem[]): Array<{ code: string; count: number }> {
  const counts = new Map<string, number>();
  for (const p of problems) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, count]) => ({ code, count }));
}

export async function exportPackage(ctx: Ctx, opts: ExportOptions): Promise<ExportResultDto> {
  const progress = opts.onProgress ?? (() => {});
  const period = requirePeriod(opts.period);
  const now = ctx.now();
  progress({ stage: 'precheck', fraction: 0 });

  // One read transaction: every table from the same snapshot (WAL lets writers go on meanwhile).
  const snap = await readTx(ctx, async (trx) => {
    const { result, collected } = await runPrecheck(trx, period, todayOf(ctx));
    const [inst, key, rec, last, head] = await Promise.all([
      institutionRow(trx), activeKeyRow(trx), recipientRow(trx), lastPackageRow(trx), auditHead(trx),
    ]);
    return { result, collected, inst, key, rec, last, head };
  });
  const { result, collected, inst, key, rec, last, head } = snap;
  if (result.missing.length > 0 || !inst || !key || !rec) {
    throw new AppError('invalid', 'packages.errors.notReady', { missing: result.missing.join(', ') }, undefined, {
      missing: result.missing,
    });
  }
  if (key.key_id !== opts.signer.keyId) throw new AppError('conflict', 'packages.errors.keyNotActive');
  // A rotation in the same second as the old key's last package starts the new key a second later
  // (keys-service rotationInstant); a package of the new key within that second takes the key's
  // first second, or the ministry would see it signed before the key was valid.
  const preparedAt = instantOf(now) < key.created_at ? key.created_at : instantOf(now);
  const blocking = result.problems.filter((p) => p.severity === 'blocking');
  if (blocking.length > 0) {
    throw new AppError('invalid', 'packages.errors.blockingProblems', { count: blocking.length }, undefined, { problems: blocking });
  }
  const reason = opts.acceptProblems?.trim() ?? '';
  if (result.problems.length > 0 && reason === '') {
    throw new AppError('invalid', 'packages.errors.problemsFound', { count: result.problems.length }, undefined, {
      problems: result.problems,
    });
  }
  const dataQuality = result.problems.length > 0 ? { reason, problems: summarise(result.problems) } : null;

  progress({ stage: 'collect', fraction: 0.2 });
  const known = KNOWN_SCHEMAS[PACKAGE_SCHEMA_VERSION]!;
  const resources = known.map((def) => ({
    def,
    csv: renderCsv(def.schema, collected.find((c) => c.name === def.name)!.rows),
  }));

  progress({ stage: 'sign', fraction: 0.4 });
  const bag = buildBag({
    institution: { code: inst.code, name: inst.name_az },
    period,
    sequence: result.sequence,
    previous: last?.statement_sha256 ?? null,
    supersedes: result.supersedes,
    preparedAt,
    recipient: rec.recipient,
    software: SOFTWARE,
    schemaVersion: PACKAGE_SCHEMA_VERSION,
    resources,
    dataQuality,
    // The chain's head in the same snapshot as the data: the ministry anchors it.
    auditHead: head,
    signer: opts.signer,
  });

  progress({ stage: 'zip', fraction: 0.55 });
  const zip = await writeZip(zipEntriesOf(bag));
  progress({ stage: 'encrypt', fraction: 0.75 });
  const encrypted = ageEncrypt(zip, rec.recipient);

  progress({ stage: 'write', fraction: 0.9 });
  const fileName = packageFileName(inst.code, period.label, result.sequence);
  mkdirSync(opts.outDir, { recursive: true });
  const path = join(opts.outDir, fileName);
  if (existsSync(path)) throw new AppError('conflict', 'packages.errors.fileExists', { file: path });
  // The file is whole and on disk before its record is committed: written and fsynced under a
  // temporary name, renamed, the folder fsynced (so the rename survives a power cut), and only
  // then the record. A crash before the commit leaves a file that no record names (the next
  // export refuses to overwrite it, naming it), never a record without its file.
  const partial = `${path}.partial`;
  writeDurably(partial, encrypted);
  let dto: PackageDto;
  try {
    renameSync(partial, path);
    fsyncFolder(opts.outDir);
    dto = await writeTx(ctx, async (trx, audit) => {
      // Another export may have taken the sequence meanwhile: the chain admits one package per number.
      const lastNow = await lastPackageRow(trx);
      if ((lastNow?.sequence ?? 0) + 1 !== result.sequence) throw new AppError('conflict', 'packages.errors.sequenceTaken');
      const row: PackageRow = {
        id: uuidv7(now.getTime()),
        sequence: result.sequence,
        period: period.label,
        profile: PACKAGE_FORMAT,
        schema_version: PACKAGE_SCHEMA_VERSION,
        file_name: fileName,
        sha256: sha256Hex(encrypted),
        statement_sha256: bag.statementSha256,
        previous_sha256: bag.statement.previous,
        signer_key_id: opts.signer.keyId,
        recipient: rec.recipient,
        counts: JSON.stringify(Object.fromEntries(RESOURCES.map((r) => [r.name, result.counts[r.name] ?? 0]))),
        accepted_problems: dataQuality ? JSON.stringify(dataQuality) : null,
        status: 'created',
        status_reason: null,
        status_at: preparedAt,
        supersedes: result.supersedes,
        prepared_at: preparedAt,
        created_at: now.toISOString(),
        receipt: null,
        received_at: null,
      };
      await trx.insertInto('packages').values(row).execute();
      await closePeriod(trx, period, row.sequence, row.created_at);
      // Where a ministry address is configured, the package also waits in the upload queue.
      await enqueueIfConfigured(trx, row.sequence, path, row.created_at);
      const out = toPackageDto(row);
      await audit({ action: 'package.export', entity: 'package', entityId: row.id, after: out });
      return out;
    });
  } catch (e) {
    rmSync(partial, { force: true });
    rmSync(path, { force: true });
    throw e;
  }
  progress({ stage: 'done', fraction: 1 });
  return { ...dto, path };
}

/** Writes a new private file (0600) and waits until its bytes are on the disk. */
function writeDurably(file: string, bytes: Uint8Array): void {
  const fd = openSync(file, 'w', 0o600);
  try {
    let done = 0;
    while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename in `dir` durable. Windows cannot open a folder for this (NTFS journals renames). Backups use it too. */
export function fsyncFolder(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
