import { describe, expect, it } from 'vitest';
import type { Ctx } from '../../../src-main/core/context';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import type { CallInput } from '../../../src-main/core/contract/calls';
import { translate } from '../../../src-main/core/i18n/index';
import { exportPackage } from '../../../src-main/core/packages/export/exporter';
import { openSigner, trustFileText } from '../../../src-main/core/packages/keys-service';
import { parseTrustFile } from '../../../src-main/core/packages/format/trust';
import { verifyPackageFile } from '../../../src-main/core/packages/verify/verifier';
import { advanceState, emptyState } from '../../../src-main/core/packages/verify/state';
import type { ResidentDto } from '../../../src-main/core/residents/schema';
import { tempDir, testCtx } from '../../helpers/db';
import { addCleanChildren, readyInstitution, store } from '../packages/db-fixture';

// Closing a period, through the residents service: once 2026-Q3's package is exported, a child
// admitted in Q3 is a closed record. Changing what went into the package needs a reason, is
// audited with it and marks Q3 as needing a correction; the correction package is sequence 2,
// superseding sequence 1, and the ministry's verifier accepts it after the first.

type TestCtx = Ctx & { conn: { sqlite: import('better-sqlite3').Database } };

async function exported(ctx: Ctx) {
  return exportPackage(ctx, { period: '2026-Q3', outDir: tempDir(), signer: await openSigner(ctx, store()) });
}

function updateInput(r: ResidentDto, over: Partial<CallInput<'residents.update'>>): CallInput<'residents.update'> {
  const { createdAt: _c, updatedAt: _u, ...fields } = r;
  return { ...fields, ...over } as CallInput<'residents.update'>;
}

async function setup() {
  const ctx = (await testCtx()) as TestCtx;
  const { ministry } = await readyInstitution(ctx);
  const [early, , inQ3] = await addCleanChildren(ctx);
  const first = await exported(ctx);
  return { ctx, ministry, early: early!, inQ3: inQ3!, first };
}

