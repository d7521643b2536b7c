import type { Kysely } from 'kysely';
import type { AssessmentsTable, CareEpisodesTable, DB, ReferralsTable, ResidentsTable } from '../db/types';
import { blankEpisode, decidingBodyOfBasis } from '../care/register';
import { FAMILY_DESTINATIONS, type Destination, type ExitReason } from '../care/schema';
import { ageOn } from '../person/schema';
import { dayOf, isoOf } from './dates';
import { Prng, seededUuidv7 } from './prng';

// The demo children's care history, so that the reports and care's signals show something: every
// child's admission episode (from the register's admission fields, as migration 0006 gave every
// child), an exit for each former child (a day after the admission and before today, with a
// destination and its reason), and for the last three years the gatekeeping record: each admission
// came by a referral assessed before it (an emergency one now and then, assessed within days or
// late), and further referrals ended without an admission (diverted, not admitted) or still open.
// A stream of its own (seed, 'care'): the children never shift. Like the migration's episodes,
// these carry no audit entries of their own (they restate the children's audited records).

const ROWS = 400;
const DESTINATION_WEIGHTS: Record<Destination, number> = {
  biological_family: 42, kinship: 14, guardianship: 8, foster_family: 5, domestic_adoption: 5, international_adoption: 1,
  other_institution: 12, independent_living: 6, death: 1, other: 6,
};
const REASON_OF: Record<Destination, ExitReason> = {
  biological_family: 'family_ready', kinship: 'family_ready', guardianship: 'family_ready', foster_family: 'family_ready',
  domestic_adoption: 'adoption', international_adoption: 'adoption', other_institution: 'transfer', independent_living: 'aged_out',
  death: 'death', other: 'other',
};

