import { shareOf, Tally, type IndicatorSectionDef, type IndicatorSource } from '../reports/source';
import type { Position } from './schema';

// Staff indicators (definitions: docs/DESIGN.md, "Indicators"): staff in post on the period's
// last day, children per caregiver, care staff with a relevant qualification, training hours.
// Figures about staff, not children: never suppressed by the small-number rule.

/** Who cares for the children day to day (children per caregiver counts the first two). */
export const CAREGIVERS: readonly Position[] = ['caregiver', 'assistant_caregiver'];
export const CARE_STAFF: readonly Position[] = [...CAREGIVERS, 'social_worker', 'psychologist', 'teacher', 'special_educator', 'speech_therapist'];
/** A relevant qualification: vocational or higher education, and the speciality written down. */
const QUALIFIED_LEVELS = ['vocational', 'bachelor', 'master', 'doctorate'];

const staff: IndicatorSectionDef = {
  id: 'staff',
  title: 'reports.sections.staff',
  rows: () => [
    { cell: 'inPost', label: 'reports.rows.staffInPost', format: 'number', public: true },
    { cell: 'caregivers', label: 'reports.rows.caregivers', format: 'number', public: true },
    { cell: 'childrenPerCaregiver', label: 'reports.rows.childrenPerCaregiver', format: 'ratio', public: true },
    { cell: 'careStaff', label: 'reports.rows.careStaff', format: 'number', public: true },
    { cell: 'careStaffQualified', label: 'reports.rows.careStaffQualified', format: 'number', core: true, public: true },
    { cell: 'careStaffQualifiedShare', label: 'reports.rows.careStaffQualified', format: 'share', core: true, public: true },
    { cell: 'trainingHours', label: 'reports.rows.trainingHours', format: 'number', public: true },
    { cell: 'trainedStaff', label: 'reports.rows.trainedStaff', format: 'number', public: true },
  ],
  async compute(db, { period, inCareOn }) {
    const t = new Tally();
    const day = period.end;
    const inPost = await db.selectFrom('staff').select(['id', 'position', 'education', 'qualification'])
      .where('hired_date', '<=', day).where((w) => w.or([w('left_date', 'is', null), w('left_date', '>', day)])).execute();
    let caregivers = 0;
    let care = 0;
    let qualified = 0;
    for (const s of inPost) {
      const pos = s.position as Position;
      if (CAREGIVERS.includes(pos)) caregivers += 1;
      if (CARE_STAFF.includes(pos)) {
        care += 1;
        if (QUALIFIED_LEVELS.includes(s.education) && s.qualification.trim() !== '') qualified += 1;
      }
    }
    const children = inCareOn(day).size;
    t.set('inPost', inPost.length);
    t.set('caregivers', caregivers);
    t.set('childrenPerCaregiver', caregivers === 0 ? null : Math.round((children / caregivers) * 10) / 10);
    t.set('careStaff', care);
    t.set('careStaffQualified', qualified);
    t.set('careStaffQualifiedShare', shareOf(qualified, care));
    const trainings = await db.selectFrom('staff_trainings').select(['staff_id', 'hours'])
      .where('date', '>=', period.start).where('date', '<=', period.end).execute();
    t.set('trainingHours', trainings.reduce((a, r) => a + (r.hours ?? 0), 0));
    t.set('trainedStaff', new Set(trainings.map((r) => r.staff_id)).size);
    return t;
  },
};

export const staffIndicators: IndicatorSource = { sections: [staff] };
