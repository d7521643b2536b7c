import type { ReadDb } from '../db/read';
import { assessmentDays } from '../care/signals';
import type { ReportPeriod } from './period';
import type { Facts } from './compute';

// The rows the indicators are computed from, read once per report (one snapshot: readTx), each
// table in one query: episodes up to the period's last day, the children they belong to,
// referrals and assessments. Reads care's tables; writes nothing.

export async function readFacts(db: ReadDb, period: ReportPeriod): Promise<Facts> {
  const episodes = await db
    .selectFrom('care_episodes')
    .select(['id', 'resident_id', 'kind', 'started_on', 'created_at', 'admission_type', 'emergency', 'placement', 'referral_id',
      'deciding_body', 'destination', 'exit_reason'])
    .where('kind', 'in', ['admission', 'exit'])
    .where('voided_at', 'is', null)
    .where('started_on', '<=', period.end)
    .execute();
  const residents = await db
    .selectFrom('residents')
    .select(['id', 'sex', 'date_of_birth', 'disability'])
    .execute();
  const referrals = await db
    .selectFrom('referrals')
    .select(['id', 'resident_id', 'referred_on', 'outcome', 'outcome_on'])
    .where('referred_on', '<=', period.end)
    .execute();
  const assessments = await db
    .selectFrom('assessments')
    .select(['referral_id', 'episode_id', 'assessed_on'])
    .execute();
  return {
    episodes: episodes.map((e) => ({
      id: e.id, residentId: e.resident_id, kind: e.kind as 'admission' | 'exit', started_on: e.started_on, created_at: e.created_at,
      admissionType: e.admission_type, emergency: e.emergency === 1, placement: e.placement, referralId: e.referral_id,
      decidingBody: e.deciding_body, destination: e.destination, exitReason: e.exit_reason,
    })),
    residents: residents.map((r) => ({ id: r.id, sex: r.sex, dateOfBirth: r.date_of_birth, disability: r.disability === 1 })),
    referrals: referrals.map((r) => ({ id: r.id, residentId: r.resident_id, referredOn: r.referred_on, outcome: r.outcome, outcomeOn: r.outcome_on })),
    assessments: assessments.map((a) => ({ referralId: a.referral_id, episodeId: a.episode_id, assessedOn: a.assessed_on })),
    assessmentDays: await assessmentDays(db),
  };
}
