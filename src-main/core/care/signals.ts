import type { DashboardSource, SignalDef, TallyDef, TallyRow } from '../dashboard/signal';
import type { ReadDb } from '../db/read';
import { addYears } from '../person/schema';
import { currentAdmissions } from './queries';
import { ADMISSION_TYPE_LABEL, DESTINATION_LABEL, OUTCOME_LABEL } from './i18n/labels';
import { addDays, addMonths, ADMISSION_TYPES, DEFAULT_ASSESSMENT_DAYS, DESTINATIONS, FAMILY_DESTINATIONS, OUTCOMES } from './schema';

// Care's signals on the dashboard, all computed from the episodes (never from a typed status),
// and the quarter's tallies: referrals by outcome, admissions by type, exits by destination.

export const LONG_STAY_YEARS = 2;
export const ORDER_WARNING_DAYS = 30;
export const MISSING_REPORT_HOURS = 24;
export const TURNING_18_MONTHS = 12;
/** Siblings who both left care are still shown apart for this long after the later exit. */
export const SIBLINGS_APART_MONTHS = 12;

/** Days an emergency admission may wait for its assessment: settings `care.assessmentDays`, default 7. */
export async function assessmentDays(db: ReadDb): Promise<number> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', 'care.assessmentDays').executeTakeFirst();
  const v = row ? Number(JSON.parse(row.value)) : NaN;
  return Number.isInteger(v) && v > 0 ? v : DEFAULT_ASSESSMENT_DAYS;
}

const ids = (rows: Array<{ resident_id: string }>) => {
  const out = [...new Set(rows.map((r) => r.resident_id))];
  return { count: out.length, residentIds: out };
};

const emergencyWithoutAssessment: SignalDef = {
  kind: 'emergency_assessment_overdue',
  label: 'care.signals.emergencyAssessmentOverdue',
  permission: 'care.read',
  level: 'action',
  async compute(db, today) {
    const days = await assessmentDays(db);
    const due = (await currentAdmissions(db, today)).filter((a) => a.emergency === 1 && addDays(a.started_on, days) < today);
    if (due.length === 0) return { count: 0, residentIds: [] };
    const assessed = await db
      .selectFrom('assessments')
      .select(['episode_id', 'referral_id'])
      .where((eb) => eb.or([
        eb('episode_id', 'in', due.map((a) => a.id)),
        eb('referral_id', 'in', [...due.map((a) => a.referral_id).filter((x): x is string => x !== null), '']),
      ]))
      .execute();
    const done = new Set(assessed.flatMap((a) => [a.episode_id, a.referral_id]).filter(Boolean));
    return ids(due.filter((a) => !done.has(a.id) && !(a.referral_id && done.has(a.referral_id))));
  },
};

const orderExpired: SignalDef = {
  kind: 'order_expired',
  label: 'care.signals.orderExpired',
  permission: 'care.read',
  level: 'action',
  async compute(db, today) {
    return ids((await currentAdmissions(db, today)).filter((a) => a.order_expires_on !== null && a.order_expires_on < today));
  },
};

const orderExpiring: SignalDef = {
  kind: 'order_expiring',
  label: 'care.signals.orderExpiring',
  permission: 'care.read',
  level: 'warning',
  async compute(db, today) {
    const until = addDays(today, ORDER_WARNING_DAYS);
    return ids((await currentAdmissions(db, today)).filter((a) => a.order_expires_on !== null && a.order_expires_on >= today && a.order_expires_on <= until));
  },
};

const missingUnreported: SignalDef = {
  kind: 'missing_unreported',
  label: 'care.signals.missingUnreported',
  permission: 'care.read',
  level: 'action',
  async compute(db, _today, ctx) {
    const before = new Date(ctx.now().getTime() - MISSING_REPORT_HOURS * 3_600_000).toISOString();
    const rows = await db
      .selectFrom('care_episodes')
      .select('resident_id')
      .where('kind', '=', 'missing')
      .where('voided_at', 'is', null)
      .where('ended_on', 'is', null)
      .where('reported_at', 'is', null)
      .where('noticed_at', '<=', before)
      .execute();
    return ids(rows);
  },
};

