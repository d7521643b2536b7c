import { describe, expect, it } from 'vitest';
import { writeDemo } from '../../../src-main/core/demo/write';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import { verifyAuditChain } from '../../../src-main/core/audit/audit';
import { isSchoolAge } from '../../../src-main/core/education/schema';
import { testCtx } from '../../helpers/db';

// `qaygi demo`'s education: schooling for every school-age child, children with a disability in
// inclusive schooling and not, some schooled inside, assessments, plans in every state, reviews;
// so that every education signal of the dashboard shows something.

describe('demo education', () => {
  it('gives every current school-age child this year’s schooling, and plans in every state, each audited', async () => {
    const ctx = await testCtx({ now: '2026-11-26T10:00:00Z' });
    const s = await writeDemo(ctx, { children: 200, seed: 7 });
    const db = ctx.conn.sqlite;
    const current = db.prepare("SELECT id, date_of_birth, disability FROM residents WHERE status <> 'discharged'").all() as Array<{ id: string; date_of_birth: string; disability: number }>;
    const schooled = new Set(db.prepare("SELECT resident_id FROM schooling WHERE academic_year = '2026-2027'").pluck().all());
    const schoolAge = current.filter((c) => isSchoolAge(c.date_of_birth, '2026-11-26'));
    expect(schoolAge.length).toBeGreaterThan(50);
    expect(schoolAge.filter((c) => !schooled.has(c.id))).toEqual([]);
    const disabledPlacement = db
      .prepare("SELECT s.inclusive, s.school_type FROM schooling s JOIN residents r ON r.id = s.resident_id WHERE r.disability = 1 AND s.academic_year = '2026-2027'")
      .all() as Array<{ inclusive: number; school_type: string }>;
    expect(disabledPlacement.some((p) => p.inclusive === 1)).toBe(true);
    expect(disabledPlacement.some((p) => p.inclusive === 0)).toBe(true);
    expect(db.prepare("SELECT count(*) FROM schooling WHERE school_type = 'in_institution'").pluck().get()).toBeGreaterThan(0);
    expect(s.education.plans.draft).toBeGreaterThan(0);
    expect(s.education.plans.active).toBeGreaterThan(0);
    expect(s.education.plans.closed).toBeGreaterThan(0);
    expect(s.education.reviews).toBeGreaterThan(0);
    const goalStates = db.prepare('SELECT DISTINCT status FROM education_goals ORDER BY status').pluck().all();
    expect(goalStates).toEqual(['achieved', 'discontinued', 'in_progress', 'not_started']);
    expect(db.prepare('SELECT count(*) FROM education_goals WHERE carried_from_goal_id IS NOT NULL').pluck().get()).toBeGreaterThan(0);
    expect(s.education.assessments).toBe(current.filter((c) => c.disability === 1).length);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(await verifyAuditChain(ctx.db)).toEqual({ ok: true, entries: s.auditEntries });
    expect(db.prepare("SELECT count(*) FROM audit_log WHERE action LIKE 'education.%'").pluck().get()).toBe(s.education.auditEntries);

    // Every education signal counts someone.
    const d = await dispatch(ctx, 'dashboard.get', {});
    if (!d.ok) throw new Error(JSON.stringify(d.error));
    for (const kind of ['education_no_active_plan', 'education_review_due', 'education_not_inclusive', 'education_schooled_inside']) {
      expect(d.value.signals.find((x) => x.kind === kind)?.count, kind).toBeGreaterThan(0);
    }
    // The rows read back through the contract.
    const list = await dispatch(ctx, 'education.planList', { status: 'active', reviewDue: true });
    expect(list.ok && list.value.total).toBeGreaterThan(0);
  });
});
