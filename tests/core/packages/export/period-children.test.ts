import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Ctx } from '../../../../src-main/core/context';
import type { Connection } from '../../../../src-main/core/db/connection';
import { blankEpisode } from '../../../../src-main/core/care/register';
import { csvRecords } from '../../../../src-main/core/packages/format/csv';
import { exportPackage } from '../../../../src-main/core/packages/export/exporter';
import { precheckPackage } from '../../../../src-main/core/packages/export/precheck';
import { openSigner, trustFileText } from '../../../../src-main/core/packages/keys-service';
import { parseTrustFile } from '../../../../src-main/core/packages/format/trust';
import { unpackVerified } from '../../../../src-main/core/packages/verify/unpack';
import { verifyPackageFile } from '../../../../src-main/core/packages/verify/verifier';
import { tempDir, testCtx } from '../../../helpers/db';
import { admission, discharge, ok, referralInput } from '../../care/fixture';
import { addChild, readyInstitution, store } from '../db-fixture';

// The children in a period's package (export/children.ts): every child with an admission on or
// before the period's last day — by the care episodes, not by residents.admission_date (the
// current stay's). A child in care during the period, gone, and re-admitted after its end is in
// that period's files, with the admission and the status that stood on its last day.

type TestCtx = Ctx & { conn: Connection };

function csvObjects(bytes: Buffer): Array<Record<string, string | null>> {
  const [header, ...rows] = [...csvRecords(bytes.toString('utf8'))];
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h as string, r[i] ?? null])));
}

async function exported(ctx: Ctx, identity: string, period: string) {
  const out = tempDir();
  const pkg = await exportPackage(ctx, { period, outDir: out, signer: await openSigner(ctx, store()), acceptProblems: 'test' });
  const r = await verifyPackageFile(pkg.path, { identity, trust: parseTrustFile(await trustFileText(ctx)).trust, now: new Date('2026-11-27T00:00:00Z') });
  if (!r.ok) throw r.error;
  const folder = unpackVerified(r.value, join(out, 'inspect'));
  return { pkg, csv: (name: string) => csvObjects(readFileSync(join(folder, 'data', `${name}.csv`))) };
}

/** Referred, assessed and admitted on `on` (a first stay). */
async function admitted(ctx: Ctx, lastName: string, on: string, placement: 'resident' | 'day_care' = 'resident') {
  const day = (n: number) => new Date(Date.parse(on) - n * 86_400_000).toISOString().slice(0, 10);
  const ref = await ok(ctx, 'care.referralCreate', referralInput({ lastName, referredOn: day(3) }));
  await ok(ctx, 'care.assess', { referralId: ref.id, assessedOn: day(2), assessedBy: 'Səbinə İsmayılova', recommendation: placement === 'day_care' ? 'admit_day_care' : 'admit_resident', needs: {} });
  const a = await ok(ctx, 'care.admit', admission({ referralId: ref.id, admittedOn: on, decisionDate: day(1), placement }));
  return a.residentId;
}

const readmit = (ctx: Ctx, residentId: string, on: string) =>
  ok(ctx, 'care.admit', admission({ residentId, admissionType: 'readmission', emergency: true, admittedOn: on, decisionDate: on }));