const turning18: SignalDef = {
  kind: 'turning_18',
  label: 'care.signals.turning18',
  permission: 'care.read',
  level: 'warning',
  async compute(db, today) {
    const inCare = (await currentAdmissions(db, today)).map((a) => a.resident_id);
    if (inCare.length === 0) return { count: 0, residentIds: [] };
    const until = addMonths(today, TURNING_18_MONTHS);
    const rows = await db
      .selectFrom('residents as r')
      .select('r.id as resident_id')
      .where('r.id', 'in', inCare)
      // 18 on a day from today to a year from now: born between those days 18 years earlier
      .where('r.date_of_birth', '>', addYears(today, -18))
      .where('r.date_of_birth', '<=', addYears(until, -18))
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('case_plans as p').select('p.id').whereRef('p.resident_id', '=', 'r.id').where('p.kind', '=', 'transition').where('p.status', '=', 'active'))),
      )
      .execute();
    return ids(rows);
  },
};

const longStay: SignalDef = {
  kind: 'long_stay',
  label: 'care.signals.longStay',
  permission: 'care.read',
  level: 'warning',
  async compute(db, today) {
    const since = addYears(today, -LONG_STAY_YEARS);
    return ids((await currentAdmissions(db, today)).filter((a) => a.placement === 'resident' && a.started_on < since));
  },
};

const followUpOverdue: SignalDef = {
  kind: 'follow_up_overdue',
  label: 'care.signals.followUpOverdue',
  permission: 'care.read',
  level: 'warning',
  async compute(db, today) {
    const rows = await db
      .selectFrom('follow_up_visits')
      .select('resident_id')
      .where('visited_on', 'is', null)
      .where('outcome', 'is', null)
      .where('due_on', '<', today)
      .execute();
    return ids(rows);
  },
};

const reviewOverdue: SignalDef = {
  kind: 'review_overdue',
  label: 'care.signals.reviewOverdue',
  permission: 'care.read',
  level: 'action',
  async compute(db, today) {
    const inCare = (await currentAdmissions(db, today)).map((a) => a.resident_id);
    if (inCare.length === 0) return { count: 0, residentIds: [] };
    const rows = await db
      .selectFrom('case_plans')
      .select('resident_id')
      .where('status', '=', 'active')
      .where('next_review_on', '<', today)
      .where('resident_id', 'in', inCare)
      .execute();
    return ids(rows);
  },
};

const approvalPending: SignalDef = {
  kind: 'approval_pending',
  label: 'care.signals.approvalPending',
  permission: 'care.read',
  level: 'action',
  async compute(db) {
    const plans = await db.selectFrom('case_plans').select('resident_id').where('approval', '=', 'requested').where('status', '!=', 'closed').execute();
    const exits = await db.selectFrom('care_episodes').select('resident_id').where('approval', '=', 'requested').where('voided_at', 'is', null).execute();
    return ids([...plans, ...exits]);
  },
};

/**
 * Siblings placed or leaving apart: pairs linked through relatives.sibling_resident_id where one
 * is in care and the other is not, or both are in care in different groups, or both left to a
 * different destination (or the same kind of home at a different address). A pair both of whom
 * left more than 12 months ago is history, not an action. Both children are listed.
 */
