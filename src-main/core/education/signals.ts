import type { DashboardSource } from '../dashboard/signal';
import type { ReadDb } from '../db/read';
import { REVIEW_DUE_DAYS, academicYearOf, addDays, isSchoolAge } from './schema';
import { schoolingOfYear } from './queries';

// The education domain's dashboard signals (issue 10): children with a disability and no active
// plan; plans whose review is due within 30 days or overdue; children with a disability of school
// age not in inclusive schooling this academic year; children schooled inside the institution.
// Children here: residents and day attendees (not discharged).

const current = (db: ReadDb) =>
  db.selectFrom('residents').select(['id', 'date_of_birth', 'disability']).where('status', '<>', 'discharged').orderBy('sort_key').execute();

/** Each child's schooling this academic year: the record begun last (a school change within the year). */
const schoolingThisYear = (db: ReadDb, today: string) => schoolingOfYear(db, academicYearOf(today));

const ids = (list: Array<{ id: string }>) => ({ count: list.length, residentIds: list.map((r) => r.id) });

export const educationSignals: DashboardSource = {
  signals: [
    {
      kind: 'education_no_active_plan',
      label: 'education.signals.noActivePlan',
      permission: 'education.read',
      level: 'action',
      async compute(db) {
        const withPlan = new Set(
          (await db.selectFrom('education_plans').select('resident_id').where('status', '=', 'active').execute()).map((r) => r.resident_id),
        );
        return ids((await current(db)).filter((r) => r.disability === 1 && !withPlan.has(r.id)));
      },
    },
    {
      kind: 'education_review_due',
      label: 'education.signals.reviewDue',
      permission: 'education.read',
      level: 'warning',
      async compute(db, today) {
        const rows = await db
          .selectFrom('education_plans as p')
          .innerJoin('residents as r', 'r.id', 'p.resident_id')
          .select('p.resident_id as id')
          .distinct()
          .where('p.status', '=', 'active')
          .where('p.next_review_date', '<=', addDays(today, REVIEW_DUE_DAYS))
          .where('r.status', '<>', 'discharged')
          .orderBy('p.resident_id')
          .execute();
        return ids(rows);
      },
    },
    {
      kind: 'education_not_inclusive',
      label: 'education.signals.notInclusive',
      permission: 'education.read',
      level: 'warning',
      async compute(db, today) {
        const schooling = await schoolingThisYear(db, today);
        return ids(
          (await current(db)).filter((r) => {
            if (r.disability !== 1 || !isSchoolAge(r.date_of_birth, today)) return false;
            const s = schooling.get(r.id);
            return !s || s.inclusive !== 1;
          }),
        );
      },
    },
    {
      kind: 'education_schooled_inside',
      label: 'education.signals.schooledInside',
      permission: 'education.read',
      level: 'info',
      async compute(db, today) {
        const schooling = await schoolingThisYear(db, today);
        return ids(
          (await current(db)).filter((r) => {
            const s = schooling.get(r.id);
            return s !== undefined && s.school_type !== 'none' && (s.school_type === 'in_institution' || s.outside_institution === 0);
          }),
        );
      },
    },
  ],
};
