import type { Kysely } from 'kysely';
import type { Ctx } from '../context';
import type {
  AssessmentsTable, CareEpisodesTable, CaseGoalsTable, CasePlansTable, CaseReviewsTable, DB, FollowUpVisitsTable, ReferralsTable,
  RelativesTable, ResidentsTable,
} from '../db/types';
import { appendAuditMany, type AuditInput } from '../audit/audit';
import { dayOf, isoOf } from '../demo/dates';
import { FEMALE_NAMES, MALE_NAMES } from '../demo/names';
import { seededUuidv7, type Prng } from '../demo/prng';
import { addYears } from '../person/schema';
import { blankEpisode, decidingBodyOfBasis } from './register';
import { FOLLOW_UP_MONTHS } from './episodes';
import { addDays, addMonths, FAMILY_DESTINATIONS, type Destination, type ExitReason, type ReferralReason } from './schema';

// The demo institution's care records, reproducible from the seed (a stream of their own): every
// child's admission from its admission fields with the referral and assessment before it, exits of
// every kind over the past three years (discharged children), leaves and missing episodes, relatives,
// case plans with reviews, follow-up visits after family exits, and referrals that were diverted or
// not admitted — so that every care signal and tally shows something.

const DESTINATION_WEIGHTS: Record<Destination, number> = {
  biological_family: 30, kinship: 14, guardianship: 10, foster_family: 10, domestic_adoption: 8, international_adoption: 2,
  other_institution: 10, independent_living: 10, death: 1, other: 5,
};
const REASON_OF: Record<Destination, ExitReason> = {
  biological_family: 'family_ready', kinship: 'family_ready', guardianship: 'family_ready', foster_family: 'family_ready',
  domestic_adoption: 'adoption', international_adoption: 'adoption', other_institution: 'transfer', independent_living: 'aged_out',
  death: 'death', other: 'other',
};
const REASONS: ReferralReason[] = ['poverty', 'abuse_neglect', 'abandonment', 'disability', 'parent_illness', 'parent_prison', 'orphaned', 'street', 'school_access'];
const SURNAMES_F = ['Əliyeva', 'Həsənova', 'Məmmədova', 'Quliyeva', 'Hüseynova', 'Abbasova', 'Cəfərova', 'Rzayeva'];
const SURNAMES_M = ['Əliyev', 'Həsənov', 'Məmmədov', 'Quliyev', 'Hüseynov', 'Abbasov', 'Cəfərov', 'Rzayev'];
const WORKERS = ['Səbinə İsmayılova', 'Nigar Kərimova', 'Rəşad Babayev'];

export interface DemoCareSummary {
  referrals: number;
  episodes: number;
  relatives: number;
  plans: number;
  visits: number;
  auditEntries: number;
}

const EPISODE_ACTION: Record<string, string> = { admission: 'care.admission', leave: 'care.leave', missing: 'care.missing', exit: 'care.exit' };
const BATCH = 200;
const minDay = (a: string, b: string) => (a < b ? a : b);
async function insertAll<T extends keyof DB>(trx: Kysely<DB>, table: T, rows: readonly object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await trx.insertInto(table).values(rows.slice(i, i + BATCH) as never).execute();
}

