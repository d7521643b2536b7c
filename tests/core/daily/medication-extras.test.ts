import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import type { Role } from '../../../src-main/core/contract/permissions';
import type { Ctx } from '../../../src-main/core/context';
import { ok } from './call';
import { testCtx } from '../../helpers/db';
import { childInput } from '../../helpers/residents';

// Medication extras (issue 11 §4): allergies on the child (shown on the Today list; a
// prescription of a medicine the child is allergic to refused unless confirmed), stock received
// and disposed of with who and why, the first-aid log; medical roles and the director only.

async function setUp() {
  const base = await testCtx({ now: '2026-11-26T10:00:00Z' });
  const a = (await ok(base, 'residents.create', childInput({ lastName: 'Zeynalov' }))).id;
  const as = (role: Role): Ctx => ({ ...base, actor: { ...base.actor, role, username: `test-${role}` } });
  return { base, a, as };
}

const rx = (residentId: string, medicine: string) => ({ residentId, medicine, dose: '250 mq', route: 'oral' as const, times: ['08:00'], startDate: '2026-11-26', prescriber: 'Dr. Hüseynova' });

describe('medication extras', () => {
  it('keeps allergies on the child, shows them on the Today list, refuses a prescription the child is allergic to unless confirmed', async () => {
    const { a, as } = await setUp();
    const nurse = as('medical');
    await ok(nurse, 'daily.addAllergy', { residentId: a, allergen: 'Amoksisillin', kind: 'medicine', reaction: 'Səpgi', severity: 'severe' });
    await ok(nurse, 'daily.addAllergy', { residentId: a, allergen: 'Fındıq', kind: 'food', severity: 'life_threatening' });
    const twice = await dispatch(nurse, 'daily.addAllergy', { residentId: a, allergen: 'amoksisillin', kind: 'medicine', severity: 'mild' });
    expect(twice.ok ? null : twice.error.fields?.[0]).toMatchObject({ path: 'allergen', message: 'daily.errors.allergyRecorded' });
    expect((await ok(nurse, 'daily.allergies', { residentId: a })).map((x) => [x.allergen, x.kind, x.severity])).toEqual([
      ['Amoksisillin', 'medicine', 'severe'], ['Fındıq', 'food', 'life_threatening'],
    ]);

    const refused = await dispatch(nurse, 'daily.prescribe', rx(a, 'AMOKSİSİLLİN 250'));
    expect(refused.ok).toBe(false);
    expect(refused.ok ? null : [refused.error.code, refused.error.message, refused.error.fields?.[0]?.path, refused.error.params]).toEqual(['conflict', 'daily.errors.allergic', 'medicine', { allergen: 'Amoksisillin' }]);
    expect((await ok(nurse, 'daily.medication', { date: '2026-11-26' })).rows).toEqual([]);
    // A food allergy does not stop a medicine; a confirmed prescription goes through, audited.
    await ok(nurse, 'daily.prescribe', rx(a, 'Parasetamol'));
    await ok(nurse, 'daily.prescribe', { ...rx(a, 'Amoksisillin 250'), allergyConfirmed: true });
    const day = await ok(nurse, 'daily.medication', { date: '2026-11-26' });
    expect(day.rows.map((r) => [r.medicine, r.allergies.map((x) => x.allergen)])).toEqual([
      ['Amoksisillin 250', ['Amoksisillin', 'Fındıq']], ['Parasetamol', ['Amoksisillin', 'Fındıq']],
    ]);
    const audit = await ok(as('director'), 'audit.list', { action: 'medication.prescribe' });
    expect(audit.rows.some((r) => JSON.stringify(r).includes('allergyConfirmed'))).toBe(true);

    // Medical data: a caregiver neither reads nor writes it.
    for (const [name, input] of [['daily.allergies', {}], ['daily.addAllergy', { residentId: a, allergen: 'X', kind: 'food', severity: 'mild' }], ['daily.stock', {}], ['daily.firstAid', {}]] as const) {
      const r = await dispatch(as('caregiver'), name, input as never);
      expect(r.ok ? null : r.error.code).toBe('forbidden');
    }
  });

  it('counts stock in and out per medicine; out needs a reason, a witness and enough on hand', async () => {
    const { as } = await setUp();
    const nurse = as('medical');
    const s1 = await ok(nurse, 'daily.recordStock', { medicine: 'Parasetamol 500 mq', movement: 'received', quantity: 100, unit: 'tablet', date: '2026-11-20', batch: 'PX-11', expiryDate: '2027-06-30', reason: 'Mərkəzi aptek' });
    expect(s1.map((s) => [s.medicine, s.onHand])).toEqual([['Parasetamol 500 mq', 100]]);
    const noWhy = await dispatch(nurse, 'daily.recordStock', { medicine: 'Parasetamol 500 mq', movement: 'disposed', quantity: 10, unit: 'tablet', date: '2026-11-26' });
    expect(noWhy.ok ? null : noWhy.error.fields?.map((f) => f.path)).toEqual(['reason', 'witnessedBy']);
    const tooMany = await dispatch(nurse, 'daily.recordStock', { medicine: 'parasetamol 500 MQ', movement: 'disposed', quantity: 101, unit: 'tablet', date: '2026-11-26', reason: 'Vaxtı keçib', witnessedBy: 'Direktor' });
    expect(tooMany.ok ? null : tooMany.error.fields?.[0]).toMatchObject({ path: 'quantity', message: 'daily.errors.stockShort', params: { onHand: 100 } });
    const future = await dispatch(nurse, 'daily.recordStock', { medicine: 'X', movement: 'received', quantity: 1, unit: 'tablet', date: '2026-11-27' });
    expect(future.ok ? null : future.error.fields?.[0]?.message).toBe('validation.dateFuture');
    const s2 = await ok(nurse, 'daily.recordStock', { medicine: 'parasetamol 500 MQ', movement: 'disposed', quantity: 12, unit: 'tablet', date: '2026-11-26', reason: 'Qablaşdırma islanıb', witnessedBy: 'Həsənova Aynur' });
    expect(s2[0]).toMatchObject({ medicine: 'Parasetamol 500 mq', received: 100, out: 12, onHand: 88 });
    expect(s2[0]!.movements.map((m) => [m.movement, m.quantity, m.witnessedBy, m.recordedBy])).toEqual([
      ['disposed', 12, 'Həsənova Aynur', 'test-medical'], ['received', 100, '', 'test-medical'],
    ]);
  });

  it('logs first aid for a child in care, refused in the future', async () => {
    const { a, as } = await setUp();
    const nurse = as('medical');
    const future = await dispatch(nurse, 'daily.recordFirstAid', { residentId: a, date: '2026-11-27', time: '09:00', whatHappened: 'x', treatment: 'y', givenBy: 'z' });
    expect(future.ok ? null : future.error.fields?.[0]?.message).toBe('validation.dateFuture');
    await ok(nurse, 'daily.recordFirstAid', { residentId: a, date: '2026-11-26', time: '09:10', whatHappened: 'Dizini sıyırdı', treatment: 'Yara yuyuldu, sarğı qoyuldu', givenBy: 'Tibb bacısı Kərimova' });
    expect((await ok(nurse, 'daily.firstAid', {})).map((f) => [f.lastName, f.treatment])).toEqual([['Zeynalov', 'Yara yuyuldu, sarğı qoyuldu']]);
  });
});
