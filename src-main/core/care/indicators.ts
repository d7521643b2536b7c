import { oncePerSnapshot, type ReadDb } from '../db/read';
import { ageOn } from '../person/schema';
import type { MessageKey } from '../i18n/keys';
import { daysBetween } from '../reports/period';
import { shareOf, spreadOf, Tally, type IndicatorSectionDef, type IndicatorSource, type SectionRow } from '../reports/source';
import { FOLLOW_UP_OUTCOME_LABEL } from './i18n/labels';
import { addMonths, FAMILY_DESTINATIONS, FOLLOW_UP_OUTCOMES, type Destination } from './schema';

// Care's indicators (definitions: docs/DESIGN.md, "Indicators"): re-entry after an exit to a
// family, follow-up outcomes at 6 and 12 months, current case plans, placement reviews on time,
// children turning 18, missing-from-care episodes. Population, referrals, admissions and exits
// are the reports' built-in indicators (core/reports/compute.ts).

const row = (cell: string, label: MessageKey, extra: Partial<SectionRow> = {}): SectionRow => ({ cell, label, format: 'count', ...extra });
const isFamily = (d: string | null) => d !== null && FAMILY_DESTINATIONS.includes(d as Destination);

const reentry: IndicatorSectionDef = {
  id: 'reentry',
  title: 'reports.sections.reentry',
  rows: () => [
    row('admissions', 'reports.rows.admissionsTotal'),
    row('reentered', 'reports.rows.reentered'),
    { cell: 'share', label: 'reports.rows.reentered', format: 'share', base: 'admissions' },
  ],
  async compute(_db, { period, facts, residents }) {
    const t = new Tally();
    const byChild = new Map<string, typeof facts.episodes>();
    for (const e of facts.episodes) {
      if (!residents.has(e.residentId)) continue;
      const list = byChild.get(e.residentId) ?? [];
      list.push(e);
      byChild.set(e.residentId, list);
    }
    for (const list of byChild.values()) {
      for (const a of list) {
        if (a.kind !== 'admission' || a.started_on < period.start || a.started_on > period.end) continue;
        t.add('admissions', a.residentId, a.started_on);
        const before = list.filter((e) => e.kind === 'exit' && e.started_on <= a.started_on && e.id !== a.id)
          .sort((x, y) => (x.started_on < y.started_on ? 1 : -1))[0];
        if (before && isFamily(before.destination) && before.started_on >= addMonths(a.started_on, -12)) t.add('reentered', a.residentId, a.started_on);
      }
    }
    t.set('share', shareOf(t.count('reentered'), t.count('admissions')));
    return t;
  },
};

const FOLLOW_UP_AT = [6, 12] as const;
const followUp: IndicatorSectionDef = {
  id: 'followUp',
  title: 'reports.sections.followUp',
  rows: () => FOLLOW_UP_AT.flatMap((m) => [
    row(`m${m}.due`, 'reports.rows.followUpDue', { heading: m === 6 ? 'reports.sections.followUp6' : 'reports.sections.followUp12' }),
    row(`m${m}.visited`, 'reports.rows.followUpVisited'),
    ...FOLLOW_UP_OUTCOMES.map((o) => row(`m${m}.${o}`, FOLLOW_UP_OUTCOME_LABEL[o])),
    row(`m${m}.notSeen`, 'reports.rows.followUpNotSeen'),
    row(`m${m}.notVisited`, 'reports.rows.followUpNotVisited'),
  ]),
  async compute(db, { period, asOf, residents }) {
    const t = new Tally();
    const visits = await db.selectFrom('follow_up_visits')
      .select(['resident_id', 'due_on', 'month_offset', 'visited_on', 'seen', 'outcome'])
      .where('month_offset', 'in', [...FOLLOW_UP_AT])
      .where((w) => w.or([w.between('due_on', period.start, period.end), w.between('visited_on', period.start, period.end)]))
      .execute();
    const inPeriod = (d: string | null) => d !== null && d >= period.start && d <= period.end;
    for (const v of visits) {
      if (!residents.has(v.resident_id)) continue;
      const m = `m${v.month_offset}`;
      if (inPeriod(v.due_on) && v.due_on <= asOf) {
        t.add(`${m}.due`, v.resident_id, v.due_on);
        if (v.visited_on === null || v.visited_on > period.end) t.add(`${m}.notVisited`, v.resident_id, v.due_on);
      }
      if (inPeriod(v.visited_on)) {
        t.add(`${m}.visited`, v.resident_id, v.visited_on!);
        if (v.seen === 0) t.add(`${m}.notSeen`, v.resident_id, v.visited_on!);
        if (v.outcome && (FOLLOW_UP_OUTCOMES as readonly string[]).includes(v.outcome)) t.add(`${m}.${v.outcome}`, v.resident_id, v.visited_on!);
      }
    }
    return t;
  },
};

