import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Ctx } from '../../../../src-main/core/context';
import { dispatch } from '../../../../src-main/core/contract/dispatch';
import type { CallInput, CallName } from '../../../../src-main/core/contract/calls';
import { csvRecords } from '../../../../src-main/core/packages/format/csv';
import { exportPackage } from '../../../../src-main/core/packages/export/exporter';
import { openSigner, trustFileText } from '../../../../src-main/core/packages/keys-service';
import { parseTrustFile } from '../../../../src-main/core/packages/format/trust';
import { unpackVerified } from '../../../../src-main/core/packages/verify/unpack';
import { verifyPackageFile } from '../../../../src-main/core/packages/verify/verifier';
import { KNOWN_SCHEMAS, PACKAGE_SCHEMA_VERSION } from '../../../../src-main/core/packages/format/schemas/index';
import {
  V2_GOAL_DOMAIN, V2_GOAL_STATUS, V2_NONE_REASON, V2_PLAN_STATUS, V2_SCHOOL_TYPE,
} from '../../../../src-main/core/packages/format/schemas/education';
import { GOAL_DOMAINS, GOAL_STATUSES, NONE_REASONS, PLAN_STATUSES, SCHOOL_TYPES } from '../../../../src-main/core/education/schema';
import { tempDir, testCtx } from '../../../helpers/db';
import { addCleanChildren, readyInstitution, store } from '../db-fixture';

// The package's education files (schema version 2): education_plans.csv, education_goals.csv and
// schooling_summary.csv, each under its Table Schema — exported, verified by the ministry's
// verifier, and read back equal to what was recorded, with no free text.

type TestCtx = Ctx & { file: string; conn: { sqlite: import('better-sqlite3').Database } };

async function ok<K extends CallName>(ctx: Ctx, name: K, input: CallInput<K>) {
  const r = await dispatch(ctx, name, input);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  return r.value;
}

function csvObjects(bytes: Buffer): Array<Record<string, string | null>> {
  const [header, ...rows] = [...csvRecords(bytes.toString('utf8'))];
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h as string, r[i] ?? null])));
}

