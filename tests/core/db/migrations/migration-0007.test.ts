import { describe, expect, it } from 'vitest';
import { tempDbAt } from '../../../helpers/db';
import { allRows, indexesOf, package0003, seed0002, signingKey0003, soundness, strictTables } from './old-rows';

// 0007 adds education: schooling per academic year, functioning assessments (scores, barriers),
// special-needs supports, individual education plans with goals, reviews and goal progress.

const AT = '2026-11-26T10:00:00.000Z';
const EDUCATION_TABLES = [
  'education_goal_progress', 'education_goals', 'education_plans', 'education_reviews', 'functioning_assessments',
  'functioning_barriers', 'functioning_scores', 'schooling', 'schooling_absences', 'special_needs_supports',
];

async function at5() {
  const at = await tempDbAt(6);
  seed0002(at.sqlite);
  signingKey0003(at.sqlite, 'k1', 'active');
  package0003(at.sqlite, 1, 'k1');
  at.sqlite.prepare("INSERT INTO sign_in_throttle (subject, failures, updated_at) VALUES ('user:u1', 2, ?)").run(AT);
  return at;
}

async function migrated() {
  const at = await at5();
  await at.to(7);
  const db = at.sqlite;
  const plan = (id: string, status: string, extra: Record<string, string | null> = {}) => {
    const v = { approved_at: status === 'draft' ? null : AT, approved_by: status === 'draft' ? null : 'direktor', closed_at: status === 'closed' ? AT : null, ...extra };
    return db
      .prepare(
        `INSERT INTO education_plans (id, resident_id, academic_year, status, start_date, end_date, responsible_teacher,
           approved_at, approved_by, closed_at, created_at, updated_at)
         VALUES (?, 'r1', ?, ?, '2026-09-15', '2027-06-15', 'Əliyeva Gülər', ?, ?, ?, ?, ?)`,
      )
      .run(id, extra.year ?? '2026-2027', status, v.approved_at, v.approved_by, v.closed_at, AT, AT);
  };
  return { ...at, db, plan };
}