interface PlanRow { id: string; resident_id: string; kind: string; started_on: string; ends_on: string | null; status: string; review_months: number }
/** A case plan is current on a day when it is not a draft, has started and has not ended before the day. */
const currentOn = (p: PlanRow, day: string) => p.status !== 'draft' && p.started_on <= day && (p.ends_on === null || p.ends_on >= day);

/** The plans begun by `end`: casePlans, reviews and turning18 read them in one snapshot, once (shared rows: never changed). */
function plansOf(db: ReadDb, end: string): Promise<PlanRow[]> {
  return oncePerSnapshot(db, `care.indicatorPlans:${end}`, () =>
    db.selectFrom('case_plans').select(['id', 'resident_id', 'kind', 'started_on', 'ends_on', 'status', 'review_months'])
      .where('started_on', '<=', end).execute());
}

const casePlans: IndicatorSectionDef = {
  id: 'casePlans',
  title: 'reports.sections.casePlans',
  rows: () => [
    row('inCare', 'reports.rows.inCareEnd'),
    row('withPlan', 'reports.rows.withCasePlan', { core: true }),
    { cell: 'share', label: 'reports.rows.withCasePlan', format: 'share', core: true, base: 'inCare' },
    row('withoutPlan', 'reports.rows.withoutCasePlan'),
  ],
  async compute(db, { period, inCareOn }) {
    const t = new Tally();
    const withPlan = new Set((await plansOf(db, period.end)).filter((p) => currentOn(p, period.end)).map((p) => p.resident_id));
    for (const [id, a] of inCareOn(period.end)) {
      t.add('inCare', id, a.started_on);
      t.add(withPlan.has(id) ? 'withPlan' : 'withoutPlan', id, a.started_on);
    }
    t.set('share', shareOf(t.count('withPlan'), t.count('inCare')));
    return t;
  },
};

const reviews: IndicatorSectionDef = {
  id: 'reviews',
  title: 'reports.sections.reviews',
  rows: () => [
    row('due', 'reports.rows.reviewsDue', { core: true }),
    row('onTime', 'reports.rows.reviewsOnTime', { core: true }),
    { cell: 'share', label: 'reports.rows.reviewsOnTime', format: 'share', core: true, base: 'due' },
    row('late', 'reports.rows.reviewsLate'),
    row('notHeld', 'reports.rows.reviewsNotHeld'),
  ],
  async compute(db, { period, asOf }) {
    const t = new Tally();
    const plans = await plansOf(db, period.end);
    const held = await db.selectFrom('case_reviews').select(['plan_id', 'reviewed_on', 'next_review_on']).where('reviewed_on', '<=', period.end).execute();
    const byPlan = new Map<string, typeof held>();
    for (const r of held) {
      const list = byPlan.get(r.plan_id);
      if (list) list.push(r);
      else byPlan.set(r.plan_id, [r]);
    }
    for (const p of plans) {
      if (p.status === 'draft') continue;
      // The chain of due days: the first at start + review_months, then each review's next day.
      let due = addMonths(p.started_on, p.review_months);
      const list = (byPlan.get(p.id) ?? []).sort((a, b) => (a.reviewed_on < b.reviewed_on ? -1 : 1));
      let i = 0;
      while (due <= asOf) {
        const r = list[i];
        if (p.ends_on !== null && p.ends_on < due) break; // the plan ended before its review fell due
        if (due >= period.start) {
          t.add('due', p.resident_id, due);
          t.add(!r ? 'notHeld' : r.reviewed_on <= due ? 'onTime' : 'late', p.resident_id, due);
        }
        if (!r) break;
        due = r.next_review_on ?? addMonths(r.reviewed_on, p.review_months);
        i += 1;
      }
    }
    t.set('share', shareOf(t.count('onTime'), t.count('due')));
    return t;
  },
};

