import type { Kysely } from 'kysely';
import type { Ctx } from '../context';
import type { DB } from '../db/types';
import type { Audit } from '../db/write';
import { closedPeriodsOn, guardDatedChange } from '../packages/export/closing';
import type { ResidentDto } from './schema';

// A child's record in a closed period (its package exported): changing what went into the package
// needs a reason, is audited with it, and marks the period as needing a correction package.

/** Fields that never leave the institution: changing only these touches no package. */
const LOCAL_ONLY: ReadonlySet<string> = new Set(['notes', 'room', 'groupName', 'keyWorker', 'disabilityDiagnosis']);

/** The record's dates that place it in a period (before and after the change). */
function datesOf(before: ResidentDto, after: ResidentDto): string[] {
  const days = [before.admissionDate, after.admissionDate, before.admissionDecisionDate, after.admissionDecisionDate];
  // The admission date first: it is what the message names when the record is closed.
  return [...new Set(days.filter((d): d is string => !!d))];
}

export async function guardClosedResident(
  trx: Kysely<DB>,
  ctx: Ctx,
  audit: Audit,
  change: { id: string; before: ResidentDto; after: ResidentDto; changed: string[]; reason?: string },
): Promise<void> {
  if (change.changed.every((k) => LOCAL_ONLY.has(k))) return;
  const covered = new Set<string>();
  for (const day of datesOf(change.before, change.after)) {
    const periods = (await closedPeriodsOn(trx, day)).map((p) => p.period);
    if (periods.every((p) => covered.has(p))) continue;
    await guardDatedChange(trx, ctx, audit, { entity: 'resident', entityId: change.id, day, reason: change.reason });
    for (const p of periods) covered.add(p);
  }
}