const siblingsApart: SignalDef = {
  kind: 'siblings_apart',
  label: 'care.signals.siblingsApart',
  permission: 'care.read',
  level: 'warning',
  async compute(db, today) {
    const links = await db.selectFrom('relatives').select(['resident_id', 'sibling_resident_id']).where('sibling_resident_id', 'is not', null).execute();
    if (links.length === 0) return { count: 0, residentIds: [] };
    const pairs = new Map<string, [string, string]>();
    for (const l of links) {
      const [a, b] = [l.resident_id, l.sibling_resident_id!].sort() as [string, string];
      if (a !== b) pairs.set(`${a}/${b}`, [a, b]);
    }
    const involved = [...new Set([...pairs.values()].flat())];
    const inCare = new Set((await currentAdmissions(db, today)).map((a) => a.resident_id));
    const groups = new Map((await db.selectFrom('residents').select(['id', 'group_name']).where('id', 'in', involved).execute()).map((r) => [r.id, r.group_name.trim()]));
    const exits = await db
      .selectFrom('care_episodes')
      .select(['resident_id', 'started_on', 'destination', 'destination_address'])
      .where('kind', '=', 'exit')
      .where('voided_at', 'is', null)
      .where('resident_id', 'in', involved)
      .orderBy('started_on')
      .execute();
    const lastExit = new Map(exits.map((e) => [e.resident_id, e]));
    const since = addMonths(today, -SIBLINGS_APART_MONTHS);
    const fold = (s: string) => s.trim().toLocaleLowerCase('az').replace(/\s+/g, ' ');
    const apart = new Set<string>();
    for (const [a, b] of pairs.values()) {
      if (!groups.has(a) || !groups.has(b)) continue;
      const ia = inCare.has(a);
      const ib = inCare.has(b);
      let isApart = false;
      if (ia && ib) {
        const ga = groups.get(a)!;
        const gb = groups.get(b)!;
        isApart = ga !== '' && gb !== '' && ga !== gb;
      } else if (ia !== ib) {
        isApart = true;
      } else {
        const ea = lastExit.get(a);
        const eb = lastExit.get(b);
        if (ea && eb && (ea.started_on >= since || eb.started_on >= since)) {
          const addrA = fold(ea.destination_address);
          const addrB = fold(eb.destination_address);
          isApart = ea.destination !== eb.destination || (addrA !== '' && addrB !== '' && addrA !== addrB);
        }
      }
      if (isApart) {
        apart.add(a);
        apart.add(b);
      }
    }
    const out = [...apart].sort();
    return { count: out.length, residentIds: out };
  },
};

function tally<K extends string>(order: readonly K[], labels: Record<K, TallyRow['label']>, counts: Map<string, number>): TallyRow[] {
  return order.filter((k) => (counts.get(k) ?? 0) > 0).map((k) => ({ key: k, label: labels[k], count: counts.get(k)! }));
}

function countBy<T>(rows: T[], key: (r: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + 1);
  return m;
}

const referralsByOutcome: TallyDef = {
  kind: 'referrals_by_outcome',
  label: 'care.signals.referralsByOutcome',
  permission: 'care.read',
  async compute(db, period) {
    const rows = await db.selectFrom('referrals').select('outcome').where('referred_on', '>=', period.start).where('referred_on', '<=', period.end).execute();
    const counts = countBy(rows, (r) => r.outcome ?? 'pending');
    const out = tally(OUTCOMES, OUTCOME_LABEL, counts);
    const pending = counts.get('pending') ?? 0;
    return pending ? [...out, { key: 'pending', label: 'care.signals.pending', count: pending }] : out;
  },
};

const episodesIn = (db: ReadDb, kind: string, period: { start: string; end: string }) =>
  db
    .selectFrom('care_episodes')
    .select(['admission_type', 'emergency', 'destination'])
    .where('kind', '=', kind)
    .where('voided_at', 'is', null)
    .where('started_on', '>=', period.start)
    .where('started_on', '<=', period.end)
    .execute();

const admissionsByType: TallyDef = {
  kind: 'admissions_by_type',
  label: 'care.signals.admissionsByType',
  permission: 'care.read',
  async compute(db, period) {
    const rows = await episodesIn(db, 'admission', period);
    const out = tally(ADMISSION_TYPES, ADMISSION_TYPE_LABEL, countBy(rows, (r) => r.admission_type ?? ''));
    const emergency = rows.filter((r) => r.emergency === 1).length;
    return emergency ? [...out, { key: 'emergency', label: 'care.signals.emergency', count: emergency }] : out;
  },
};

const exitsByDestination: TallyDef = {
  kind: 'exits_by_destination',
  label: 'care.signals.exitsByDestination',
  permission: 'care.read',
  async compute(db, period) {
    const rows = await episodesIn(db, 'exit', period);
    const out = tally(DESTINATIONS, DESTINATION_LABEL, countBy(rows, (r) => r.destination ?? ''));
    const family = rows.filter((r) => FAMILY_DESTINATIONS.includes(r.destination as never)).length;
    return family ? [...out, { key: 'to_family', label: 'care.signals.toFamily', count: family }] : out;
  },
};

export const careSignals: DashboardSource = {
  signals: [emergencyWithoutAssessment, missingUnreported, orderExpired, reviewOverdue, approvalPending, orderExpiring, turning18, longStay, followUpOverdue, siblingsApart],
  tallies: [referralsByOutcome, admissionsByType, exitsByDestination],
};