const turning18: IndicatorSectionDef = {
  id: 'turning18',
  title: 'reports.sections.turning18',
  rows: () => [
    row('inPeriod', 'reports.rows.turned18'),
    row('next12', 'reports.rows.turning18Next12'),
    row('next12WithPlan', 'reports.rows.turning18WithTransitionPlan'),
  ],
  async compute(db, { period, residents, stays, inCareOn }) {
    const t = new Tally();
    const plans = await plansOf(db, period.end);
    const transition = new Set(plans.filter((p) => p.kind === 'transition' && currentOn(p, period.end)).map((p) => p.resident_id));
    const horizon = addMonths(period.end, 12);
    const counted = new Set<string>();
    for (const s of stays) {
      const r = residents.get(s.residentId);
      if (!r || counted.has(r.id)) continue;
      const b18 = addMonths(r.dateOfBirth, 18 * 12);
      // In care on the 18th birthday (admitted by then, not yet left).
      if (b18 >= period.start && b18 <= period.end && s.admission.started_on <= b18 && (!s.exit || s.exit.started_on > b18)) {
        t.add('inPeriod', r.id, b18);
        counted.add(r.id);
      }
    }
    for (const [id] of inCareOn(period.end)) {
      const r = residents.get(id)!;
      const b18 = addMonths(r.dateOfBirth, 18 * 12);
      if (b18 > period.end && b18 <= horizon && ageOn(r.dateOfBirth, period.end) === 17) {
        t.add('next12', id, b18);
        if (transition.has(id)) t.add('next12WithPlan', id, b18);
      }
    }
    return t;
  },
};

const missing: IndicatorSectionDef = {
  id: 'missing',
  title: 'reports.sections.missing',
  rows: () => [
    row('episodes', 'reports.rows.missingEpisodes'),
    { cell: 'children', label: 'reports.rows.missingChildren', format: 'number' },
    row('returned', 'reports.rows.missingReturned'),
    row('stillMissing', 'reports.rows.missingStill'),
    { cell: 'medianDays', label: 'reports.rows.median', format: 'days', base: 'returned' },
    { cell: 'meanDays', label: 'reports.rows.mean', format: 'days', base: 'returned' },
  ],
  async compute(db, { period, residents }) {
    const t = new Tally();
    const rows = await db.selectFrom('care_episodes').select(['resident_id', 'started_on', 'ended_on'])
      .where('kind', '=', 'missing').where('voided_at', 'is', null)
      .where('started_on', '>=', period.start).where('started_on', '<=', period.end).execute();
    const days: number[] = [];
    const children = new Set<string>();
    for (const e of rows) {
      if (!residents.has(e.resident_id)) continue;
      t.add('episodes', e.resident_id, e.started_on);
      children.add(e.resident_id);
      if (e.ended_on !== null && e.ended_on <= period.end) {
        t.add('returned', e.resident_id, e.started_on);
        days.push(daysBetween(e.started_on, e.ended_on));
      } else {
        t.add('stillMissing', e.resident_id, e.started_on);
      }
    }
    const s = spreadOf(days);
    t.set('children', children.size);
    t.set('medianDays', s.median);
    t.set('meanDays', s.mean);
    return t;
  },
};

export const careIndicators: IndicatorSource = { sections: [reentry, followUp, casePlans, reviews, turning18, missing] };
