import type { ResourceDef, ResourceRow } from './types';
import { educationGoalsTable, educationPlansTable, schoolingSummaryTable } from '../../format/schemas/education';
import { academicYearOf } from '../../../education/schema';
import { absencesOf, daysMissedFor, schoolingOfYear } from '../../../education/queries';
import type { ReadDb } from '../../../db/read';
import type { Period } from '../../format/period';
import { inPackageCondition, packageChildSet } from '../children';

// The rows of education_plans, education_goals and schooling_summary for a period (their schemas:
// format/schemas/education.ts). Only children in residents.csv (export/children.ts), so every
// foreign key resolves.

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Plans of the register's children whose dates overlap the period (as known when the package is made). */
async function plansOf(db: ReadDb, period: Period) {
  return db
    .selectFrom('education_plans as p')
    .innerJoin('residents as r', 'r.id', 'p.resident_id')
    .leftJoin('schooling as s', 's.id', 'p.schooling_id')
    .select([
      'p.id', 'p.resident_id', 'p.academic_year', 'p.status', 'p.start_date', 'p.end_date', 'p.approved_at', 'p.next_review_date',
      'p.previous_plan_id', 's.school_type', 's.inclusive', 's.outside_institution',
    ])
    .where(inPackageCondition(period.end, 'r'))
    .where('p.start_date', '<=', period.end)
    .where('p.end_date', '>=', period.start)
    .orderBy('p.id')
    .execute();
}

export const educationPlansResource: ResourceDef = {
  ...educationPlansTable,
  async rows(db, period) {
    const plans = await plansOf(db, period);
    if (plans.length === 0) return [];
    const ids = plans.map((p) => p.id);
    const goals = await db.selectFrom('education_goals').select(['plan_id', 'status']).where('plan_id', 'in', ids).execute();
    const reviews = await db
      .selectFrom('education_reviews')
      .select(['plan_id', 'review_date'])
      .where('plan_id', 'in', ids)
      .where('review_date', '<=', period.end)
      .execute();
    return plans.map((p): ResourceRow => {
      const mine = goals.filter((g) => g.plan_id === p.id);
      const held = reviews.filter((r) => r.plan_id === p.id).map((r) => r.review_date).sort();
      return {
        id: p.id,
        resident_id: p.resident_id,
        academic_year: p.academic_year,
        status: p.status,
        start_date: p.start_date,
        end_date: p.end_date,
        approved_on: p.approved_at ? p.approved_at.slice(0, 10) : null,
        next_review_date: p.next_review_date,
        previous_plan_id: p.previous_plan_id,
        school_type: p.school_type,
        inclusive: p.inclusive === null ? null : p.inclusive === 1,
        outside_institution: p.outside_institution === null ? null : p.outside_institution === 1,
        goals: mine.length,
        goals_achieved: mine.filter((g) => g.status === 'achieved').length,
        reviews: held.length,
        last_review_date: held.at(-1) ?? null,
      };
    });
  },
  source: (row) => ({ entity: 'resident', id: String(row.resident_id) }),
};

export const educationGoalsResource: ResourceDef = {
  ...educationGoalsTable,
  async rows(db, period) {
    const ids = (await plansOf(db, period)).map((p) => p.id);
    if (ids.length === 0) return [];
    const goals = await db
      .selectFrom('education_goals')
      .select(['id', 'plan_id', 'position', 'domain', 'target_date', 'status', 'carried_from_goal_id'])
      .where('plan_id', 'in', ids)
      .orderBy('id')
      .execute();
    return goals.map((g) => ({
      id: g.id, plan_id: g.plan_id, position: g.position, domain: g.domain, target_date: g.target_date, status: g.status,
      carried_over: g.carried_from_goal_id !== null,
    }));
  },
  source: () => null,
};

export const schoolingSummaryResource: ResourceDef = {
  ...schoolingSummaryTable,
  async rows(db, period) {
    const year = academicYearOf(period.end);
    const register = await packageChildSet(db, period);
    const current = [...(await schoolingOfYear(db, year)).values()].filter((s) => register.has(s.resident_id));
    if (current.length === 0) return [];
    const typed = await absencesOf(db, current.map((s) => s.id));
    const active = new Set(
      (await db.selectFrom('education_plans').select('resident_id').where('academic_year', '=', year).where('status', '=', 'active').execute()).map((p) => p.resident_id),
    );
    const [fromMonth, toMonth] = [period.start.slice(0, 7), period.end.slice(0, 7)];
    const out: ResourceRow[] = [];
    for (const s of current) {
      const months = (await daysMissedFor(db, s, typed, period.end)).filter((a) => a.month >= fromMonth && a.month <= toMonth);
      const sources = new Set(months.map((a) => a.source));
      out.push({
        resident_id: s.resident_id,
        academic_year: year,
        school_type: s.school_type,
        none_reason: s.none_reason,
        outside_institution: s.outside_institution === 1,
        with_children_not_in_care: s.with_children_not_in_care === 1,
        inclusive: s.inclusive === 1,
        days_missed: months.reduce((n, a) => n + a.daysMissed, 0),
        days_missed_source: sources.size === 0 ? 'none' : sources.size === 2 ? 'both' : [...sources][0]!,
        active_plan: active.has(s.resident_id),
      });
    }
    return out.sort((a, b) => cmp(String(a.resident_id), String(b.resident_id)));
  },
  source: (row) => ({ entity: 'resident', id: String(row.resident_id) }),
};
