import type { Kysely } from 'kysely';
import type { Ctx } from '../context';
import type { DB } from '../db/types';
import type { Audit } from '../db/write';
import { invalid } from '../contract/errors';
import { closedPeriodsOn, guardDatedChange } from '../packages/export/closing';

// Care records in a closed period (its package exported: packages/export/closing.ts). A new care
// record dated in it (episode, return, report, plan, review, follow-up visit) is refused, naming
// its date field, with nothing written; a correction of an episode (edit, void), which always
// gives a reason, goes through with it, audited, and marks the period for a correction package.

/** Refuses (at `path`) a care record dated in a closed period; with a reason, lets it through as a correction. */
export async function guardCareDay(
  trx: Kysely<DB>,
  ctx: Ctx,
  audit: Audit,
  c: { entity: string; entityId: string; day: string | null | undefined; path: string; reason?: string },
): Promise<void> {
  if (!c.day) return;
  const day = c.day.slice(0, 10);
  const closed = await closedPeriodsOn(trx, day);
  if (closed.length === 0) return;
  if (!c.reason?.trim()) {
    const p = closed[0]!;
    throw invalid([{ path: c.path, message: 'care.errors.periodClosed', params: { date: day, period: p.period, sequence: p.package_sequence } }]);
  }
  await guardDatedChange(trx, ctx, audit, { entity: c.entity, entityId: c.entityId, day, reason: c.reason });
}


/** A new care record dated `day`: refused at `path` when the day is in a closed period. */
export async function refuseClosedDay(trx: Kysely<DB>, day: string | null | undefined, path: string): Promise<void> {
  if (!day) return;
  const closed = await closedPeriodsOn(trx, day.slice(0, 10));
  if (closed.length === 0) return;
  const p = closed[0]!;
  throw invalid([{ path, message: 'care.errors.periodClosed', params: { date: day.slice(0, 10), period: p.period, sequence: p.package_sequence } }]);
}