export async function writeDemoCare(trx: Kysely<DB>, rows: readonly ResidentsTable[], seed: number, today: string): Promise<void> {
  const rng = new Prng(seed, 'care');
  const ids = new Prng(seed, 'care-ids');
  const todayDay = dayOf(today);
  const since = todayDay - 3 * 365;
  let ms = Date.parse(`${today}T00:00:00Z`) - 10 * 60_000;
  const stamp = () => {
    ms += 1;
    return { id: seededUuidv7(ms, ids), at: new Date(ms).toISOString() };
  };
  const episodes: CareEpisodesTable[] = [];
  const referrals: ReferralsTable[] = [];
  const assessments: AssessmentsTable[] = [];
  const referral = (r: Pick<ReferralsTable, 'last_name' | 'first_name' | 'patronymic' | 'sex' | 'date_of_birth' | 'referred_on'> & Partial<ReferralsTable>) => {
    const s = stamp();
    const row: ReferralsTable = {
      id: s.id, resident_id: null, referrer: rng.weighted({ commission: 50, guardianship: 25, police: 8, health: 7, school: 5, family: 5 }),
      referrer_name: '', reasons: JSON.stringify([rng.weighted({ poverty: 45, abuse_neglect: 15, parent_illness: 15, abandonment: 10, disability: 10, other: 5 })]),
      child_situation: '', family_situation: '', consent: 1, risk_level: rng.weighted({ low: 30, medium: 50, high: 20 }), status: 'referred',
      outcome: null, outcome_on: null, outcome_service: '', outcome_place: '', outcome_reason: '', notes: '', version: 1, created_at: s.at, updated_at: s.at,
      ...r,
    };
    referrals.push(row);
    return row;
  };
  const assess = (referralId: string | null, episodeId: string | null, day: number, recommendation: string) => {
    const s = stamp();
    assessments.push({
      id: s.id, referral_id: referralId, episode_id: episodeId, assessed_on: isoOf(Math.min(day, todayDay)), assessed_by: 'Sosial işçi',
      needs: '{}', recommendation, notes: '', created_at: s.at, updated_at: s.at,
    });
  };

  for (const c of rows) {
    const admitted = dayOf(c.admission_date);
    const placement = c.status === 'day_attendee' ? 'day_care' : 'resident';
    const emergency = admitted >= since && rng.chance(0.1);
    const admission = blankEpisode(new Date(stamp().at), {
      resident_id: c.id, kind: 'admission', started_on: c.admission_date, admission_type: 'new', emergency: emergency ? 1 : 0, placement,
      legal_basis: c.admission_authority, deciding_body: decidingBodyOfBasis(c.admission_basis), decision_number: c.admission_decision_number,
      decision_date: c.admission_decision_date, origin: 'care',
    });
    admission.id = stamp().id;
    if (admitted >= since) {
      const referredOn = emergency ? admitted : Math.max(dayOf(c.date_of_birth), admitted - rng.int(7, 45));
      const ref = referral({
        resident_id: c.id, last_name: c.last_name, first_name: c.first_name, patronymic: c.patronymic, sex: c.sex, date_of_birth: c.date_of_birth,
        referred_on: isoOf(referredOn), status: 'accepted', outcome: placement === 'day_care' ? 'admitted_day_care' : 'admitted_resident',
        outcome_on: c.admission_date,
      });
      admission.referral_id = ref.id;
      const rec = placement === 'day_care' ? 'admit_day_care' : 'admit_resident';
      if (!emergency) assess(ref.id, null, rng.int(referredOn, admitted), rec);
      else if (rng.chance(0.85)) assess(ref.id, null, admitted + (rng.chance(0.8) ? rng.int(0, 6) : rng.int(8, 20)), rec);
    }
    episodes.push(admission);
    if (c.status === 'discharged') {
      const last = Math.min(todayDay - 1, dayOf(c.date_of_birth) + 18 * 365 + 200);
      const exitDay = Math.max(admitted, rng.int(Math.min(admitted + 30, last), last));
      const exitOn = isoOf(exitDay);
      let destination = rng.weighted(DESTINATION_WEIGHTS);
      if (ageOn(c.date_of_birth, exitOn) >= 17 && rng.chance(0.6)) destination = 'independent_living';
      const exit = blankEpisode(new Date(stamp().at), {
        resident_id: c.id, kind: 'exit', started_on: exitOn, destination, exit_reason: REASON_OF[destination],
        deciding_body: FAMILY_DESTINATIONS.includes(destination) ? 'guardianship' : 'commission', decision_number: `${rng.int(1, 300)}/Ç`,
        decision_date: exitOn, origin: 'care',
      });
      exit.id = stamp().id;
      episodes.push(exit);
    }
  }
  // Referrals that ended without an admission (the placements prevented), and a few still open.
  const diverted = Math.round(rows.filter((c) => dayOf(c.admission_date) >= since).length * 0.35);
  for (let i = 0; i < diverted; i++) {
    const day = rng.int(since, todayDay);
    const sex = rng.chance(0.5) ? 'M' : 'F';
    const ref = referral({
      last_name: sex === 'M' ? 'Hüseynov' : 'Hüseynova', first_name: sex === 'M' ? rng.pick(['Murad', 'Elvin', 'Tural', 'Orxan']) : rng.pick(['Aysel', 'Nərmin', 'Leyla', 'Günay']),
      patronymic: sex === 'M' ? 'Elşən oğlu' : 'Elşən qızı', sex, date_of_birth: isoOf(day - rng.int(2 * 365, 15 * 365)), referred_on: isoOf(day),
    });
    const decided = Math.min(todayDay, day + rng.int(3, 30));
    if (decided >= todayDay - 10 && rng.chance(0.7)) continue; // still being assessed
    assess(ref.id, null, rng.int(day, decided), 'family_support');
    const outcome = rng.weighted({ diverted_family_support: 55, diverted_community: 25, not_admitted: 20 });
    Object.assign(ref, {
      status: 'rejected', outcome, outcome_on: isoOf(decided),
      outcome_service: outcome === 'not_admitted' ? '' : outcome === 'diverted_community' ? 'İcma reabilitasiya mərkəzi' : 'Ailəyə dəstək xidməti',
      outcome_reason: outcome === 'not_admitted' ? 'Ailə uşağa özü baxa bilir' : '',
    });
  }
  for (let i = 0; i < referrals.length; i += ROWS) await trx.insertInto('referrals').values(referrals.slice(i, i + ROWS)).execute();
  for (let i = 0; i < episodes.length; i += ROWS / 4) await trx.insertInto('care_episodes').values(episodes.slice(i, i + ROWS / 4)).execute();
  for (let i = 0; i < assessments.length; i += ROWS) await trx.insertInto('assessments').values(assessments.slice(i, i + ROWS)).execute();
}
