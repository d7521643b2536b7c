import { describe, expect, it } from 'vitest';
import type { Ctx } from '../../../src-main/core/context';
import { inCareOn } from '../../../src-main/core/care/queries';
import { testCtx } from '../../helpers/db';
import { childInput } from '../../helpers/residents';
import { admission, discharge, ok, referralInput, refused } from '../care/fixture';

// A small institution built through the real calls; every expected number below was counted by
// hand from the story of these children in 2026-Q3 (1 July – 30 September), not by the code.
//
//  A  girl 2016-05-10, disability, resident since 2025-01-15 (register)          in care throughout
//  B  boy  2012-03-01, disability, resident since 2024-06-01; exit 08-15 to the biological family
//  C  girl 2021-02-01, referred 07-01, assessed 07-03, admitted 07-10 (commission, resident)
//  D  boy  2024-01-10, referred 08-01, emergency 08-01 (court, day care), assessed 08-05; exit 09-20 to kinship
//  E  girl 2009-10-01, referred 09-01, emergency 09-01 (guardianship, resident), assessed late 09-20
//  F  boy, referred 07-15, diverted to family support 07-20
//  G  girl, referred 09-25, no outcome yet
//  H  boy, referred 06-20 (Q2), not admitted 07-05
//  I  boy  2018-01-01, day attendee since 2026-02-01 (register); exit 07-31 to another institution
//  J  girl 2015-06-01, resident since 2025-03-01; exit 06-30 (Q2); emergency re-admission 08-10 (court), assessed 08-12
//  K  boy  2019-09-30, resident admitted 09-30, the last day (register)
//  L  girl 2010-07-01, resident since 2026-03-01 (register); died 07-01, the first day
async function institution(ctx: Ctx) {
  const reg = async (over: Parameters<typeof childInput>[0]) => (await ok(ctx, 'residents.create', childInput(over))).id;
  const A = await reg({ lastName: 'Əliyeva', firstName: 'Aysel', patronymic: 'Kamran qızı', sex: 'F', dateOfBirth: '2016-05-10', admissionDate: '2025-01-15', disability: true });
  const B = await reg({ lastName: 'Bağırov', firstName: 'Bəhruz', sex: 'M', dateOfBirth: '2012-03-01', admissionDate: '2024-06-01', disability: true });
  const I = await reg({ lastName: 'İsmayılov', firstName: 'İlkin', sex: 'M', dateOfBirth: '2018-01-01', admissionDate: '2026-02-01', status: 'day_attendee' });
  const J = await reg({ lastName: 'Cəfərova', firstName: 'Jalə', patronymic: 'Rauf qızı', sex: 'F', dateOfBirth: '2015-06-01', admissionDate: '2025-03-01' });
  const K = await reg({ lastName: 'Kərimov', firstName: 'Kamal', sex: 'M', dateOfBirth: '2019-09-30', admissionDate: '2026-09-30' });
  const L = await reg({ lastName: 'Lətifova', firstName: 'Lalə', patronymic: 'Mübariz qızı', sex: 'F', dateOfBirth: '2010-07-01', admissionDate: '2026-03-01' });

  await ok(ctx, 'care.exit', discharge(B, { exitedOn: '2026-08-15', decisionDate: '2026-08-14' }));
  await ok(ctx, 'care.exit', discharge(I, { exitedOn: '2026-07-31', destination: 'other_institution', exitReason: 'transfer', decisionDate: '2026-07-30' }));
  await ok(ctx, 'care.exit', discharge(J, { exitedOn: '2026-06-30', decisionDate: '2026-06-29' }));
  await ok(ctx, 'care.exit', discharge(L, { exitedOn: '2026-07-01', destination: 'death', exitReason: 'death', decisionDate: '2026-07-01' }));

  const refC = await ok(ctx, 'care.referralCreate', referralInput({ lastName: 'Cavadova', firstName: 'Ceyran', dateOfBirth: '2021-02-01', referredOn: '2026-07-01' }));
  await ok(ctx, 'care.assess', { referralId: refC.id, assessedOn: '2026-07-03', assessedBy: 'S. İsmayılova', recommendation: 'admit_resident' });
  const C = (await ok(ctx, 'care.admit', admission({ referralId: refC.id, admittedOn: '2026-07-10', decisionDate: '2026-07-09' }))).residentId;

  const refD = await ok(ctx, 'care.referralCreate', referralInput({ lastName: 'Dadaşov', firstName: 'Davud', sex: 'M', patronymic: 'Elşən oğlu', dateOfBirth: '2024-01-10', referredOn: '2026-08-01' }));
  const D = (await ok(ctx, 'care.admit', admission({ referralId: refD.id, admittedOn: '2026-08-01', emergency: true, placement: 'day_care', decidingBody: 'court', decisionDate: '2026-08-01' }))).residentId;
  await ok(ctx, 'care.assess', { referralId: refD.id, assessedOn: '2026-08-05', assessedBy: 'S. İsmayılova', recommendation: 'admit_day_care' });
  await ok(ctx, 'care.exit', discharge(D, { exitedOn: '2026-09-20', destination: 'kinship', decisionDate: '2026-09-19' }));

  const refE = await ok(ctx, 'care.referralCreate', referralInput({ lastName: 'Eyvazova', firstName: 'Elnarə', dateOfBirth: '2009-10-01', referredOn: '2026-09-01' }));
  const E = (await ok(ctx, 'care.admit', admission({ referralId: refE.id, admittedOn: '2026-09-01', emergency: true, decidingBody: 'guardianship', decisionDate: '2026-09-01' }))).residentId;
  await ok(ctx, 'care.assess', { referralId: refE.id, assessedOn: '2026-09-20', assessedBy: 'S. İsmayılova', recommendation: 'admit_resident' });

  const refF = await ok(ctx, 'care.referralCreate', referralInput({ lastName: 'Fərəcov', firstName: 'Fərid', sex: 'M', patronymic: 'Elşən oğlu', referredOn: '2026-07-15' }));
  await ok(ctx, 'care.referralOutcome', { id: refF.id, version: 1, outcome: 'diverted_family_support', outcomeOn: '2026-07-20', outcomeService: 'Ailəyə dəstək mərkəzi' });
  const refG = await ok(ctx, 'care.referralCreate', referralInput({ lastName: 'Qasımova', firstName: 'Gülnar', referredOn: '2026-09-25' }));
  const refH = await ok(ctx, 'care.referralCreate', referralInput({ lastName: 'Həsənov', firstName: 'Hikmət', sex: 'M', patronymic: 'Elşən oğlu', referredOn: '2026-06-20' }));
  await ok(ctx, 'care.referralOutcome', { id: refH.id, version: 1, outcome: 'not_admitted', outcomeOn: '2026-07-05', outcomeReason: 'Ailə özü baxır' });

  const reJ = await ok(ctx, 'care.admit', admission({ residentId: J, admittedOn: '2026-08-10', admissionType: 'readmission', emergency: true, decidingBody: 'court', decisionDate: '2026-08-10' }));
  await ok(ctx, 'care.assess', { episodeId: reJ.episode.id, assessedOn: '2026-08-12', assessedBy: 'S. İsmayılova', recommendation: 'admit_resident' });
  return { A, B, C, D, E, I, J, K, L, refF: refF.id, refG: refG.id, refH: refH.id };
}