describe('the package’s education files', () => {
  it('freezes the version 2 code lists equal to the app’s own', () => {
    expect(PACKAGE_SCHEMA_VERSION).toBe(2);
    expect(KNOWN_SCHEMAS[2]!.map((r) => r.name)).toEqual(expect.arrayContaining(['indicators', 'education_plans', 'education_goals', 'schooling_summary']));
    // Version 2 keeps version 1's residents; care's tables and the indicators changed (core/care, core/reports).
    expect(KNOWN_SCHEMAS[2]![0]).toEqual(KNOWN_SCHEMAS[1]![0]);
    expect(V2_PLAN_STATUS).toEqual([...PLAN_STATUSES]);
    expect(V2_GOAL_DOMAIN).toEqual([...GOAL_DOMAINS]);
    expect(V2_GOAL_STATUS).toEqual([...GOAL_STATUSES]);
    expect(V2_SCHOOL_TYPE).toEqual([...SCHOOL_TYPES]);
    expect(V2_NONE_REASON).toEqual([...NONE_REASONS]);
  });

  it('exports plans, goals and each child’s schooling with the days missed in the period; the verifier accepts them; they read back', async () => {
    const ctx = (await testCtx()) as TestCtx;
    const { ministry } = await readyInstitution(ctx);
    const [first, aygun, tural] = await addCleanChildren(ctx);

    // Aygün (with a disability): inclusive mainstream school; the roll call marked her in
    // hospital on Monday 14 and missing on Tuesday 15 September (2 days, Q3), typed 4 in October
    // (outside Q3, not counted). The first child: typed 3 for September, no roll call that month.
    const roll = (date: string, status: 'hospital' | 'missing') => ok(ctx, 'daily.saveRollCall', { date, group: 'Günəş', marks: [{ residentId: aygun!.id, status }] });
    await roll('2026-09-14', 'hospital');
    await roll('2026-09-15', 'missing');
    const schooling = await ok(ctx, 'education.schoolingSave', {
      residentId: aygun!.id, academicYear: '2026-2027', schoolType: 'mainstream', schoolName: 'Gizli məktəb adı', outsideInstitution: true,
      withChildrenNotInCare: true, inclusive: true, contactTeacher: 'Gizli müəllim', absences: [{ month: '2026-10', daysMissed: 4 }],
    });
    await ok(ctx, 'education.schoolingSave', {
      residentId: first!.id, academicYear: '2026-2027', schoolType: 'in_institution', schoolName: 'Müəssisənin sinfi', absences: [{ month: '2026-09', daysMissed: 3 }],
    });
    const plan = await ok(ctx, 'education.planCreate', {
      residentId: aygun!.id, academicYear: '2026-2027', startDate: '2026-09-15', endDate: '2027-05-31', responsibleTeacher: 'Əliyeva Gülər',
      strengths: 'gizli güclü tərəflər', schoolingId: schooling.id,
    });
    const g1 = await ok(ctx, 'education.goalSave', { planId: plan.id, domain: 'academic', description: 'gizli məqsəd', target: 'gizli hədəf', targetDate: '2027-05-01' });
    await ok(ctx, 'education.goalSave', { planId: plan.id, domain: 'motor', description: 'ikinci', target: 'hədəf', targetDate: '2027-04-01' });
    await ok(ctx, 'education.planApprove', { id: plan.id, version: g1.version, nextReviewDate: '2026-12-10' });
    await ok(ctx, 'education.reviewAdd', { planId: plan.id, reviewDate: '2026-09-25', summary: 'gizli xülasə', progress: [{ goalId: g1.goals[0]!.id, status: 'achieved' }] });
    await ok(ctx, 'education.reviewAdd', { planId: plan.id, reviewDate: '2026-11-20', nextReviewDate: '2027-02-01' });

    const out = tempDir();
    const pkg = await exportPackage(ctx, { period: '2026-Q3', outDir: out, signer: await openSigner(ctx, store()) });
    expect(pkg.counts).toMatchObject({ education_plans: 1, education_goals: 2, schooling_summary: 2 });
    const r = await verifyPackageFile(pkg.path, { identity: ministry.identity, trust: parseTrustFile(await trustFileText(ctx)).trust, now: new Date('2026-11-27T00:00:00Z') });
    if (!r.ok) throw r.error;
    expect(r.value.statement.schemaVersion).toBe(2);
    const folder = unpackVerified(r.value, join(out, 'inspect'));
    const csv = (name: string) => csvObjects(readFileSync(join(folder, 'data', `${name}.csv`)));

    const goals = ctx.conn.sqlite.prepare('SELECT id, position FROM education_goals ORDER BY id').all() as Array<{ id: string; position: number }>;
    expect(csv('education_plans')).toEqual([{
      id: plan.id, resident_id: aygun!.id, academic_year: '2026-2027', status: 'active', start_date: '2026-09-15', end_date: '2027-05-31',
      approved_on: '2026-11-26', next_review_date: '2027-02-01', previous_plan_id: null, school_type: 'mainstream', inclusive: 'true',
      outside_institution: 'true', goals: '2', goals_achieved: '1', reviews: '1', last_review_date: '2026-09-25',
    }]);
    expect(csv('education_goals')).toEqual(goals.map((g) => ({
      id: g.id, plan_id: plan.id, position: String(g.position), domain: g.position === 0 ? 'academic' : 'motor',
      target_date: g.position === 0 ? '2027-05-01' : '2027-04-01', status: g.position === 0 ? 'achieved' : 'not_started', carried_over: 'false',
    })));
    expect(csv('schooling_summary')).toEqual(
      [
        { resident_id: aygun!.id, academic_year: '2026-2027', school_type: 'mainstream', none_reason: null, outside_institution: 'true', with_children_not_in_care: 'true', inclusive: 'true', days_missed: '2', days_missed_source: 'roll_call', active_plan: 'true' },
        { resident_id: first!.id, academic_year: '2026-2027', school_type: 'in_institution', none_reason: null, outside_institution: 'false', with_children_not_in_care: 'false', inclusive: 'false', days_missed: '3', days_missed_source: 'typed', active_plan: 'false' },
      ].sort((a, b) => (a.resident_id < b.resident_id ? -1 : 1)),
    );
    expect(tural).toBeDefined();
    // No free text leaves the institution.
    const all = ['education_plans', 'education_goals', 'schooling_summary'].map((n) => readFileSync(join(folder, 'data', `${n}.csv`), 'utf8')).join('');
    expect(all).not.toMatch(/gizli|Gülər|Müəssisənin sinfi|ikinci|hədəf/);
  });
});

describe('docs/package-format.md, schema version 2', () => {
  it('gives each resource version 2 adds exactly as datapackage.json carries it', () => {
    const doc = readFileSync(join(import.meta.dirname, '../../../../docs/package-format.md'), 'utf8');
    const EDUCATION = ['education_plans', 'education_goals', 'schooling_summary'];
    const blocks = [...doc.matchAll(/<!-- resource v2: (\w+) -->\n```json\n([\s\S]*?)```/g)].filter((m) => EDUCATION.includes(m[1]!)).map((m) => JSON.parse(m[2]!));
    expect(blocks).toEqual(JSON.parse(JSON.stringify(KNOWN_SCHEMAS[2]!.filter((r) => ['education_plans', 'education_goals', 'schooling_summary'].includes(r.name)).map(({ name, description, schema }) => ({ name, description, schema })))));
  });
});