export async function writeDemoCare(trx: Kysely<DB>, ctx: Ctx, rng: Prng, children: readonly ResidentsTable[], today: string): Promise<DemoCareSummary> {
  const now = ctx.now();
  const at = now.toISOString();
  const id = () => seededUuidv7(now.getTime(), rng);
  const day = (lo: string, hi: string) => isoOf(rng.int(dayOf(lo), Math.max(dayOf(lo), dayOf(hi))));
  const threeYearsAgo = addYears(today, -3);
  const referrals: ReferralsTable[] = [];
  const assessments: AssessmentsTable[] = [];
  const episodes: CareEpisodesTable[] = [];
  const relatives: RelativesTable[] = [];
  const plans: CasePlansTable[] = [];
  const goals: CaseGoalsTable[] = [];
  const reviews: CaseReviewsTable[] = [];
  const visits: FollowUpVisitsTable[] = [];
  const audits: AuditInput[] = [];

  const referral = (c: { last: string; first: string; patronymic: string; sex: 'M' | 'F'; dob: string | null }, on: string, residentId: string | null) => {
    const r: ReferralsTable = {
      id: id(), resident_id: residentId, last_name: c.last, first_name: c.first, patronymic: c.patronymic, sex: c.sex, date_of_birth: c.dob,
      referred_on: on, referrer: rng.pick(['commission', 'guardianship', 'police', 'health', 'school', 'family'] as const), referrer_name: '',
      reasons: JSON.stringify([rng.pick(REASONS), ...(rng.chance(0.4) ? [rng.pick(REASONS)] : [])].filter((x, i, a) => a.indexOf(x) === i)),
      child_situation: '', family_situation: '', consent: 1, risk_level: rng.pick(['low', 'medium', 'high'] as const), status: 'referred',
      outcome: null, outcome_on: null, outcome_service: '', outcome_place: '', outcome_reason: '', notes: '', version: 1, created_at: at, updated_at: at,
    };
    referrals.push(r);
    audits.push({ action: 'referral.create', entity: 'referral', entityId: r.id, after: { residentId, referredOn: on } });
    return r;
  };
  const assess = (referralId: string | null, episodeId: string | null, on: string, recommendation: string) => {
    const a: AssessmentsTable = {
      id: id(), referral_id: referralId, episode_id: episodeId, assessed_on: on, assessed_by: rng.pick(WORKERS),
      needs: JSON.stringify({ family: 'Ailənin vəziyyəti qiymətləndirilib' }), recommendation, notes: '', created_at: at, updated_at: at,
    };
    assessments.push(a);
    audits.push({ action: 'assessment.create', entity: 'assessment', entityId: a.id, after: { referralId, episodeId, assessedOn: on } });
  };
  const episode = (e: CareEpisodesTable) => {
    episodes.push(e);
    audits.push({ action: EPISODE_ACTION[e.kind]!, entity: 'care_episode', entityId: e.id, after: { residentId: e.resident_id, kind: e.kind, startedOn: e.started_on } });
    return e;
  };

  let emergencyOverdue = 0;
  let missingNow = 0;
  let expiringOrders = 0;
  for (const c of children) {
    const discharged = c.status === 'discharged';
    const recent = c.admission_date >= threeYearsAgo;
    // The referral and assessment before a recent admission; older admissions predate the records.
    const emergency = recent && rng.chance(0.12);
    let ref: ReferralsTable | null = null;
    if (recent) {
      const on = isoOf(Math.max(dayOf(c.date_of_birth), dayOf(c.admission_date) - rng.int(3, 40)));
      ref = referral({ last: c.last_name, first: c.first_name, patronymic: c.patronymic, sex: c.sex, dob: c.date_of_birth }, on, c.id);
      Object.assign(ref, { status: 'accepted', outcome: c.status === 'day_attendee' ? 'admitted_day_care' : 'admitted_resident', outcome_on: c.admission_date });
    }
    const admission = episode(blankEpisode(now, {
      id: id(), resident_id: c.id, kind: 'admission', started_on: c.admission_date, admission_type: rng.chance(0.08) ? 'transfer_in' : 'new',
      emergency: emergency ? 1 : 0, placement: c.status === 'day_attendee' ? 'day_care' : 'resident', referral_id: ref?.id ?? null,
      legal_basis: c.admission_authority, deciding_body: decidingBodyOfBasis(c.admission_basis), decision_number: c.admission_decision_number,
      decision_date: c.admission_decision_date, created_at: at, updated_at: at,
    }));
    // An order with an end date for about a third; a few end within the month, one has passed.
    if (!discharged && rng.chance(0.3)) {
      const months = rng.pick([6, 12, 24, 36]);
      let expires = addMonths(c.admission_date, months);
      if (expires < today) expires = addMonths(expires, Math.ceil((dayOf(today) - dayOf(expires)) / 365) * 12);
      if (expiringOrders < 3) {
        expires = addDays(today, expiringOrders === 0 ? -5 : rng.int(3, 28));
        expiringOrders++;
      }
      Object.assign(admission, { order_months: months, order_expires_on: expires < c.admission_date ? addDays(c.admission_date, 1) : expires });
    }
    if (ref) {
      const overdue = emergency && !discharged && emergencyOverdue < 2 && dayOf(today) - dayOf(c.admission_date) > 7;
      if (overdue) emergencyOverdue++;
      else assess(ref.id, null, emergency ? minDay(addDays(c.admission_date, rng.int(1, 6)), today) : isoOf(Math.max(dayOf(ref.referred_on), dayOf(c.admission_date) - rng.int(1, 3))), c.status === 'day_attendee' ? 'admit_day_care' : 'admit_resident');
    }
    const span = dayOf(today) - dayOf(c.admission_date);
    // The family: a mother nearly always, a father often.
    for (const rel of ['mother', 'father'] as const) {
      if (rel === 'father' && !rng.chance(0.6)) continue;
      const female = rel === 'mother';
      const deprived = c.legal_status === 'parents_deprived';
      const alive = c.legal_status === 'orphan' ? 'no' : rng.chance(0.9) ? 'yes' : 'unknown';
      const r: RelativesTable = {
        id: id(), resident_id: c.id, relation: rel, last_name: female ? rng.pick(SURNAMES_F) : c.last_name.replace(/a$/, ''),
        first_name: rng.pick(female ? FEMALE_NAMES : MALE_NAMES), patronymic: '', sex: female ? 'F' : 'M',
        date_of_birth: addYears(c.date_of_birth, -rng.int(20, 40)), alive, parental_rights: deprived ? 'deprived' : rng.chance(0.1) ? 'restricted' : 'intact',
        address: `${rng.pick(['Bakı', 'Sumqayıt', 'Gəncə', 'Şirvan'])}, ${rng.int(1, 120)} saylı ev`, phone: `+994 50 ${rng.int(100, 999)} ${rng.int(10, 99)} ${rng.int(10, 99)}`,
        address_restricted: deprived && rng.chance(0.3) ? 1 : 0, is_caregiver: 0, willing_to_care: rng.pick(['yes', 'no', 'unknown'] as const),
        able_to_care: rng.pick(['yes', 'no', 'unknown'] as const), barriers: '', contact_frequency: rng.pick(['none', 'weekly', 'monthly', 'quarterly', 'irregular'] as const),
        last_contact_on: alive === 'yes' && rng.chance(0.7) ? day(addDays(today, -200), today) : null,
        child_knows: 'yes', child_wants_to_live: rng.pick(['yes', 'no', 'unknown'] as const), sibling_resident_id: null, notes: '', version: 1, created_at: at, updated_at: at,
        contact_restricted: 0, restriction_decision_number: '', restriction_decision_date: null, restriction_decided_by: '',
      };
      // A parent whose address is hidden also has contact restricted, by the court, from the admission.
      if (r.address_restricted === 1) {
        Object.assign(r, { contact_restricted: 1, restriction_decision_number: `2(${relatives.length + 101})-${c.admission_date.slice(2, 4)}`, restriction_decision_date: c.admission_date, restriction_decided_by: 'court' });
      }
      relatives.push(r);
      audits.push({ action: 'relative.create', entity: 'relative', entityId: r.id, after: { residentId: c.id, relation: rel } });
    }
    if (!discharged) {
      // A leave now and then in the past three years, back on time.
      if (span > 30 && rng.chance(0.3)) {
        const start = day(c.admission_date > threeYearsAgo ? addDays(c.admission_date, 10) : threeYearsAgo, addDays(today, -20));
        const back = addDays(start, rng.int(2, 14));
        episode(blankEpisode(now, { id: id(), resident_id: c.id, kind: 'leave', started_on: start, ended_on: back, leave_reason: rng.pick(['family_visit', 'holiday', 'medical'] as const), expected_return_on: back, created_at: at, updated_at: at }));
      }
      // A few children away today: on leave, or missing (one for more than a day and not reported).
      if (missingNow < 2 && span > 60 && rng.chance(0.1)) {
        const noticed = new Date(now.getTime() - (missingNow === 0 ? 30 : 6) * 3_600_000).toISOString();
        episode(blankEpisode(now, {
          id: id(), resident_id: c.id, kind: 'missing', started_on: noticed.slice(0, 10), noticed_at: noticed, authorised: 0,
          reported_to: missingNow === 0 ? '' : 'Polis, 22-ci şöbə', reported_at: missingNow === 0 ? null : noticed, created_at: at, updated_at: at,
        }));
        missingNow++;
      } else if (span > 60 && rng.chance(0.04)) {
        const start = addDays(today, -rng.int(1, 5));
        episode(blankEpisode(now, { id: id(), resident_id: c.id, kind: 'leave', started_on: start, leave_reason: 'family_visit', expected_return_on: addDays(today, rng.int(1, 5)), created_at: at, updated_at: at }));
      }
      // A case plan for most, reviewed every three months; some reviews late, a few awaiting approval.
      if (rng.chance(0.7)) {
        const age = dayOf(today) - dayOf(c.date_of_birth);
        const kind = age >= 16 * 365.25 + 400 && rng.chance(0.6) ? 'transition' : rng.chance(0.5) ? 'reintegration' : 'care';
        const start = day(c.admission_date > addDays(today, -400) ? c.admission_date : addDays(today, -400), addDays(today, -20));
        const p: CasePlansTable = {
          id: id(), resident_id: c.id, kind, started_on: start, ends_on: null, status: 'active', responsible: rng.pick(WORKERS), review_months: 3,
          next_review_on: addMonths(start, 3), readiness: JSON.stringify(kind === 'transition' ? { documents: rng.chance(0.7), housing: rng.chance(0.3), income: rng.chance(0.3), skills: rng.chance(0.6), contact: rng.chance(0.5) } : {}),
          approval: rng.chance(0.06) ? 'requested' : rng.chance(0.5) ? 'approved' : null, approved_by: null, approved_at: null, notes: '', version: 1, created_at: at, updated_at: at,
        };
        plans.push(p);
        goals.push({ id: id(), plan_id: p.id, domain: kind === 'transition' ? 'economic' : 'family', goal: kind === 'transition' ? 'Müstəqil yaşamağa hazırlıq' : 'Ailə ilə müntəzəm əlaqə', target: 'Hər ay ən azı 2 görüş', responsible: p.responsible, due_on: addMonths(start, 6), status: 'open', created_at: at, updated_at: at });
        audits.push({ action: 'plan.create', entity: 'case_plan', entityId: p.id, after: { residentId: c.id, kind, startedOn: start } });
        const late = rng.chance(0.15);
        for (let r = addMonths(start, 3); r < today && !(late && addMonths(r, 3) >= today); r = addMonths(r, 3)) {
          const rv: CaseReviewsTable = { id: id(), plan_id: p.id, reviewed_on: r, participants: `Uşaq, ${p.responsible}`, progress: '{}', child_view: 'Fikrini bildirib', decision: 'Plan davam edir', next_review_on: addMonths(r, 3), created_at: at, updated_at: at };
          reviews.push(rv);
          audits.push({ action: 'plan.review', entity: 'case_plan', entityId: p.id, after: { reviewedOn: r } });
          p.next_review_on = rv.next_review_on;
        }
      }
      continue;
    }
    // Discharged: an exit within the past three years, after the admission, to one destination or another.
    const from = c.admission_date > threeYearsAgo ? addDays(c.admission_date, 30) : threeYearsAgo;
    const exitOn = day(from < today ? from : addDays(today, -1), addDays(today, -1));
    const destination = rng.weighted(DESTINATION_WEIGHTS);
    const exit = episode(blankEpisode(now, {
      id: id(), resident_id: c.id, kind: 'exit', started_on: exitOn < c.admission_date ? c.admission_date : exitOn, destination, exit_reason: REASON_OF[destination],
      destination_address: FAMILY_DESTINATIONS.includes(destination) ? `${rng.pick(['Bakı', 'Sumqayıt', 'Gəncə'])}, ${rng.int(1, 200)} saylı ev` : '',
      home_kind: '', deciding_body: 'guardianship', decision_number: `Q-${rng.int(10, 999)}`, decision_date: exitOn, created_at: at, updated_at: at,
    }));
    if (FAMILY_DESTINATIONS.includes(destination)) {
      for (const m of FOLLOW_UP_MONTHS) {
        const due = addMonths(exit.started_on, m);
        const done = due < addDays(today, -20) || (due < today && rng.chance(0.6));
        visits.push({
          id: id(), resident_id: c.id, exit_id: exit.id, due_on: due, month_offset: m, visited_on: done ? due : null, seen: done ? 1 : null, not_seen_reason: '',
          placement_status: done ? rng.pick(['going_well', 'going_well', 'concerns'] as const) : null, services: done ? JSON.stringify(['family_support']) : '[]',
          outcome: done && m === 12 ? (rng.chance(0.9) ? 'stable' : 'breakdown') : null, next_visit_on: null, notes: '', created_at: at, updated_at: at,
        });
      }
    }
  }
  // Referrals that never became an admission: the placements prevented, and a few still open.
  const extra = Math.max(3, Math.round(children.length / 5));
  for (let i = 0; i < extra; i++) {
    const sex = rng.chance(0.5) ? 'F' : 'M';
    const on = day(threeYearsAgo, addDays(today, -1));
    const r = referral({
      last: rng.pick(sex === 'F' ? SURNAMES_F : SURNAMES_M), first: rng.pick(sex === 'F' ? FEMALE_NAMES : MALE_NAMES), patronymic: '', sex,
      dob: addYears(on, -rng.int(2, 16)),
    }, on, null);
    if (on > addDays(today, -14) && rng.chance(0.5)) continue; // still open
    assess(r.id, null, addDays(on, rng.int(1, 7)) > today ? on : addDays(on, rng.int(1, 7)), 'family_support');
    const outcome = rng.weighted({ diverted_family_support: 6, diverted_community: 3, not_admitted: 1 } as const);
    Object.assign(r, {
      status: 'rejected', outcome, outcome_on: addDays(on, 7) > today ? today : addDays(on, 7),
      outcome_service: outcome === 'not_admitted' ? '' : outcome === 'diverted_family_support' ? 'Ailəyə dəstək xidməti' : 'Günərzi icma mərkəzi',
      outcome_reason: outcome === 'not_admitted' ? 'Qəbul üçün əsas yoxdur' : '',
    });
  }

  // Siblings on the register, linked both ways: some together in one group, some apart (another
  // group, or one gone home while the other stays), so that siblings_apart shows something.
  const here = children.filter((c) => c.status !== 'discharged');
  const gone = children.filter((c) => c.status === 'discharged');
  const pairs: Array<[ResidentsTable, ResidentsTable]> = [];
  const byGroup = new Map<string, ResidentsTable[]>();
  for (const c of here) byGroup.set(c.group_name, [...(byGroup.get(c.group_name) ?? []), c]);
  const sameGroup = [...byGroup.values()].find((g) => g.length >= 2);
  if (sameGroup) pairs.push([sameGroup[0]!, sameGroup[1]!]);
  const a = here.find((c) => !pairs.flat().includes(c));
  const b = a && here.find((c) => c.group_name !== a.group_name && !pairs.flat().includes(c));
  if (a && b) pairs.push([a, b]);
  const c3 = here.find((c) => !pairs.flat().includes(c));
  if (c3 && gone[0]) pairs.push([c3, gone[0]]);
  for (const [x, y] of pairs) {
    for (const [child, sib] of [[x, y], [y, x]] as const) {
      const r: RelativesTable = {
        id: id(), resident_id: child.id, relation: 'sibling', last_name: sib.last_name, first_name: sib.first_name, patronymic: sib.patronymic, sex: sib.sex,
        date_of_birth: sib.date_of_birth, alive: 'yes', parental_rights: null, address: '', phone: '', address_restricted: 0, is_caregiver: 0,
        willing_to_care: 'unknown', able_to_care: 'unknown', barriers: '', contact_frequency: 'weekly', last_contact_on: null, child_knows: 'yes',
        child_wants_to_live: 'yes', sibling_resident_id: sib.id, notes: '', version: 1, created_at: at, updated_at: at,
        contact_restricted: 0, restriction_decision_number: '', restriction_decision_date: null, restriction_decided_by: '',
      };
      relatives.push(r);
      audits.push({ action: 'relative.create', entity: 'relative', entityId: r.id, after: { residentId: child.id, relation: 'sibling', siblingResidentId: sib.id } });
    }
  }

  await insertAll(trx, 'referrals', referrals);
  await insertAll(trx, 'care_episodes', episodes);
  await insertAll(trx, 'assessments', assessments);
  await insertAll(trx, 'relatives', relatives);
  await insertAll(trx, 'case_plans', plans);
  await insertAll(trx, 'case_goals', goals);
  await insertAll(trx, 'case_reviews', reviews);
  await insertAll(trx, 'follow_up_visits', visits);
  await appendAuditMany(trx, ctx, audits);
  return { referrals: referrals.length, episodes: episodes.length, relatives: relatives.length, plans: plans.length, visits: visits.length, auditEntries: audits.length };
}
