import type { Ctx } from '../context';
import { writeTx } from '../db/write';
import { startMissingIn } from '../care/episodes';
import { createIncidentIn } from './incidents';
import type { MissingFromCare, MissingOpened } from './schema';

// A child marked missing on the roll call: care's missing-from-care episode for each child and
// one incident (kind missing_from_care) naming them all, in one call and one transaction — either
// everything is written with its audit entries, or nothing (a child already away or not in care
// that day is refused as care and the incidents refuse it). Caregivers may open it (daily.write):
// they are the ones who find a child missing; the rest of the episode (the report to the police,
// the return) stays with care.

export async function openMissing(ctx: Ctx, input: MissingFromCare): Promise<MissingOpened> {
  return writeTx(ctx, async (trx, audit) => {
    const incident = await createIncidentIn(trx, ctx, {
      date: input.date,
      time: input.time,
      place: input.place,
      kind: 'missing_from_care',
      severity: input.severity,
      policeInvolved: input.policeInvolved,
      residentIds: input.residentIds,
      whatHappened: input.whatHappened,
      actionsTaken: input.actionsTaken,
      notifications: [],
    });
    const episodeIds: string[] = [];
    for (const residentId of [...new Set(input.residentIds)]) {
      const e = await startMissingIn(trx, ctx, audit, {
        residentId,
        noticedAt: input.noticedAt,
        authorised: false,
        reportedTo: input.reportedTo,
        reportedAt: input.reportedTo ? input.noticedAt : null,
        notes: input.whatHappened,
      });
      episodeIds.push(e.id);
    }
    return { incident, episodeIds };
  });
}