const flow = (opening: number, admissions: number, exits: number, closing: number) => ({ opening, admissions, exits, closing });

describe('reports.indicators on a hand-built institution, 2026-Q3', () => {
  it('counts every indicator as counted by hand', async () => {
    const ctx = await testCtx({ role: 'director' });
    await institution(ctx);
    const r = await ok(ctx, 'reports.indicators', { period: '2026-Q3' });
    expect(r.period).toEqual({ label: '2026-Q3', kind: 'quarter', start: '2026-07-01', end: '2026-09-30' });
    const p = r.population;
    expect(flow(p.opening, p.admissions, p.exits, p.closing)).toEqual(flow(4, 5, 4, 5));
    const pick = (f: typeof p.residents) => flow(f.opening, f.admissions, f.exits, f.closing);
    expect(pick(p.residents)).toEqual(flow(3, 4, 2, 5));
    expect(pick(p.dayCare)).toEqual(flow(1, 1, 2, 0));
    expect(p.bySex).toEqual({ M: flow(2, 2, 3, 1), F: flow(2, 3, 1, 4) });
    expect(p.byAge).toEqual({
      '0-2': flow(0, 1, 1, 0), '3-5': flow(0, 1, 0, 1), '6-10': flow(2, 1, 1, 2), '11-14': flow(1, 1, 1, 1), '15-17': flow(1, 1, 1, 1), '18+': flow(0, 0, 0, 0),
    });
    expect(p.byDisability).toEqual({ yes: flow(2, 0, 1, 1), no: flow(2, 5, 3, 4) });
    expect(p.dayCare.bySex).toEqual({ M: flow(1, 1, 2, 0), F: flow(0, 0, 0, 0) });

    expect(r.referrals).toEqual({
      received: 5,
      byOutcome: { admitted_resident: 2, admitted_day_care: 1, diverted_family_support: 1, diverted_community: 0, not_admitted: 0, pending: 1 },
    });
    expect(r.prevented).toEqual({ total: 2, byOutcome: { diverted_family_support: 1, diverted_community: 0, not_admitted: 1 } });
    expect(r.admissions).toEqual({
      total: 5,
      byType: { new: 4, readmission: 1, transfer_in: 0 },
      byBasis: { court: 2, commission: 2, guardianship: 1, labour_ministry: 0, other: 0 },
      emergency: 3,
      emergencyAssessedInTime: 2,
      emergencyAssessedShare: 2 / 3,
      assessedOnEntry: 3,
      assessedOnEntryShare: 3 / 5,
      assessmentDays: 7,
    });
    expect(r.exits).toEqual({
      total: 4,
      byDestination: {
        biological_family: 1, kinship: 1, guardianship: 0, foster_family: 0, domestic_adoption: 0, international_adoption: 0,
        other_institution: 1, independent_living: 0, death: 1, other: 0,
      },
      toFamily: 2,
      toFamilyShare: 0.5,
      byReason: { family_ready: 2, aged_out: 0, further_education: 0, transfer: 1, adoption: 0, death: 1, other: 0 },
      deaths: 1,
    });
    // in care on 09-30: A 623, C 82, E 29, K 0, J 51 days; exits: B 805, D 50, I 180, L 122 days
    expect(r.lengthOfStay).toEqual({ inCare: { n: 5, medianDays: 51, meanDays: 157 }, exits: { n: 4, medianDays: 151, meanDays: 289.3 } });
    expect(r.disability).toEqual({ inCare: 1, residents: 1, dayCare: 0 });
  });

  it('opens and closes on the days care reads: inCareOn the day before and on the last day', async () => {
    const ctx = await testCtx({ role: 'director' });
    await institution(ctx);
    const r = await ok(ctx, 'reports.indicators', { period: '2026-Q3' });
    expect((await inCareOn(ctx.db, '2026-06-30')).length).toBe(r.population.opening);
    expect((await inCareOn(ctx.db, '2026-09-30')).length).toBe(r.population.closing);
    // the quarter before: A, B, I (February), J and L (March) on 03-31; J left on its last day
    const q2 = await ok(ctx, 'reports.indicators', { period: '2026-Q2' });
    expect(flow(q2.population.opening, q2.population.admissions, q2.population.exits, q2.population.closing)).toEqual(flow(5, 0, 1, 4));
    // August: A, B, C on 07-31 (I left that day); D and J came; B left
    const aug = await ok(ctx, 'reports.indicators', { period: '2026-08' });
    expect(flow(aug.population.opening, aug.population.admissions, aug.population.exits, aug.population.closing)).toEqual(flow(3, 2, 1, 4));
    const year = await ok(ctx, 'reports.indicators', { period: '2026' });
    expect(year.population.opening).toBe(3); // A, B, J on 2025-12-31
    expect(year.exits.total).toBe(5); // B, D, I, J, L
  });

  it('lists the children behind a number, and refuses a number that does not exist', async () => {
    const ctx = await testCtx({ role: 'social_worker' });
    const ids = await institution(ctx);
    const exits = await ok(ctx, 'reports.children', { period: '2026-Q3', indicator: 'population', cell: 'bySex.M.exits' });
    expect(exits.map((c) => [c.residentId, c.date])).toEqual([[ids.B, '2026-08-15'], [ids.D, '2026-09-20'], [ids.I, '2026-07-31']]);
    const prevented = await ok(ctx, 'reports.children', { period: '2026-Q3', indicator: 'prevented', cell: 'total' });
    expect(prevented.map((c) => [c.lastName, c.referralId, c.residentId, c.date])).toEqual([['Fərəcov', ids.refF, null, '2026-07-20'], ['Həsənov', ids.refH, null, '2026-07-05']]);
    const late = await ok(ctx, 'reports.children', { period: '2026-Q3', indicator: 'admissions', cell: 'emergencyAssessedInTime' });
    expect(late.map((c) => c.residentId).sort()).toEqual([ids.D, ids.J].sort());
    expect(await ok(ctx, 'reports.children', { period: '2026-Q3', indicator: 'population', cell: 'byAge.18+.closing' })).toEqual([]);
    let err = await refused(ctx, 'reports.children', { period: '2026-Q3', indicator: 'exits', cell: 'toFamilyShare' });
    expect(err.fields).toEqual([{ path: 'cell', message: 'reports.errors.cell' }]);
    err = await refused(ctx, 'reports.indicators', { period: '2026-Q9' });
    expect(err.fields).toEqual([{ path: 'period', message: 'reports.errors.period' }]);
  });

  it('every count equals the length of its drill-down', async () => {
    const ctx = await testCtx({ role: 'director' });
    await institution(ctx);
    const { computeFor } = await import('../../../src-main/core/reports/service');
    const { countPaths } = await import('../../../src-main/core/reports/compute');
    const { valueAt } = await import('../../../src-main/core/reports/layout');
    const { dto, cells } = await computeFor(ctx, '2026-Q3');
    const paths = countPaths(dto);
    expect(paths.length).toBeGreaterThan(100);
    for (const path of paths) {
      const [indicator, ...cell] = path.split('.');
      const value = valueAt(dto, indicator!, cell.join('.'));
      expect(cells.get(path)?.length ?? 0, path).toBe(value);
    }
  });

  it('is read by the roles of the matrix only', async () => {
    const ctx = await testCtx({ role: 'caregiver' });
    const err = await refused(ctx, 'reports.indicators', { period: '2026-Q3' });
    expect(err.code).toBe('forbidden');
    const ro = await testCtx({ role: 'read_only' });
    expect((await ok(ro, 'reports.indicators', { period: '2026-Q3' })).population.closing).toBe(0);
  });
});
