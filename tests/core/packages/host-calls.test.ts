import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import type { Ctx } from '../../../src-main/core/context';
import { createPackagesHost, type PackagesHost, type PackagesHostOptions } from '../../../src-main/core/packages/host';
import type { ExportJobDto } from '../../../src-main/core/packages/host-schema';
import { inProcessExportRunner, workerExportRunner } from '../../../src-main/core/packages/export/worker-runner';
import { EXPORT_WORKER_SOURCE } from '../../../src-main/core/packages/export/worker-source';
import { trustFileText } from '../../../src-main/core/packages/keys-service';
import { parseTrustFile } from '../../../src-main/core/packages/format/trust';
import { verifyPackageFile } from '../../../src-main/core/packages/verify/verifier';
import { translate, LOCALES } from '../../../src-main/core/i18n/index';
import { tempDir, testCtx } from '../../helpers/db';
import { addChild, addCleanChildren, insertInstitution, PASSPHRASE, readyInstitution } from './db-fixture';

// The calls of the packages screen that need a host: key set-up, the export job run by the host's
// runner (a real worker thread), its status, and the package file.

type TestCtx = Awaited<ReturnType<typeof testCtx>>;
const WORKER = workerExportRunner(EXPORT_WORKER_SOURCE);

function withHost(ctx: TestCtx, over: Partial<PackagesHostOptions> = {}): TestCtx & { host: { auditChain: null; packages: PackagesHost } } {
  const packages = createPackagesHost({ dbFile: ctx.file, outDir: join(tempDir(), 'packages'), passphrase: PASSPHRASE, runExport: inProcessExportRunner, ...over });
  return { ...ctx, host: { auditChain: null, packages } };
}

const count = (ctx: TestCtx, table: string) => ctx.conn.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const auditRows = (ctx: TestCtx) =>
  ctx.conn.sqlite.prepare('SELECT action, actor FROM audit_log ORDER BY seq').all() as Array<{ action: string; actor: string }>;

async function value<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

