import { describe, expect, it } from 'vitest';
import type { Ctx } from '../../../src-main/core/context';
import type { Connection } from '../../../src-main/core/db/connection';
import { testCtx } from '../../helpers/db';
import { childInput } from '../../helpers/residents';
import { admission, discharge, ok } from '../care/fixture';

// The domains' sections (core/reports/sources.ts) on a small institution built by hand: the
// children through the real calls, the plans, schooling, roll call, incidents and staff as rows.
// Every expected number was counted by hand from this story of 2026-Q3 (1 July – 30 September).
//
//  A girl 2008-08-15 (18 on 08-15), disability, resident since 2024-01-10; missing 07-10..07-12
//    and from 09-28 (back 10-02); care plan since 2026-03-01 (reviews every 3 months: due 06-01,
//    held 05-25; due 08-25, held 09-05 — late); mainstream school outside, inclusive, with
//    children not in care; education plan active; goals g1 (07-20 in progress, 09-10 achieved),
//    g2 (07-20 achieved), g3 (06-01 achieved: Q2), g4 (09-10 discontinued)
//  B boy 2009-03-01 (18 on 2027-03-01), resident since 2025-02-01; transition plan since
//    06-01 (due 09-01, not held); missing 06-28 (Q2); school ended 06-30, a new one from 09-15
//    outside with children not in care; a draft education plan
//  C boy 2015-04-04, resident since 2025-01-01; exit 2026-01-15 to the biological family (old
//    plan closed then); the 6-month visit (due 07-15) made 07-20: breakdown; re-admitted 08-20
//    (re-entry within 12 months); school: none
//  D girl 2016-02-02, resident since 2024-05-01; exit 2025-09-10 to kinship; the 12-month visit
//    due 2026-09-10, not made
//  E boy 2012-06-06, resident since 2024-09-01; exit 2025-05-01 to the biological family (the
//    12-month visit due 2026-05-01 made late, 07-02: stable); re-admitted 08-01 (more than 12
//    months after: not a re-entry); missing 08-05..08-09; a draft care plan; school in the
//    institution; education plan closed 09-15
//  F girl 2018-01-01, day attendee since 2026-02-01; care plan since 02-15 (due 08-15, held
//    08-10 on time); preschool outside with children not in care
//  Roll call: A 07-01 present, 07-02 present, 07-10 missing; E 07-01 hospital; A 06-30 (Q2).
//  Incidents: 07-10 missing from care, medium (A); 08-01 injury, high (A, E); 09-01 property,
//    low (no child); 09-02 injury voided; 06-15 injury (Q2).
//  Staff on 09-30: s1 caregiver (bachelor, "Pedaqoq"), s2 caregiver (secondary), s3 assistant
//    caregiver (vocational, no speciality written), s4 cook, s7 social worker (master, "Sosial
//    iş"); s5 caregiver left 06-30, s6 psychologist hired 10-01. Trainings: s1 07-05 6 h,
//    s1 08-05 4 h, s2 09-30 (hours unknown), s3 10-01 8 h.
//  Capacity 10 places.

const NOW = '2026-11-26T10:00:00.000Z';

function rows(conn: Connection) {
  const put = (table: string, row: Record<string, string | number | null>) => {
    const cols = Object.keys(row);
    conn.sqlite.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...Object.values(row));
  };
  const stamp = { created_at: NOW, updated_at: NOW };
  return { put, stamp };
}