describe('migration 0007: education', () => {
  it('adds the education tables, STRICT, and leaves every older row as it was', async () => {
    const { sqlite, to } = await at5();
    const before = allRows(sqlite);
    expect(await to(7)).toEqual(['0007_education']);
    const after = allRows(sqlite);
    expect(after).toEqual({ ...before, ...Object.fromEntries(EDUCATION_TABLES.map((t) => [t, []])) });
    expect(strictTables(sqlite)).toEqual(expect.arrayContaining(EDUCATION_TABLES));
    expect(indexesOf(sqlite, 'education_plans')).toContain('education_plans_one_active');
    expect(soundness(sqlite)).toEqual({ fk: [], integrity: 'ok' });
  });

  it('keeps one active plan per child and academic year, beside any number of drafts and closed ones', async () => {
    const { plan } = await migrated();
    plan('p1', 'active');
    plan('p2', 'draft');
    plan('p3', 'closed');
    plan('p4', 'closed');
    expect(() => plan('p5', 'active')).toThrow(/UNIQUE/);
    // Another year is another plan.
    plan('p6', 'active', { year: '2027-2028' });
  });

  it('refuses an active plan without its approval, a year that is not two years in a row, an end before the start', async () => {
    const { db, plan } = await migrated();
    expect(() => plan('a', 'active', { approved_at: null })).toThrow(/CHECK/);
    expect(() => plan('b', 'draft', { year: '2026-2028' })).toThrow(/CHECK/);
    expect(() => plan('c', 'draft', { year: '26-27' })).toThrow(/CHECK/);
    expect(() => plan('d', 'closed', { closed_at: null })).toThrow(/CHECK/);
    expect(() =>
      db.prepare(`INSERT INTO education_plans (id, resident_id, academic_year, start_date, end_date, responsible_teacher, created_at, updated_at)
        VALUES ('e', 'r1', '2026-2027', '2026-09-15', '2026-09-01', 'X', ?, ?)`).run(AT, AT),
    ).toThrow(/CHECK/);
    expect(() =>
      db.prepare(`INSERT INTO education_plans (id, resident_id, academic_year, start_date, end_date, responsible_teacher, created_at, updated_at)
        VALUES ('f', 'nobody', '2026-2027', '2026-09-15', '2027-06-01', 'X', ?, ?)`).run(AT, AT),
    ).toThrow(/FOREIGN KEY/);
  });

  it('refuses schooling "none" without a reason, a reason for a school, and an in-institution school outside', async () => {
    const { db } = await migrated();
    const put = (id: string, type: string, reason: string | null, outside = 0) =>
      db.prepare(`INSERT INTO schooling (id, resident_id, academic_year, school_type, none_reason, outside_institution, created_at, updated_at)
        VALUES (?, 'r1', '2026-2027', ?, ?, ?, ?, ?)`).run(id, type, reason, outside, AT, AT);
    expect(() => put('s1', 'none', null)).toThrow(/CHECK/);
    expect(() => put('s2', 'mainstream', 'disability')).toThrow(/CHECK/);
    expect(() => put('s3', 'none', 'holiday')).toThrow(/CHECK/);
    expect(() => put('s4', 'in_institution', null, 1)).toThrow(/CHECK/);
    put('s5', 'none', 'below_school_age');
    put('s6', 'mainstream', null, 1);
    const absence = db.prepare(`INSERT INTO schooling_absences (schooling_id, month, days_missed, updated_at) VALUES ('s6', ?, ?, ?)`);
    absence.run('2026-10', 3, AT);
    expect(() => absence.run('2026-13', 1, AT)).toThrow(/CHECK/);
    expect(() => absence.run('2026-11', 32, AT)).toThrow(/CHECK/);
  });

  it('keeps assessment scores on the four-step scale, goals not empty, checklist answers yes, no or unknown', async () => {
    const { db, plan } = await migrated();
    db.prepare(`INSERT INTO functioning_assessments (id, resident_id, assessed_on, assessed_by, created_at, updated_at)
      VALUES ('fa', 'r1', '2026-10-01', 'Əliyeva Gülər', ?, ?)`).run(AT, AT);
    const score = db.prepare(`INSERT INTO functioning_scores (assessment_id, domain, score) VALUES ('fa', ?, ?)`);
    score.run('learning', 1);
    score.run('mobility', 4);
    expect(() => score.run('communication', 0)).toThrow(/CHECK/);
    expect(() => score.run('communication', 5)).toThrow(/CHECK/);
    expect(() => score.run('flying', 2)).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO functioning_barriers (assessment_id, barrier) VALUES ('fa', 'weather')`).run()).toThrow(/CHECK/);

    plan('p1', 'active');
    const goal = db.prepare(`INSERT INTO education_goals (id, plan_id, position, domain, description, target, target_date, created_at, updated_at)
      VALUES (?, 'p1', 0, 'academic', ?, ?, '2027-05-01', ?, ?)`);
    goal.run('g1', 'Oxuma', '1 dəqiqədə 40 söz', AT, AT);
    expect(() => goal.run('g2', '  ', '40 söz', AT, AT)).toThrow(/CHECK/);
    expect(() => goal.run('g3', 'Oxuma', '', AT, AT)).toThrow(/CHECK/);

    const review = db.prepare(`INSERT INTO education_reviews (id, plan_id, review_date, next_review_date, school_accessible, created_by, created_at)
      VALUES (?, 'p1', '2026-12-01', ?, ?, 'direktor', ?)`);
    review.run('rv1', '2027-03-01', 1, AT);
    review.run('rv2', null, null, AT);
    expect(() => review.run('rv3', null, 2, AT)).toThrow(/CHECK/);
    expect(() => review.run('rv4', '2026-11-01', 1, AT)).toThrow(/CHECK/);
    db.prepare(`INSERT INTO education_goal_progress (review_id, goal_id, status) VALUES ('rv1', 'g1', 'achieved')`).run();
    expect(() => db.prepare(`INSERT INTO education_goal_progress (review_id, goal_id, status) VALUES ('rv2', 'g1', 'done')`).run()).toThrow(/CHECK/);

    const support = db.prepare(`INSERT INTO special_needs_supports (id, resident_id, plan_id, kind, service, frequency_count, frequency_unit, start_date, created_at, updated_at)
      VALUES (?, 'r1', 'p1', ?, ?, ?, ?, '2026-09-15', ?, ?)`);
    support.run('sp1', 'service', 'speech_therapy', 2, 'week', AT, AT);
    support.run('sp2', 'referral', null, null, null, AT, AT);
    expect(() => support.run('sp3', 'service', null, null, null, AT, AT)).toThrow(/CHECK/);
    expect(() => support.run('sp4', 'service', 'speech_therapy', 2, null, AT, AT)).toThrow(/CHECK/);
    expect(soundness(db)).toEqual({ fk: [], integrity: 'ok' });
  });
});