/** Polls the job as the screen does, recording every phase seen, until it ends. */
async function waitForJob(ctx: Ctx, jobId: string): Promise<{ job: ExportJobDto; phases: string[] }> {
  const phases: string[] = [];
  for (let i = 0; i < 600; i++) {
    const job = await value(dispatch(ctx, 'packages.exportStatus', { jobId }));
    if (phases.at(-1) !== job.phase) phases.push(job.phase);
    if (job.phase === 'done' || job.phase === 'failed') return { job, phases };
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the export job did not end');
}

describe('packages.initKey', () => {
  it('makes the key with the host’s fixed passphrase, once', async () => {
    const ctx = withHost(await testCtx());
    await insertInstitution(ctx);
    const key = await value(dispatch(ctx, 'packages.initKey', {}));
    expect(key).toMatchObject({ status: 'active', sealedBy: 'passphrase' });
    expect(auditRows(ctx).map((r) => r.action)).toContain('signing_key.create');
    const again = await dispatch(ctx, 'packages.initKey', {});
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', message: 'packages.errors.keyExists' } });
    expect(count(ctx, 'signing_keys')).toBe(1);
  });

  it('asks for a passphrase where the host has neither a keyring nor a fixed passphrase', async () => {
    const ctx = withHost(await testCtx(), { passphrase: undefined });
    expect(await value(dispatch(ctx, 'packages.hostInfo', {}))).toEqual({
      available: true,
      keyStore: 'passphrase',
      passphraseForInit: true,
      passphraseForExport: false,
      saveDialog: false,
    });
    const none = await dispatch(ctx, 'packages.initKey', {});
    expect(none).toMatchObject({ ok: false, error: { code: 'invalid', fields: [{ path: 'passphrase', message: 'packages.errors.passphraseRequired' }] } });
    const weak = await dispatch(ctx, 'packages.initKey', { passphrase: 'short' });
    expect(weak).toMatchObject({ ok: false, error: { code: 'invalid', message: 'packages.errors.weakPassphrase', params: { min: 10 } } });
    expect(count(ctx, 'signing_keys')).toBe(0);
    await value(dispatch(ctx, 'packages.initKey', { passphrase: 'a long enough passphrase' }));
    expect(await value(dispatch(ctx, 'packages.hostInfo', {}))).toMatchObject({ passphraseForExport: true });
  });
});

describe('packages.export and packages.exportStatus', () => {
  it('run the export in a worker thread, report progress, and record the package with its audit entry', async () => {
    const ctx = withHost(await testCtx(), { runExport: WORKER });
    const { ministry } = await readyInstitution(ctx);
    await addCleanChildren(ctx);
    const started = await value(dispatch(ctx, 'packages.export', { period: '2026-Q3' }));
    expect(started).toMatchObject({ period: '2026-Q3', phase: 'queued', result: null, error: null });
    // One export at a time.
    const second = await dispatch(ctx, 'packages.export', { period: '2026-Q3' });
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict', message: 'packages.errors.exportRunning' } });

    const { job, phases } = await waitForJob(ctx, started.jobId);
    expect(job.error).toBeNull();
    expect(job).toMatchObject({ phase: 'done', fraction: 1, result: { sequence: 1, period: '2026-Q3', status: 'created' } });
    expect(phases.at(-1)).toBe('done');
    expect(ctx.host.packages.running).toBeNull();
    expect(await value(dispatch(ctx, 'packages.list', {}))).toEqual([expect.objectContaining({ id: job.result!.id, sequence: 1 })]);
    const audit = auditRows(ctx).filter((r) => r.action === 'package.export');
    expect(audit).toEqual([{ action: 'package.export', actor: 'test-director' }]);

    // The file the screen offers is the one that verifies with the ministry's identity.
    const file = await value(dispatch(ctx, 'packages.file', { id: job.result!.id }));
    expect(file.fileName).toBe('BAK-UE-03_2026-Q3_0001.qaygi');
    const saved = join(tempDir(), file.fileName);
    writeFileSync(saved, Buffer.from(file.base64, 'base64'));
    const trust = parseTrustFile(await trustFileText(ctx)).trust;
    const verified = await verifyPackageFile(saved, { identity: ministry.identity, trust, now: new Date('2026-11-27T00:00:00Z') });
    expect(verified.ok).toBe(true);

    // The next export may start again.
    const next = await value(dispatch(ctx, 'packages.export', { period: '2026-10' }));
    expect((await waitForJob(ctx, next.jobId)).job).toMatchObject({ phase: 'done', result: { sequence: 2 } });
  });

  it('never report a job done before its result is there (the worker says its last stage, then sends the result)', async () => {
    // A runner that behaves as the worker does, with the two messages held apart.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let reportedLastStage!: () => void;
    const lastStage = new Promise<void>((r) => (reportedLastStage = r));
    const runner: PackagesHostOptions['runExport'] = async (job, onProgress) => {
      const result = await inProcessExportRunner(job, onProgress);
      onProgress({ stage: 'done', fraction: 1 });
      reportedLastStage();
      await held;
      return result;
    };
    const ctx = withHost(await testCtx(), { runExport: runner });
    await readyInstitution(ctx);
    await addCleanChildren(ctx);
    const started = await value(dispatch(ctx, 'packages.export', { period: '2026-Q3' }));
    await lastStage;
    const between = await value(dispatch(ctx, 'packages.exportStatus', { jobId: started.jobId }));
    expect(between.phase).not.toBe('done');
    expect(between.result).toBeNull();
    release();
    const { job } = await waitForJob(ctx, started.jobId);
    expect(job).toMatchObject({ phase: 'done', result: { sequence: 1 } });
    // Once a poller sees it done, the next export may start at once.
    expect(ctx.host.packages.running).toBeNull();
    const next = await value(dispatch(ctx, 'packages.export', { period: '2026-10' }));
    expect((await waitForJob(ctx, next.jobId)).job).toMatchObject({ phase: 'done', result: { sequence: 2 } });
  });

  it('end a job refused by the pre-check as failed, with the translated error, and nothing written', async () => {
    const ctx = withHost(await testCtx());
    await readyInstitution(ctx);
    await addChild(ctx, { admissionBasis: 'court' });
    const started = await value(dispatch(ctx, 'packages.export', { period: '2026-Q3' }));
    const { job } = await waitForJob(ctx, started.jobId);
    expect(job).toMatchObject({ phase: 'failed', result: null, error: { code: 'invalid', message: 'packages.errors.problemsFound', params: { count: 1 } } });
    expect(count(ctx, 'packages')).toBe(0);
    expect(ctx.host.packages.running).toBeNull();
    // With the director's reason it goes through, and the reason is in the record.
    const again = await value(dispatch(ctx, 'packages.export', { period: '2026-Q3', acceptProblems: 'The court decision is on its way.' }));
    const done = (await waitForJob(ctx, again.jobId)).job;
    expect(done.result?.acceptedProblems).toEqual({ reason: 'The court decision is on its way.', problems: [{ code: 'admission_decision_missing', count: 1 }] });
  });

  it('answer a wrong passphrase at once, without starting a job', async () => {
    const ctx = withHost(await testCtx(), { passphrase: undefined });
    await readyInstitution(ctx);
    const none = await dispatch(ctx, 'packages.export', { period: '2026-Q3' });
    expect(none).toMatchObject({ ok: false, error: { fields: [{ path: 'passphrase' }] } });
    const wrong = await dispatch(ctx, 'packages.export', { period: '2026-Q3', passphrase: 'not the passphrase at all' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid', message: 'packages.errors.wrongPassphrase' } });
    expect(ctx.host.packages.jobs.size).toBe(0);
    const right = await value(dispatch(ctx, 'packages.export', { period: '2026-Q3', passphrase: PASSPHRASE }));
    expect((await waitForJob(ctx, right.jobId)).job.phase).toBe('done');
  });

  it('validate the input and know only their own jobs', async () => {
    const ctx = withHost(await testCtx());
    await readyInstitution(ctx);
    for (const bad of [{ period: '2026-Q5' }, { period: '1999-01' }, { period: '2026-Q3', extra: 1 }, { period: '2026-Q3', acceptProblems: 'x'.repeat(2001) }]) {
      const r = await dispatch(ctx, 'packages.export', bad);
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid' } });
    }
    expect(ctx.host.packages.jobs.size).toBe(0);
    expect(await dispatch(ctx, 'packages.exportStatus', { jobId: '' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await dispatch(ctx, 'packages.exportStatus', { jobId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'packages.errors.jobNotFound' },
    });
    expect(await dispatch(ctx, 'packages.file', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('are refused without a host (the CLI) with a translated message', async () => {
    const ctx = await testCtx();
    await readyInstitution(ctx);
    expect(await value(dispatch(ctx, 'packages.hostInfo', {}))).toMatchObject({ available: false });
    expect(await dispatch(ctx, 'packages.export', { period: '2026-Q3' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'packages.errors.hostUnavailable' },
    });
  });
});

describe('packages.saveAs', () => {
  it('hands the file to the host’s dialog, and says where it went (or null when cancelled)', async () => {
    const target = join(tempDir(), 'usb.qaygi');
    let answer: string | null = target;
    const ctx = withHost(await testCtx(), {
      saveAs: async (source, name) => {
        expect(name).toBe('BAK-UE-03_2026-Q3_0001.qaygi');
        if (answer) writeFileSync(answer, readFileSync(source));
        return answer;
      },
    });
    await readyInstitution(ctx);
    await addCleanChildren(ctx);
    const job = (await waitForJob(ctx, (await value(dispatch(ctx, 'packages.export', { period: '2026-Q3' }))).jobId)).job;
    expect(await value(dispatch(ctx, 'packages.hostInfo', {}))).toMatchObject({ saveDialog: true });
    expect(await value(dispatch(ctx, 'packages.saveAs', { id: job.result!.id }))).toEqual({ path: target });
    expect(existsSync(target)).toBe(true);
    answer = null;
    expect(await value(dispatch(ctx, 'packages.saveAs', { id: job.result!.id }))).toEqual({ path: null });
  });
});

describe('permissions', () => {
  it('give the host calls to the director only, and log each refusal', async () => {
    for (const role of ['admin', 'social_worker', 'caregiver', 'read_only'] as const) {
      const ctx = withHost(await testCtx({ role }));
      const calls = [
        ['packages.hostInfo', {}],
        ['packages.initKey', {}],
        ['packages.export', { period: '2026-Q3' }],
        ['packages.exportStatus', { jobId: 'x' }],
        ['packages.file', { id: 'x' }],
        ['packages.saveAs', { id: 'x' }],
      ] as const;
      for (const [name, input] of calls) {
        expect(await dispatch(ctx, name, input)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
      expect(count(ctx, 'signing_keys')).toBe(0);
      expect(ctx.host.packages.jobs.size).toBe(0);
      expect(auditRows(ctx).map((r) => r.action)).toEqual(calls.map(() => 'access.denied'));
    }
  });
});

describe('messages of the packages screen', () => {
  it('exist in az, en and ru for every host error and export stage', () => {
    const keys = [
      ...['hostUnavailable', 'passphraseRequired', 'keyringUnavailable', 'exportRunning', 'jobNotFound', 'packageNotFound', 'fileMissing'].map((k) => `packages.errors.${k}`),
      ...['queued', 'precheck', 'collect', 'sign', 'zip', 'encrypt', 'write', 'done', 'failed'].map((s) => `packages.stage.${s}`),
    ];
    for (const locale of LOCALES) {
      const missing = keys.filter((k) => translate(locale, k) === k);
      expect({ locale, missing }).toEqual({ locale, missing: [] });
    }
  });
});