async function institution(ctx: Ctx & { conn: Connection }) {
  const reg = async (over: Parameters<typeof childInput>[0]) => (await ok(ctx, 'residents.create', childInput(over))).id;
  const A = await reg({ lastName: 'Əliyeva', firstName: 'Aysel', patronymic: 'Kamran qızı', sex: 'F', dateOfBirth: '2008-08-15', admissionDate: '2024-01-10', disability: true });
  const B = await reg({ lastName: 'Bağırov', firstName: 'Bəhruz', sex: 'M', dateOfBirth: '2009-03-01', admissionDate: '2025-02-01' });
  const C = await reg({ lastName: 'Cəlilov', firstName: 'Cavid', sex: 'M', dateOfBirth: '2015-04-04', admissionDate: '2025-01-01' });
  const D = await reg({ lastName: 'Dadaşova', firstName: 'Dilarə', patronymic: 'Elşən qızı', sex: 'F', dateOfBirth: '2016-02-02', admissionDate: '2024-05-01' });
  const E = await reg({ lastName: 'Eyvazov', firstName: 'Elnur', sex: 'M', dateOfBirth: '2012-06-06', admissionDate: '2024-09-01' });
  const F = await reg({ lastName: 'Fərəcova', firstName: 'Fidan', patronymic: 'Rauf qızı', sex: 'F', dateOfBirth: '2018-01-01', admissionDate: '2026-02-01', status: 'day_attendee' });
  await ok(ctx, 'care.exit', discharge(C, { exitedOn: '2026-01-15', decisionDate: '2026-01-14' }));
  await ok(ctx, 'care.exit', discharge(D, { exitedOn: '2025-09-10', destination: 'kinship', decisionDate: '2025-09-09' }));
  await ok(ctx, 'care.exit', discharge(E, { exitedOn: '2025-05-01', decisionDate: '2025-04-30' }));
  await ok(ctx, 'care.admit', admission({ residentId: C, admittedOn: '2026-08-20', admissionType: 'readmission', emergency: true, decidingBody: 'court', decisionDate: '2026-08-20' }));
  await ok(ctx, 'care.admit', admission({ residentId: E, admittedOn: '2026-08-01', admissionType: 'readmission', emergency: true, decidingBody: 'court', decisionDate: '2026-08-01' }));

  const { put, stamp } = rows(ctx.conn);
  const sql = ctx.conn.sqlite;
  // The follow-up visits care.exit planned: C's at 6 months made 07-20 (breakdown); E's at 12 months made 07-02 (stable).
  sql.prepare(`UPDATE follow_up_visits SET visited_on = ?, seen = 1, outcome = ? WHERE resident_id = ? AND month_offset = ?`).run('2026-07-20', 'breakdown', C, 6);
  sql.prepare(`UPDATE follow_up_visits SET visited_on = ?, seen = 1, outcome = ? WHERE resident_id = ? AND month_offset = ?`).run('2026-07-02', 'stable', E, 12);

  const plan = (id: string, resident_id: string, kind: string, started_on: string, status: string, review_months: number, ends_on: string | null = null) =>
    put('case_plans', { id, resident_id, kind, started_on, status, review_months, ends_on, ...stamp });
  plan('pA', A, 'care', '2026-03-01', 'active', 3);
  plan('pB', B, 'transition', '2026-06-01', 'active', 3);
  plan('pC', C, 'care', '2025-02-01', 'closed', 6, '2026-01-15');
  plan('pE', E, 'care', '2026-09-01', 'draft', 3);
  plan('pF', F, 'care', '2026-02-15', 'active', 6);
  const review = (id: string, plan_id: string, reviewed_on: string, next_review_on: string | null) => put('case_reviews', { id, plan_id, reviewed_on, next_review_on, ...stamp });
  review('rA1', 'pA', '2026-05-25', '2026-08-25');
  review('rA2', 'pA', '2026-09-05', '2026-12-05');
  review('rC1', 'pC', '2025-07-30', '2026-01-30');
  review('rF1', 'pF', '2026-08-10', '2027-02-10');

  const missing = (id: string, resident_id: string, started_on: string, ended_on: string | null) =>
    put('care_episodes', { id, resident_id, kind: 'missing', started_on, ended_on, noticed_at: `${started_on}T20:00:00.000Z`, ...stamp });
  missing('mA1', A, '2026-07-10', '2026-07-12');
  missing('mA2', A, '2026-09-28', '2026-10-02');
  missing('mE1', E, '2026-08-05', '2026-08-09');
  missing('mB1', B, '2026-06-28', '2026-06-29');

  const school = (id: string, resident_id: string, school_type: string, start_date: string | null, end_date: string | null, outside: number, withOthers: number, inclusive: number) =>
    put('schooling', { id, resident_id, academic_year: '2025-2026', school_type, none_reason: school_type === 'none' ? 'other' : null, start_date, end_date, outside_institution: outside, with_children_not_in_care: withOthers, inclusive, ...stamp });
  school('sA', A, 'mainstream', '2025-09-15', null, 1, 1, 1);
  school('sB1', B, 'mainstream', '2025-09-15', '2026-06-30', 1, 0, 0);
  school('sB2', B, 'mainstream', '2026-09-15', null, 1, 1, 0);
  school('sC', C, 'none', '2026-08-20', null, 0, 0, 0);
  school('sE', E, 'in_institution', '2026-08-01', null, 0, 0, 0);
  school('sF', F, 'preschool', '2026-02-01', null, 1, 1, 0);
  const eplan = (id: string, resident_id: string, status: string, closed_at: string | null) =>
    put('education_plans', { id, resident_id, academic_year: '2025-2026', status, start_date: '2026-01-10', end_date: '2026-12-31', responsible_teacher: 'Müəllim', approved_at: status === 'draft' ? null : NOW, approved_by: status === 'draft' ? null : 'x', closed_at, closed_by: closed_at ? 'x' : null, ...stamp });
  eplan('eA', A, 'active', null);
  eplan('eB', B, 'draft', null);
  eplan('eE', E, 'closed', '2026-09-15T09:00:00.000Z');
  ['g1', 'g2', 'g3', 'g4'].forEach((g, position) => put('education_goals', { id: g, plan_id: 'eA', position, domain: 'academic', description: g, target: g, target_date: '2026-12-01', ...stamp }));
  const ereview = (id: string, review_date: string, progress: Array<[string, string]>) => {
    put('education_reviews', { id, plan_id: 'eA', review_date, created_by: 'x', created_at: NOW });
    for (const [goal_id, status] of progress) put('education_goal_progress', { review_id: id, goal_id, status });
  };
  ereview('er0', '2026-06-01', [['g3', 'achieved']]);
  ereview('er1', '2026-07-20', [['g1', 'in_progress'], ['g2', 'achieved']]);
  ereview('er2', '2026-09-10', [['g1', 'achieved'], ['g4', 'discontinued']]);

  const mark = (resident_id: string, date: string, status: string) => put('attendance', { resident_id, date, group_name: 'Günəş', status, recorded_by: 'x', ...stamp });
  mark(A, '2026-07-01', 'present');
  mark(A, '2026-07-02', 'present');
  mark(A, '2026-07-10', 'missing');
  mark(E, '2026-07-01', 'hospital');
  mark(A, '2026-06-30', 'present');

  const incident = (id: string, date: string, kind: string, severity: string, children: string[], voided = false) => {
    put('incidents', { id, date, time: '10:00', kind, severity, what_happened: 'x', reported_by: 'x', voided_at: voided ? NOW : null, void_reason: voided ? 'Səhv' : '', ...stamp });
    for (const c of children) put('incident_children', { incident_id: id, resident_id: c });
  };
  incident('i1', '2026-07-10', 'missing_from_care', 'medium', [A]);
  incident('i2', '2026-08-01', 'injury', 'high', [A, E]);
  incident('i3', '2026-09-01', 'property', 'low', []);
  incident('i4', '2026-09-02', 'injury', 'low', [E], true);
  incident('i5', '2026-06-15', 'injury', 'low', [B]);

  const staff = (id: string, position: string, hired_date: string, education: string, qualification: string, left_date: string | null = null) =>
    put('staff', { id, last_name: id, first_name: id, sex: 'F', position, employment_type: 'full_time', hired_date, left_date, education, qualification, search_key: id, sort_key: id, ...stamp });
  staff('s1', 'caregiver', '2020-01-01', 'bachelor', 'Pedaqoq');
  staff('s2', 'caregiver', '2026-01-01', 'secondary', '');
  staff('s3', 'assistant_caregiver', '2024-01-01', 'vocational', '');
  staff('s4', 'cook', '2019-01-01', '', '');
  staff('s5', 'caregiver', '2019-01-01', 'bachelor', 'Pedaqoq', '2026-06-30');
  staff('s6', 'psychologist', '2026-10-01', 'master', 'Psixoloq');
  staff('s7', 'social_worker', '2018-01-01', 'master', 'Sosial iş');
  const training = (id: string, staff_id: string, date: string, hours: number | null) => put('staff_trainings', { id, staff_id, title: 'Təlim', date, hours, ...stamp });
  training('t1', 's1', '2026-07-05', 6);
  training('t2', 's1', '2026-08-05', 4);
  training('t3', 's2', '2026-09-30', null);
  training('t4', 's3', '2026-10-01', 8);

  const existing = sql.prepare('SELECT count(*) AS n FROM institution').get() as { n: number };
  if (existing.n === 0) put('institution', { id: 1, code: 'TEST-1', name_az: 'Test', name_en: 'Test', type: 'children_home', capacity: 10, ...stamp });
  else sql.prepare('UPDATE institution SET capacity = 10').run();
  return { A, B, C, D, E, F };
}

