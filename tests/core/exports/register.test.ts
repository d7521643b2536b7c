import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import { actor, testCtx } from '../../helpers/db';
import { addChild, insertInstitution } from '../packages/db-fixture';
import { admittedChild, discharge, ok, referralInput, admission } from '../care/fixture';

// The register of children: every stay in admission order, numbered across the whole register;
// a period keeps the stays begun or ended in it with their numbers; the XLSX has the same rows.

async function threeStays() {
  const ctx = await testCtx();
  await insertInstitution(ctx);
  const old = await addChild(ctx, { lastName: 'Abbasov', firstName: 'Anar', patronymic: 'Elşən oğlu', sex: 'M', dateOfBirth: '2015-03-01', admissionDate: '2022-09-01', admissionBasis: 'commission', admissionDecisionNumber: '12/3', admissionDecisionDate: '2022-08-25', admissionAuthority: 'Nəsimi rayon komissiyası' });
  const gone = await admittedChild(ctx);
  await ok(ctx, 'care.exit', discharge(gone.residentId));
  const ref = await ok(ctx, 'care.referralCreate', referralInput({ lastName: 'Şükürov', firstName: 'Ülvi', patronymic: 'Oqtay oğlu', sex: 'M', referredOn: '2026-11-20' }));
  await ok(ctx, 'care.assess', { referralId: ref.id, assessedOn: '2026-11-21', assessedBy: 'Səbinə İsmayılova', recommendation: 'admit_resident', needs: { family: 'Ata xəstədir' } });
  const late = await ok(ctx, 'care.admit', admission({ referralId: ref.id, admittedOn: '2026-11-22', decisionNumber: 'K-120', decisionDate: '2026-11-21' }));
  return { ctx, old, gone, late };
}

describe('the register of children', () => {
  it('lists every stay in admission order with its basis, decision, exit and destination', async () => {
    const { ctx, old, gone, late } = await threeStays();
    const dto = await ok(ctx, 'exports.register', {});
    expect(dto.rows.map((r) => [r.no, r.residentId, r.admittedOn, r.exitedOn])).toEqual([
      [1, old.id, '2022-09-01', null],
      [2, gone.residentId, '2026-11-10', '2026-11-20'],
      [3, late.residentId, '2026-11-22', null],
    ]);
    expect(dto.rows[1]).toMatchObject({ lastName: 'Hüseynova', decidingBody: 'commission', decisionNumber: 'K-112', decisionDate: '2026-11-09', destination: 'biological_family', exitDecisionNumber: 'Q-45', exitDecisionDate: '2026-11-19' });
  });

  it('keeps, for a period, the stays begun or ended in it, with their numbers in the whole register', async () => {
    const { ctx, gone } = await threeStays();
    const dto = await ok(ctx, 'exports.register', { from: '2026-11-15', to: '2026-11-21' });
    expect(dto.rows.map((r) => [r.no, r.residentId])).toEqual([[2, gone.residentId]]);
    const none = await ok(ctx, 'exports.register', { from: '2025-01-01', to: '2025-12-31' });
    expect(none.rows).toEqual([]);
  });

  it('writes the same rows to XLSX, audited, and is refused to a caregiver', async () => {
    const { ctx } = await threeStays();
    const file = await ok(ctx, 'exports.registerXlsx', { lang: 'az' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[1]!;
    expect(ws.getRow(1).getCell(5).value).toBe('Qəbulun əsası');
    expect(ws.getRow(3).getCell(2).value).toBe('Hüseynova Nərmin Elşən qızı');
    expect(ws.getRow(3).getCell(6).value).toBe('№ K-112, 09.11.2026');
    expect(ws.getRow(3).getCell(7).value).toEqual(new Date('2026-11-20T00:00:00Z'));
    expect(ws.getRow(3).getCell(8).value).toBe('Bioloji ailə');
    expect(ws.rowCount).toBe(4);
    const audit = await ctx.db.selectFrom('audit_log').select('after').where('action', '=', 'export.xlsx').execute();
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({ kind: 'register', rows: 3 });
    const r = await dispatch({ ...ctx, actor: actor('caregiver') }, 'exports.register', {});
    expect(r.ok).toBe(false);
  });
});