describe('the children in a period’s package', () => {
  it('include a child in care during the period and re-admitted after it, as they stood on its last day; the package verifies', async () => {
    const ctx = (await testCtx({ role: 'director' })) as TestCtx;
    const { ministry } = await readyInstitution(ctx);
    // Leyla: admitted before 2026-Q2, left in it, back after it.
    const leyla = await admitted(ctx, 'Abbasova', '2026-03-10');
    await ok(ctx, 'daily.saveRollCall', { date: '2026-04-15', group: 'Günəş', marks: [{ residentId: leyla, status: 'present' }] });
    await ok(ctx, 'care.exit', discharge(leyla, { exitedOn: '2026-05-20', decisionDate: '2026-05-19' }));
    await readmit(ctx, leyla, '2026-08-15');
    await ok(ctx, 'care.relativeCreate', { residentId: leyla, relation: 'mother', lastName: 'Abbasova', firstName: 'Səadət', parentalRights: 'intact', alive: 'yes' });
    const schooling = await ok(ctx, 'education.schoolingSave', { residentId: leyla, academicYear: '2025-2026', schoolType: 'mainstream', schoolName: '12 saylı məktəb' });
    const plan = await ok(ctx, 'education.planCreate', {
      residentId: leyla, academicYear: '2025-2026', startDate: '2026-03-20', endDate: '2026-05-31', responsibleTeacher: 'Əliyeva Gülər', schoolingId: schooling.id,
    });
    // Nərmin: a day attendee through 2026-Q2, left after it, back as a resident.
    const nermin = await admitted(ctx, 'Hüseynova', '2026-02-02', 'day_care');
    await ok(ctx, 'care.exit', discharge(nermin, { exitedOn: '2026-07-15', decisionDate: '2026-07-14' }));
    await readmit(ctx, nermin, '2026-09-01');
    // Tural: first admitted after 2026-Q2 — not in its package.
    const tural = await admitted(ctx, 'Hüseynov', '2026-08-01');
    // The register holds today's stay.
    const register = (id: string) => ctx.conn.sqlite.prepare('SELECT status, admission_date FROM residents WHERE id = ?').get(id);
    expect(register(leyla)).toEqual({ status: 'resident', admission_date: '2026-08-15' });
    expect(register(nermin)).toEqual({ status: 'resident', admission_date: '2026-09-01' });

    const { pkg, csv } = await exported(ctx, ministry.identity, '2026-Q2');
    const residents = Object.fromEntries(csv('residents').map((r) => [r.id, r]));
    expect(Object.keys(residents).sort()).toEqual([leyla, nermin].sort());
    expect(residents[leyla]).toMatchObject({ last_name: 'Abbasova', status: 'discharged', admission_date: '2026-03-10' });
    expect(residents[nermin]).toMatchObject({ last_name: 'Hüseynova', status: 'day_attendee', admission_date: '2026-02-02' });
    expect(residents[tural]).toBeUndefined();
    // Their other files: the episodes begun by the period's end, the relative, the day marked, the documents, the schooling.
    const eps = csv('care_episodes').map((e) => [e.resident_id, e.kind, e.started_on]);
    expect(eps.sort()).toEqual([
      [leyla, 'admission', '2026-03-10'], [leyla, 'exit', '2026-05-20'], [nermin, 'admission', '2026-02-02'],
    ].sort());
    expect(csv('relatives').map((r) => r.resident_id)).toEqual([leyla]);
    expect(csv('daily_aggregates')).toEqual([{ resident_id: leyla, month: '2026-04', category: 'days:present', value: '1' }]);
    expect(new Set(csv('document_status').map((d) => d.resident_id))).toEqual(new Set([leyla, nermin]));
    // The file's requirements follow the status on that day: Leyla had left (an exit decision is due), Nərmin had not.
    const required = (id: string) => csv('document_status').filter((d) => d.resident_id === id && d.required === 'true').map((d) => d.doc_type).sort();
    expect(required(leyla)).toEqual(['admission_decision', 'birth_certificate', 'exit_decision', 'medical']);
    expect(required(nermin)).toEqual(['admission_decision', 'birth_certificate', 'medical']);
    expect(csv('education_plans').map((p) => [p.id, p.resident_id])).toEqual([[plan.id, leyla]]);
    expect(csv('schooling_summary').map((x) => [x.resident_id, x.academic_year])).toEqual([[leyla, '2025-2026']]);
    expect(csv('referrals').filter((r) => r.resident_id !== null).map((r) => r.resident_id).sort()).toEqual([leyla, nermin].sort());
    expect(pkg.counts).toMatchObject({ residents: 2, care_episodes: 3, relatives: 1, daily_aggregates: 1, education_plans: 1, schooling_summary: 1 });

    // The pre-check reads the same children: Leyla's birth certificate without a FIN is found.
    ctx.conn.sqlite.prepare("UPDATE residents SET birth_certificate = 'AZE 1112223' WHERE id = ?").run(leyla);
    const pre = await precheckPackage(ctx, '2026-Q2');
    expect(pre.problems.filter((p) => p.code === 'fin_missing').map((p) => p.entityId)).toEqual([leyla]);
    expect(pre.counts).toMatchObject({ residents: 2 });
  });

  it('give each child the stay that covered the period’s end; a child without episodes by the register’s admission date', async () => {
    const ctx = (await testCtx({ role: 'director' })) as TestCtx;
    const { ministry } = await readyInstitution(ctx);
    // Two stays before 2026-Q3's end, the second still open on its last day.
    const aysel = await admitted(ctx, 'Quliyeva', '2026-01-12');
    await ok(ctx, 'care.exit', discharge(aysel, { exitedOn: '2026-03-01', decisionDate: '2026-02-27' }));
    await readmit(ctx, aysel, '2026-08-03');
    await ok(ctx, 'care.exit', discharge(aysel, { exitedOn: '2026-10-05', decisionDate: '2026-10-04' }));
    // Left long before the period: still listed (the register is cumulative), as left.
    const old = await admitted(ctx, 'Köhnə', '2026-01-20');
    await ok(ctx, 'care.exit', discharge(old, { exitedOn: '2026-02-10', decisionDate: '2026-02-09' }));
    // Older data with no episodes at all: the register's admission date decides.
    const bare = await addChild(ctx, { lastName: 'Epizodsuz', admissionDate: '2025-05-05' });
    const later = await addChild(ctx, { lastName: 'Sonrakı', admissionDate: '2026-10-20' });
    ctx.conn.sqlite.prepare('DELETE FROM care_episodes WHERE resident_id IN (?, ?)').run(bare.id, later.id);
    // A voided admission counts for nothing: admitted only after the period.
    const mistaken = await addChild(ctx, { lastName: 'Səhvən', admissionDate: '2026-10-21' });
    await ctx.conn.db.insertInto('care_episodes').values(blankEpisode(ctx.now(), {
      resident_id: mistaken.id, kind: 'admission', started_on: '2026-08-01', admission_type: 'new', placement: 'resident', voided_at: '2026-10-21T09:00:00.000Z', void_reason: 'səhv',
    })).execute();

    const { csv } = await exported(ctx, ministry.identity, '2026-Q3');
    const residents = Object.fromEntries(csv('residents').map((r) => [r.id, [r.status, r.admission_date]]));
    expect(residents).toEqual({
      [aysel]: ['resident', '2026-08-03'],
      [old]: ['discharged', '2026-01-20'],
      [bare.id]: ['resident', '2025-05-05'],
    });
    // Aysel left after the period (discharged today): no exit decision due in its file.
    expect(csv('document_status').filter((d) => d.resident_id === aysel && d.doc_type === 'exit_decision')).toEqual([]);
  });
});
