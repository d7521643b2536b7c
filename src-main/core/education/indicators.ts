import type { MessageKey } from '../i18n/keys';
import { shareOf, Tally, type IndicatorSectionDef, type IndicatorSource, type SectionRow } from '../reports/source';

// Education's indicators (definitions: docs/DESIGN.md, "Indicators"): of the children in care on
// the period's last day, those with a disability, with an active education plan, at school, in
// inclusive schooling, schooled outside with children not in care; education goals reviewed and
// achieved at the plans' reviews held in the period.

const row = (cell: string, label: MessageKey, extra: Partial<SectionRow> = {}): SectionRow => ({ cell, label, format: 'count', ...extra });

const education: IndicatorSectionDef = {
  id: 'education',
  title: 'reports.sections.education',
  rows: () => [
    row('inCare', 'reports.rows.inCareEnd'),
    row('disability', 'reports.rows.withDisability'),
    row('activePlan', 'reports.rows.activeEducationPlan'),
    row('disabilityWithPlan', 'reports.rows.disabilityWithPlan'),
    row('schooled', 'reports.rows.schooled'),
    row('inclusive', 'reports.rows.inclusive'),
    row('localSchool', 'reports.rows.localSchool', { core: true }),
    { cell: 'localSchoolShare', label: 'reports.rows.localSchool', format: 'share', core: true, base: 'schooled' },
    row('goalsReviewed', 'reports.rows.goalsReviewed', { heading: 'reports.sections.goals' }),
    row('goalsAchieved', 'reports.rows.goalsAchieved'),
    { cell: 'goalsAchievedShare', label: 'reports.rows.goalsAchieved', format: 'share', base: 'goalsReviewed' },
  ],
  async compute(db, { period, residents, inCareOn }) {
    const t = new Tally();
    const day = period.end;
    const plans = await db.selectFrom('education_plans').select(['id', 'resident_id', 'status', 'start_date', 'closed_at'])
      .where('start_date', '<=', day).execute();
    const planOf = new Map(plans.map((p) => [p.id, p.resident_id]));
    const withPlan = new Set(plans
      .filter((p) => p.status !== 'draft' && (p.closed_at === null || p.closed_at.slice(0, 10) > day))
      .map((p) => p.resident_id));
    const schooling = await db.selectFrom('schooling')
      .select(['resident_id', 'school_type', 'start_date', 'end_date', 'inclusive', 'outside_institution', 'with_children_not_in_care'])
      .where((w) => w.or([w('start_date', 'is', null), w('start_date', '<=', day)]))
      .where((w) => w.or([w('end_date', 'is', null), w('end_date', '>=', day)]))
      .execute();
    const school = new Map<string, { inclusive: boolean; local: boolean }>();
    for (const s of schooling) {
      if (s.school_type === 'none') continue;
      const was = school.get(s.resident_id);
      school.set(s.resident_id, {
        inclusive: (was?.inclusive ?? false) || s.inclusive === 1,
        local: (was?.local ?? false) || (s.outside_institution === 1 && s.with_children_not_in_care === 1),
      });
    }
    for (const [id, a] of inCareOn(day)) {
      const d = a.started_on;
      t.add('inCare', id, d);
      const disabled = residents.get(id)?.disability === true;
      if (disabled) t.add('disability', id, d);
      if (withPlan.has(id)) {
        t.add('activePlan', id, d);
        if (disabled) t.add('disabilityWithPlan', id, d);
      }
      const s = school.get(id);
      if (s) {
        t.add('schooled', id, d);
        if (s.inclusive) t.add('inclusive', id, d);
        if (s.local) t.add('localSchool', id, d);
      }
    }
    // Goals: each goal once, as its last review in the period left it.
    const progress = await db.selectFrom('education_goal_progress as g')
      .innerJoin('education_reviews as r', 'r.id', 'g.review_id')
      .innerJoin('education_goals as eg', 'eg.id', 'g.goal_id')
      .select(['g.goal_id', 'g.status', 'r.review_date', 'eg.plan_id'])
      .where('r.review_date', '>=', period.start).where('r.review_date', '<=', period.end)
      .orderBy('r.review_date').orderBy('r.created_at')
      .execute();
    const last = new Map<string, (typeof progress)[number]>();
    for (const p of progress) last.set(p.goal_id, p);
    for (const p of last.values()) {
      const child = planOf.get(p.plan_id);
      if (!child || !residents.has(child)) continue;
      t.add('goalsReviewed', child, p.review_date);
      if (p.status === 'achieved') t.add('goalsAchieved', child, p.review_date);
    }
    t.set('localSchoolShare', shareOf(t.count('localSchool'), t.count('schooled')));
    t.set('goalsAchievedShare', shareOf(t.count('goalsAchieved'), t.count('goalsReviewed')));
    return t;
  },
};

export const educationIndicators: IndicatorSource = { sections: [education] };