describe('the domains’ indicator sections on a hand-built institution, 2026-Q3', () => {
  it('counts every figure as counted by hand, and each count is the list of its children', async () => {
    const ctx = await testCtx({ role: 'director' });
    const { A, B, C, E, F } = await institution(ctx);
    const dto = await ok(ctx, 'reports.indicators', { period: '2026-Q3' });
    const v = (id: string) => dto.sections.find((s) => s.id === id)!.values;
    expect(dto.sections.map((s) => s.id)).toEqual(['reentry', 'followUp', 'casePlans', 'reviews', 'turning18', 'missing', 'education', 'attendance', 'incidents', 'familyContact', 'staff', 'occupancy']);

    expect(v('reentry')).toEqual({ admissions: 2, reentered: 1, share: 0.5 });
    expect(v('followUp')).toEqual({
      'm6.due': 1, 'm6.visited': 1, 'm6.stable': 0, 'm6.breakdown': 1, 'm6.reentered': 0, 'm6.notSeen': 0, 'm6.notVisited': 0,
      'm12.due': 1, 'm12.visited': 1, 'm12.stable': 1, 'm12.breakdown': 0, 'm12.reentered': 0, 'm12.notSeen': 0, 'm12.notVisited': 1,
    });
    expect(v('casePlans')).toEqual({ inCare: 5, withPlan: 3, share: 0.6, withoutPlan: 2 });
    expect(v('reviews')).toEqual({ due: 3, onTime: 1, share: 1 / 3, late: 1, notHeld: 1 });
    expect(v('turning18')).toEqual({ inPeriod: 1, next12: 1, next12WithPlan: 1 });
    expect(v('missing')).toEqual({ episodes: 3, children: 2, returned: 2, stillMissing: 1, medianDays: 3, meanDays: 3 });
    expect(v('education')).toEqual({
      inCare: 5, disability: 1, activePlan: 1, disabilityWithPlan: 1, schooled: 4, inclusive: 1, localSchool: 3, localSchoolShare: 0.75,
      goalsReviewed: 3, goalsAchieved: 2, goalsAchievedShare: 2 / 3,
    });
    expect(v('attendance')).toEqual({
      total: 4, 'byStatus.present': 2, 'byStatus.home_leave': 0, 'byStatus.hospital': 1, 'byStatus.school_trip': 0, 'byStatus.missing': 1, 'byStatus.other': 0, children: 2,
    });
    const inc = v('incidents');
    expect([inc.total, inc.childrenInvolved, inc['byKind.missing_from_care'], inc['byKind.injury'], inc['byKind.property'], inc['byKind.death']]).toEqual([3, 2, 1, 1, 1, 0]);
    expect([inc['bySeverity.low'], inc['bySeverity.medium'], inc['bySeverity.high'], inc['bySeverity.critical']]).toEqual([1, 1, 1, 0]);
    // The 4 children living here on 30 September (the day attendee is not counted); no contact logged.
    expect(v('familyContact')).toEqual({ inCare: 4, withContact: 0, share: 0, restricted: 0 });
    expect(v('staff')).toEqual({
      inPost: 5, caregivers: 3, childrenPerCaregiver: 1.7, careStaff: 4, careStaffQualified: 2, careStaffQualifiedShare: 0.5, trainingHours: 10, trainedStaff: 2,
    });
    expect(v('occupancy')).toEqual({ capacity: 10, residents: 4, share: 0.4, dayCare: 1, 'on.2026-07-31': 2, 'on.2026-08-31': 4, 'on.2026-09-30': 4 });

    // The drill-down: the children behind a number, as counted.
    const names = async (indicator: string, cell: string) =>
      (await ok(ctx, 'reports.children', { period: '2026-Q3', indicator, cell })).map((r) => r.residentId).sort();
    const ids = (...xs: string[]) => xs.sort();
    expect(await names('reentry', 'reentered')).toEqual(ids(C));
    expect(await names('casePlans', 'withoutPlan')).toEqual(ids(C, E));
    expect(await names('reviews', 'notHeld')).toEqual(ids(B));
    expect(await names('turning18', 'inPeriod')).toEqual(ids(A));
    expect(await names('missing', 'episodes')).toEqual(ids(A, A, E));
    expect(await names('education', 'localSchool')).toEqual(ids(A, B, F));
    expect(await names('incidents', 'childrenInvolved')).toEqual(ids(A, E));
    expect(await names('occupancy', 'on.2026-07-31')).toEqual(ids(A, B));
  });

  it('leaves the institution with the small-number rule: 1–4 withheld, and what is computed over them; staff and places not', async () => {
    const ctx = await testCtx({ role: 'director' });
    await institution(ctx);
    const { outsideRows } = await import('../../../src-main/core/reports/outside');
    const rows = new Map(outsideRows(await ok(ctx, 'reports.indicators', { period: '2026-Q3' })).map((r) => [`${r.section}/${r.cell}`, r]));
    const at = (k: string) => { const r = rows.get(k)!; return [r.value, r.suppressed]; };
    expect(at('casePlans/inCare')).toEqual([5, false]);
    expect(at('casePlans/share')).toEqual([0.6, false]); // over 5 children
    expect(at('casePlans/withPlan')).toEqual([null, true]); // 3
    expect(at('reentry/share')).toEqual([null, true]); // over 2 admissions
    expect(at('missing/medianDays')).toEqual([null, true]); // over 2 returns
    expect(at('attendance/byStatus.hospital')).toEqual([null, true]); // 1 child-day
    expect(at('attendance/byStatus.home_leave')).toEqual([0, false]);
    expect(at('staff/careStaff')).toEqual([4, false]); // about staff
    expect(at('staff/childrenPerCaregiver')).toEqual([1.7, false]);
    expect(at('occupancy/capacity')).toEqual([10, false]);
    expect(at('reviews/share')).toEqual([null, true]); // over 3 reviews due
    expect(rows.get('reviews/onTime')!.core).toBe(true);
  });

  it('refuses a drill-down into a figure that is not a list of children', async () => {
    const ctx = await testCtx({ role: 'director' });
    const r = await (await import('../../../src-main/core/contract/dispatch')).dispatch(ctx, 'reports.children', { period: '2026-Q3', indicator: 'staff', cell: 'inPost' });
    expect(r.ok).toBe(false);
  });

  it('the previous quarter has its own figures (nothing of Q3 leaks back)', async () => {
    const ctx = await testCtx({ role: 'director' });
    await institution(ctx);
    const dto = await ok(ctx, 'reports.indicators', { period: '2026-Q2' });
    const v = (id: string) => dto.sections.find((s) => s.id === id)!.values;
    // Q2: A's review due 06-01 held 05-25 (on time); F's first is due 08-15; B's first 09-01.
    expect(v('reviews')).toEqual({ due: 1, onTime: 1, share: 1, late: 0, notHeld: 0 });
    // B went missing 06-28, back 06-29.
    expect(v('missing')).toEqual({ episodes: 1, children: 1, returned: 1, stillMissing: 0, medianDays: 1, meanDays: 1 });
    expect(v('attendance').total).toBe(1);
    expect(v('incidents').total).toBe(1);
    // 2026-Q4 has not ended (the clock: 2026-11-26): A's next review falls due on 12-05, not yet due.
    const q4 = await ok(ctx, 'reports.indicators', { period: '2026-Q4' });
    expect(q4.sections.find((s) => s.id === 'reviews')!.values).toEqual({ due: 0, onTime: 0, share: null, late: 0, notHeld: 0 });
  });
});
