import { describe, expect, it } from 'vitest';
import type { Ctx } from '../../../../src-main/core/context';
import { dispatch } from '../../../../src-main/core/contract/dispatch';
import { AppError } from '../../../../src-main/core/contract/errors';
import { writeTx } from '../../../../src-main/core/db/write';
import { translate } from '../../../../src-main/core/i18n/index';
import { guardDatedChange } from '../../../../src-main/core/packages/export/closing';
import { exportPackage } from '../../../../src-main/core/packages/export/exporter';
import { openSigner } from '../../../../src-main/core/packages/keys-service';
import { tempDir, testCtx } from '../../../helpers/db';
import { addCleanChildren, readyInstitution, store } from '../db-fixture';

type TestCtx = Ctx & { conn: { sqlite: import('better-sqlite3').Database } };

async function exported(ctx: TestCtx, period: string) {
  return exportPackage(ctx, { period, outDir: tempDir(), signer: await openSigner(ctx, store()) });
}

const change = (ctx: Ctx, day: string, reason?: string) =>
  writeTx(ctx, async (trx, audit) => {
    await guardDatedChange(trx, ctx, audit, { entity: 'resident', entityId: 'r1', day, reason });
    await audit({ action: 'test.change', entity: 'resident', entityId: 'r1' });
  });

describe('closing a period', () => {
  it('the export closes its period; the list says which package closed it', async () => {
    const ctx = (await testCtx()) as TestCtx;
    await readyInstitution(ctx);
    await addCleanChildren(ctx);
    await exported(ctx, '2026-Q3');
    expect(await dispatch(ctx, 'packages.closedPeriods', {})).toEqual({
      ok: true,
      value: [{ period: '2026-Q3', start: '2026-07-01', end: '2026-09-30', packageSequence: 1, needsCorrection: false, closedAt: '2026-11-26T10:00:00.000Z' }],
    });
  });

  it('refuses a change dated in a closed period without a reason, saying exactly why, writing nothing', async () => {
    const ctx = (await testCtx()) as TestCtx;
    await readyInstitution(ctx);
    await addCleanChildren(ctx);
    await exported(ctx, '2026-Q3');
    const audits = ctx.conn.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get();
    const e = await change(ctx, '2026-08-15').then(() => null, (err: unknown) => err);
    expect(e).toBeInstanceOf(AppError);
    expect(e).toMatchObject({ code: 'conflict', messageKey: 'packages.errors.periodClosed', params: { date: '2026-08-15', period: '2026-Q3', sequence: 1 } });
    expect(translate('en', 'packages.errors.periodClosed', (e as AppError).params)).toBe(
      'This record is dated 2026-08-15, in the period 2026-Q3, which was closed when package 1 was exported. Give the reason for the change: the period will then need a correction package.',
    );
    expect(ctx.conn.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(audits);
    // A day outside every closed period changes freely.
    await change(ctx, '2026-10-01');
  });

  it('with a reason, audits the change and marks every closed period of that day for correction', async () => {
    const ctx = (await testCtx()) as TestCtx;
    await readyInstitution(ctx);
    await addCleanChildren(ctx);
    await exported(ctx, '2026-Q3');
    await exported(ctx, '2026-09');
    await change(ctx, '2026-09-10', 'Qəbul tarixi sənəddə səhv yazılmışdı');
    const rows = ctx.conn.sqlite.prepare('SELECT period, needs_correction FROM closed_periods ORDER BY period').all();
    expect(rows).toEqual([
      { period: '2026-09', needs_correction: 1 },
      { period: '2026-Q3', needs_correction: 1 },
    ]);
    const entry = ctx.conn.sqlite.prepare("SELECT after FROM audit_log WHERE action = 'period.closed_change'").pluck().get() as string;
    expect(JSON.parse(entry)).toEqual({ day: '2026-09-10', periods: ['2026-09', '2026-Q3'], reason: 'Qəbul tarixi sənəddə səhv yazılmışdı' });
    // The correction package supersedes the period's last package and closes it again.
    const fix = await exported(ctx, '2026-Q3');
    expect([fix.sequence, fix.supersedes]).toEqual([3, 1]);
    expect(ctx.conn.sqlite.prepare("SELECT package_sequence, needs_correction FROM closed_periods WHERE period = '2026-Q3'").get()).toEqual({ package_sequence: 3, needs_correction: 0 });
  });
});