const audits = (ctx: TestCtx) => ctx.conn.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
const closed = async (ctx: Ctx) => {
  const r = await dispatch(ctx, 'packages.closedPeriods', {});
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

describe('residents: a record of a closed period', () => {
  it('refuses a change without a reason, saying which period and which package closed it; writes nothing', async () => {
    const { ctx, inQ3 } = await setup();
    const before = audits(ctx);
    const r = await dispatch(ctx, 'residents.update', updateInput(inQ3, { lastName: 'Hüseynli' }));
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'packages.errors.periodClosed', params: { date: '2026-08-10', period: '2026-Q3', sequence: 1 }, fields: [{ path: 'reason', message: 'packages.validation.reasonRequired' }] },
    });
    if (r.ok) return;
    expect(translate('az', r.error.message, r.error.params)).toContain('2026-Q3');
    expect(translate('az', r.error.message, r.error.params)).toContain('2026-08-10');
    expect(audits(ctx)).toBe(before);
    const now = await dispatch(ctx, 'residents.get', { id: inQ3.id });
    expect(now.ok && [now.value.lastName, now.value.version]).toEqual(['Hüseynov', 1]);
    expect((await closed(ctx))[0]!.needsCorrection).toBe(false);
    // A blank reason is no reason.
    expect(await dispatch(ctx, 'residents.update', updateInput(inQ3, { lastName: 'Hüseynli', reason: '   ' }))).toMatchObject({ ok: false, error: { message: 'packages.errors.periodClosed' } });
  });

  it('adding a child admitted in the closed period needs a reason (the package lacks them); with one, the period needs a correction', async () => {
    const { ctx } = await setup();
    const child: CallInput<'residents.create'> = {
      lastName: 'Nəsirova', firstName: 'Lalə', patronymic: 'Vüsal qızı', sex: 'F',
      dateOfBirth: '2016-04-04', admissionDate: '2026-09-15', legalStatus: 'orphan',
    };
    const residents = () => ctx.conn.sqlite.prepare('SELECT count(*) FROM residents').pluck().get() as number;
    const [beforeRows, beforeAudit] = [residents(), audits(ctx)];
    const refused = await dispatch(ctx, 'residents.create', child);
    expect(refused).toMatchObject({ ok: false, error: { message: 'packages.errors.periodClosed', params: { date: '2026-09-15', period: '2026-Q3', sequence: 1 } } });
    expect([residents(), audits(ctx)]).toEqual([beforeRows, beforeAudit]);
    // Admitted after the closed period: no reason asked.
    expect(await dispatch(ctx, 'residents.create', { ...child, firstName: 'Aysu', admissionDate: '2026-10-01' })).toMatchObject({ ok: true });
    const added = await dispatch(ctx, 'residents.create', { ...child, reason: 'Qərar gec gəldi' });
    expect(added.ok).toBe(true);
    expect((await closed(ctx))[0]!.needsCorrection).toBe(true);
  });

  it('moving an admission date into the closed period needs a reason too; local-only fields and records outside it do not', async () => {
    const { ctx, early, inQ3 } = await setup();
    // Notes and groups never leave the institution.
    expect(await dispatch(ctx, 'residents.update', updateInput(inQ3, { notes: 'yeni qeyd', groupName: 'Ulduz' }))).toMatchObject({ ok: true });
    // Admitted in 2022, outside the closed period.
    expect(await dispatch(ctx, 'residents.update', updateInput(early, { firstName: 'Elnur' }))).toMatchObject({ ok: true });
    const moved = await dispatch(ctx, 'residents.update', updateInput({ ...early, version: 2 }, { firstName: 'Elnur', admissionDate: '2026-09-30' }));
    expect(moved).toMatchObject({ ok: false, error: { params: { date: '2026-09-30', period: '2026-Q3' } } });
    expect((await closed(ctx))[0]!.needsCorrection).toBe(false);
  });

  it('export Q3 → change a Q3 record with a reason → "needs correction" → export again: sequence 2 supersedes 1, and the verifier accepts it', async () => {
    const { ctx, ministry, inQ3, first } = await setup();
    const reason = 'Soyadı doğum haqqında şəhadətnaməyə görə düzəldildi';
    const r = await dispatch(ctx, 'residents.update', updateInput(inQ3, { lastName: 'Hüseynli', reason }));
    expect(r).toMatchObject({ ok: true, value: { lastName: 'Hüseynli', version: 2 } });
    const entries = ctx.conn.sqlite.prepare("SELECT action, entity_id, after FROM audit_log WHERE entity = 'resident' AND entity_id = ? ORDER BY seq").all(inQ3.id) as Array<{ action: string; after: string }>;
    expect(entries.map((e) => e.action)).toEqual(['resident.create', 'period.closed_change', 'resident.update']);
    expect(JSON.parse(entries[1]!.after)).toEqual({ day: '2026-08-10', periods: ['2026-Q3'], reason });
    expect(await closed(ctx)).toMatchObject([{ period: '2026-Q3', packageSequence: 1, needsCorrection: true }]);

    const pre = await dispatch(ctx, 'packages.precheck', { period: '2026-Q3' });
    expect(pre.ok && [pre.value.sequence, pre.value.supersedes]).toEqual([2, 1]);
    const fix = await exported(ctx);
    expect([fix.sequence, fix.supersedes, fix.previousSha256]).toEqual([2, 1, first.statementSha256]);
    expect(await closed(ctx)).toMatchObject([{ period: '2026-Q3', packageSequence: 2, needsCorrection: false }]);

    // The ministry: the first package, then the correction, on one chain.
    const trust = parseTrustFile(await trustFileText(ctx)).trust;
    const opts = { identity: ministry.identity, trust, now: ctx.now() };
    const v1 = await verifyPackageFile(first.path, { ...opts, state: emptyState() });
    if (!v1.ok) throw v1.error;
    const state = advanceState(emptyState(), v1.value.statement, v1.value.statementSha256, ctx.now());
    const v2 = await verifyPackageFile(fix.path, { ...opts, state });
    if (!v2.ok) throw v2.error;
    expect(v2.value.status).toBe('accepted');
    expect([v2.value.statement.sequence, v2.value.statement.supersedes]).toEqual([2, 1]);
    expect(v2.value.files.get('data/residents.csv')!.toString('utf8')).toContain('Hüseynli');
    // After the correction the record is closed again (by package 2).
    const again = await dispatch(ctx, 'residents.update', updateInput(r.ok ? r.value : inQ3, { firstName: 'Turan' }));
    expect(again).toMatchObject({ ok: false, error: { params: { period: '2026-Q3', sequence: 2 } } });
  });
});
