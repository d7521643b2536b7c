import type { Kysely } from 'kysely';
import type { Ctx } from '../../context';
import type { DB } from '../../db/types';
import type { Audit } from '../../db/write';
import { AppError } from '../../contract/errors';
import type { Period } from '../format/period';
import type { ClosedPeriodDto } from '../schema';
import type { ReadDb } from '../../db/read';

// Closing a period: once its package is exported, the records dated in it are closed. Changing
// one needs a reason; the change is audited and marks the period as needing a correction (a new
// package of the period, with the next sequence, that supersedes the last one). Services that
// write dated records call `guardDatedChange` inside their write transaction.

/** Closes the period for the package just recorded (in the export's transaction). */
export async function closePeriod(trx: Kysely<DB>, period: Period, sequence: number, at: string): Promise<void> {
  await trx
    .insertInto('closed_periods')
    .values({ period: period.label, start_date: period.start, end_date: period.end, package_sequence: sequence, needs_correction: 0, closed_at: at, updated_at: at })
    .onConflict((oc) => oc.column('period').doUpdateSet({ package_sequence: sequence, needs_correction: 0, updated_at: at }))
    .execute();
}

/** The closed periods that contain a day (a month and its quarter may both be closed). */
export function closedPeriodsOn(db: ReadDb, day: string) {
  return db
    .selectFrom('closed_periods')
    .selectAll()
    .where('start_date', '<=', day)
    .where('end_date', '>=', day)
    .orderBy('package_sequence', 'desc')
    .execute();
}

/**
 * Before changing a record dated `day`: refused, with the exact reason, when the day is in a
 * closed period and no reason is given; with a reason, the periods are marked as needing a
 * correction and the change is audited with it. Call inside the write transaction.
 */
export async function guardDatedChange(
  trx: Kysely<DB>,
  ctx: Ctx,
  audit: Audit,
  change: { entity: string; entityId: string; day: string; reason?: string | null },
): Promise<void> {
  const closed = await closedPeriodsOn(trx, change.day);
  if (closed.length === 0) return;
  const reason = change.reason?.trim() ?? '';
  if (reason === '') {
    const c = closed[0]!;
    throw new AppError(
      'conflict',
      'packages.errors.periodClosed',
      { date: change.day, period: c.period, sequence: c.package_sequence },
      [{ path: 'reason', message: 'packages.validation.reasonRequired' }],
    );
  }
  const at = ctx.now().toISOString();
  for (const c of closed) {
    await trx.updateTable('closed_periods').set({ needs_correction: 1, updated_at: at }).where('period', '=', c.period).execute();
  }
  await audit({
    action: 'period.closed_change',
    entity: change.entity,
    entityId: change.entityId,
    after: { day: change.day, periods: closed.map((c) => c.period), reason },
  });
}

export async function listClosedPeriods(ctx: Ctx): Promise<ClosedPeriodDto[]> {
  const rows = await ctx.db.selectFrom('closed_periods').selectAll().orderBy('start_date', 'desc').orderBy('period').execute();
  return rows.map((r) => ({
    period: r.period,
    start: r.start_date,
    end: r.end_date,
    packageSequence: r.package_sequence,
    needsCorrection: r.needs_correction === 1,
    closedAt: r.closed_at,
  }));
}
