import { describe, expect, it } from 'vitest';
import type { Role } from '../../../src-main/core/contract/permissions';
import type { CallInput } from '../../../src-main/core/contract/calls';
import { isMedicalField } from '../../../src-main/core/audit/medical';
import { testCtx } from '../../helpers/db';
import { childInput } from '../../helpers/residents';
import { ok, refused } from '../care/fixture';

// Correcting medical records: a mistaken allergy, prescription or first-aid entry is voided with a
// reason (kept, left out of every list, of the round and of the allergy check); a medicine the
// doctor stops leaves the round from the day after its last day, its doses kept; a prescription
// with doses is stopped, never voided. Every change audited on the child; refusals write nothing.

async function setUp() {
  const base = await testCtx({ now: '2026-11-26T10:00:00Z' });
  const a = (await ok(base, 'residents.create', childInput({ lastName: 'Zeynalov' }))).id;
  const as = (role: Role, now = '2026-11-26T10:00:00Z') => ({ ...base, now: () => new Date(now), actor: { ...base.actor, role, username: `test-${role}` } });
  /** Everything a correction could write: the four tables and the audit log. */
  const state = () =>
    JSON.stringify(
      // (a forbidden call is audited as access.denied: that is the dispatcher's, not a change)
      ['allergies', 'medications', 'medication_doses', 'first_aid', "audit_log WHERE action <> 'access.denied'"].map((t) => base.conn.sqlite.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()),
    );
  const audits = (action: string) =>
    (base.conn.sqlite.prepare('SELECT entity, entity_id, actor, before, after FROM audit_log WHERE action = ? ORDER BY seq').all(action) as Array<{ entity: string; entity_id: string; actor: string; before: string | null; after: string | null }>).map(
      (r) => ({ entity: r.entity, entityId: r.entity_id, actor: r.actor, before: r.before && JSON.parse(r.before), after: r.after && JSON.parse(r.after) }),
    );
  return { base, a, as, state, audits };
}

const rx = (residentId: string, over: Partial<CallInput<'daily.prescribe'>> = {}): CallInput<'daily.prescribe'> => ({
  residentId, medicine: 'Amoksisillin 250 mq', dose: '1 tablet', route: 'oral', times: ['08:00', '20:00'], startDate: '2026-11-20', prescriber: 'Dr. Hüseynova', ...over,
});

describe('correcting medical records', () => {
  it('voids a mistaken allergy with its reason: it stops blocking the prescription, leaves the lists, is audited', async () => {
    const { a, as, state, audits } = await setUp();
    const nurse = as('medical');
    const { id } = await ok(nurse, 'daily.addAllergy', { residentId: a, allergen: 'Amoksisillin', kind: 'medicine', reaction: 'Səpgi', severity: 'severe' });
    expect((await refused(nurse, 'daily.prescribe', rx(a))).message).toBe('daily.errors.allergic');

    // Refused, nothing written: no reason, a caregiver, a stale version, an unknown id.
    const before = state();
    expect((await refused(nurse, 'daily.voidAllergy', { id, reason: '  ' })).fields).toMatchObject([{ path: 'reason', message: 'validation.required' }]);
    expect((await refused(as('caregiver'), 'daily.voidAllergy', { id, reason: 'Səhv' })).code).toBe('forbidden');
    expect((await refused(nurse, 'daily.voidAllergy', { id, version: 2, reason: 'Səhv' })).message).toBe('errors.staleVersion');
    expect((await refused(nurse, 'daily.voidAllergy', { id: 'nope', reason: 'Səhv' })).message).toBe('daily.errors.allergyNotFound');
    expect(state()).toBe(before);

    await ok(nurse, 'daily.voidAllergy', { id, version: 1, reason: 'Başqa uşağın kartından səhvən köçürülüb' });
    expect(await ok(nurse, 'daily.allergies', { residentId: a })).toEqual([]);
    expect(await ok(nurse, 'daily.allergies', {})).toEqual([]);
    expect((await refused(nurse, 'daily.voidAllergy', { id, reason: 'Yenə' })).code).toBe('not_found');
    // The row is kept, voided with the reason.
    expect(nurse.conn.sqlite.prepare('SELECT void_reason, version, voided_at IS NOT NULL v FROM allergies WHERE id = ?').get(id)).toEqual({ void_reason: 'Başqa uşağın kartından səhvən köçürülüb', version: 2, v: 1 });
    expect(audits('allergy.void')).toEqual([
      {
        entity: 'resident', entityId: a, actor: 'test-medical',
        before: { allergyId: id, allergen: 'Amoksisillin', kind: 'medicine', reaction: 'Səpgi', severity: 'severe', notedDate: null },
        after: { allergyId: id, voidReason: 'Başqa uşağın kartından səhvən köçürülüb' },
      },
    ]);

    // The prescription it blocked is accepted now, and the round shows no allergy beside it.
    await ok(nurse, 'daily.prescribe', rx(a));
    const day = await ok(nurse, 'daily.medication', { date: '2026-11-26' });
    expect(day.rows.map((r) => [r.medicine, r.allergies])).toEqual([['Amoksisillin 250 mq', []]]);
    // The allergen can be recorded again (the voided entry does not count as recorded).
    await ok(nurse, 'daily.addAllergy', { residentId: a, allergen: 'amoksisillin', kind: 'medicine', severity: 'mild' });
    // The reason is a medical field in the audit: the administrator (audit.read, not residents.medical) sees that it was given, not what it says.
    expect(isMedicalField('resident', 'voidReason')).toBe(true);
    expect(isMedicalField('resident', 'stopReason')).toBe(true);
    const seen = (await ok(as('admin'), 'audit.list', { action: 'allergy.void' })).rows;
    expect(seen.map((r) => [r.entityId, r.after])).toEqual([[a, { allergyId: id, voidReason: null }]]);
    expect(JSON.stringify(seen)).not.toContain('köçürülüb');
    expect(JSON.stringify(seen)).not.toContain('Amoksisillin');
  });

  it('stops a prescription: on the round on its last day, off it the next day, doses kept; refusals write nothing', async () => {
    const { a, as, state, audits } = await setUp();
    const nurse = as('medical');
    const { id } = await ok(nurse, 'daily.prescribe', rx(a, { medicine: 'Parasetamol 500 mq' }));
    await ok(nurse, 'daily.recordDose', { medicationId: id, date: '2026-11-25', scheduledTime: '08:00', outcome: 'given' });

    const before = state();
    const endDateError = async (endDate: string) => (await refused(nurse, 'daily.stopPrescription', { id, endDate, reason: 'Həkim dayandırdı' })).fields?.[0];
    expect(await endDateError('2026-11-27')).toMatchObject({ path: 'endDate', message: 'validation.dateFuture' });
    expect(await endDateError('2026-11-19')).toMatchObject({ path: 'endDate', message: 'daily.errors.stopBeforeStart', params: { start: '20.11.2026' } });
    expect(await endDateError('2026-11-24')).toMatchObject({ path: 'endDate', message: 'daily.errors.dosesAfterStop', params: { date: '25.11.2026' } });
    expect((await refused(nurse, 'daily.stopPrescription', { id, endDate: '2026-11-26', reason: '' })).fields).toMatchObject([{ path: 'reason', message: 'validation.required' }]);
    expect((await refused(nurse, 'daily.stopPrescription', { id, endDate: '2026-11-26' } as never)).fields?.[0]?.path).toBe('reason');
    expect((await refused(as('caregiver'), 'daily.stopPrescription', { id, endDate: '2026-11-26', reason: 'x' })).code).toBe('forbidden');
    expect((await refused(nurse, 'daily.stopPrescription', { id, version: 3, endDate: '2026-11-26', reason: 'x' })).message).toBe('errors.staleVersion');
    expect(state()).toBe(before);

    await ok(nurse, 'daily.stopPrescription', { id, version: 1, endDate: '2026-11-26', reason: 'Həkim dayandırdı: temperatur normallaşıb' });
    // Its last day: still on the round; the next day (the core's today moves on): off it.
    expect((await ok(nurse, 'daily.medication', { date: '2026-11-26' })).rows.map((r) => r.medicine)).toEqual(['Parasetamol 500 mq']);
    const tomorrow = as('medical', '2026-11-27T08:00:00Z');
    expect((await ok(tomorrow, 'daily.medication', { date: '2026-11-27' })).rows).toEqual([]);
    expect((await refused(tomorrow, 'daily.recordDose', { medicationId: id, date: '2026-11-27', scheduledTime: '08:00', outcome: 'given' })).fields?.[0]?.message).toBe('daily.errors.outsidePrescription');
    // The dose already given stays.
    const d25 = await ok(tomorrow, 'daily.medication', { date: '2026-11-25' });
    expect(d25.rows[0]!.due.map((x) => [x.time, x.recorded?.outcome ?? null])).toEqual([['08:00', 'given'], ['20:00', null]]);
    expect((await ok(tomorrow, 'daily.prescriptions', { residentId: a })).map((p) => [p.medicine, p.startDate, p.endDate, p.dosesRecorded, p.version])).toEqual([
      ['Parasetamol 500 mq', '2026-11-20', '2026-11-26', 1, 2],
    ]);
    // Stopping it again on the same day or later is refused: it already ends then.
    expect((await refused(tomorrow, 'daily.stopPrescription', { id, endDate: '2026-11-27', reason: 'x' })).fields?.[0]).toMatchObject({ path: 'endDate', message: 'daily.errors.alreadyEnds', params: { end: '26.11.2026' } });
    expect(audits('medication.stop')).toEqual([
      {
        entity: 'resident', entityId: a, actor: 'test-medical',
        before: { medicationId: id, medicine: 'Parasetamol 500 mq', endDate: null },
        after: { medicationId: id, endDate: '2026-11-26', stopReason: 'Həkim dayandırdı: temperatur normallaşıb' },
      },
    ]);
  });

  it('voids a prescription entered by mistake, and refuses to void one with doses (stop it instead)', async () => {
    const { a, as, state, audits } = await setUp();
    const nurse = as('medical');
    const given = (await ok(nurse, 'daily.prescribe', rx(a, { medicine: 'Parasetamol 500 mq' }))).id;
    // A refused dose is a dose recorded against it, too.
    await ok(nurse, 'daily.recordDose', { medicationId: given, date: '2026-11-26', scheduledTime: '08:00', outcome: 'refused', reason: 'Uşaq imtina etdi' });
    const mistaken = (await ok(nurse, 'daily.prescribe', rx(a, { medicine: 'İbuprofen 200 mq', times: ['12:00'] }))).id;

    const before = state();
    const e = await refused(nurse, 'daily.voidPrescription', { id: given, reason: 'Səhv' });
    expect([e.code, e.message, e.params, e.fields]).toEqual(['conflict', 'daily.errors.prescriptionHasDoses', { count: 1 }, [{ path: 'id', message: 'daily.errors.prescriptionHasDoses', params: { count: 1 } }]]);
    expect((await refused(as('caregiver'), 'daily.voidPrescription', { id: mistaken, reason: 'Səhv' })).code).toBe('forbidden');
    expect((await refused(nurse, 'daily.voidPrescription', { id: mistaken, reason: '' })).fields?.[0]?.path).toBe('reason');
    expect(state()).toBe(before);

    await ok(nurse, 'daily.voidPrescription', { id: mistaken, version: 1, reason: 'Başqa uşağa yazılmalı idi' });
    expect((await ok(nurse, 'daily.medication', { date: '2026-11-26' })).rows.map((r) => r.medicine)).toEqual(['Parasetamol 500 mq']);
    expect((await ok(nurse, 'daily.prescriptions', { residentId: a })).map((p) => p.medicine)).toEqual(['Parasetamol 500 mq']);
    expect((await refused(nurse, 'daily.voidPrescription', { id: mistaken, reason: 'Yenə' })).message).toBe('daily.errors.prescriptionNotFound');
    expect((await refused(nurse, 'daily.stopPrescription', { id: mistaken, endDate: '2026-11-26', reason: 'x' })).message).toBe('daily.errors.prescriptionNotFound');
    expect((await refused(nurse, 'daily.recordDose', { medicationId: mistaken, date: '2026-11-26', scheduledTime: '12:00', outcome: 'given' })).fields?.[0]?.message).toBe('daily.errors.notPrescribed');
    expect(audits('medication.void')).toEqual([
      {
        entity: 'resident', entityId: a, actor: 'test-medical',
        before: { medicationId: mistaken, medicine: 'İbuprofen 200 mq', dose: '1 tablet', route: 'oral', times: ['12:00'], asNeeded: false, startDate: '2026-11-20', endDate: null, prescriber: 'Dr. Hüseynova' },
        after: { medicationId: mistaken, voidReason: 'Başqa uşağa yazılmalı idi' },
      },
    ]);
  });

  it('voids a mistaken first-aid entry: gone from the log and the child’s list, audited', async () => {
    const { a, base, as, state, audits } = await setUp();
    const nurse = as('medical');
    const b = (await ok(base, 'residents.create', childInput({ lastName: 'Babayev' }))).id;
    const { id } = await ok(nurse, 'daily.recordFirstAid', { residentId: a, date: '2026-11-26', time: '09:10', whatHappened: 'Dizini sıyırdı', treatment: 'Yara yuyuldu', givenBy: 'Kərimova' });
    await ok(nurse, 'daily.recordFirstAid', { residentId: b, date: '2026-11-26', time: '11:00', whatHappened: 'Barmağını kəsdi', treatment: 'Sarğı', givenBy: 'Kərimova' });
    expect((await ok(nurse, 'daily.firstAid', { residentId: a })).map((f) => f.whatHappened)).toEqual(['Dizini sıyırdı']);

    const before = state();
    expect((await refused(as('caregiver'), 'daily.voidFirstAid', { id, reason: 'Səhv uşaq' })).code).toBe('forbidden');
    expect((await refused(nurse, 'daily.voidFirstAid', { id, reason: '' })).fields?.[0]?.path).toBe('reason');
    expect(state()).toBe(before);

    await ok(nurse, 'daily.voidFirstAid', { id, reason: 'Səhv uşaq seçilib' });
    expect(await ok(nurse, 'daily.firstAid', { residentId: a })).toEqual([]);
    expect((await ok(nurse, 'daily.firstAid', {})).map((f) => f.whatHappened)).toEqual(['Barmağını kəsdi']);
    expect((await refused(nurse, 'daily.voidFirstAid', { id, reason: 'Yenə' })).message).toBe('daily.errors.firstAidNotFound');
    expect(audits('first_aid.void')).toEqual([
      {
        entity: 'resident', entityId: a, actor: 'test-medical',
        before: { firstAidId: id, date: '2026-11-26', time: '09:10', whatHappened: 'Dizini sıyırdı', treatment: 'Yara yuyuldu', givenBy: 'Kərimova', incidentId: null },
        after: { firstAidId: id, voidReason: 'Səhv uşaq seçilib' },
      },
    ]);
    // What happened to the child is a medical detail too: the administrator sees neither it nor the treatment.
    const seen = JSON.stringify((await ok(as('admin'), 'audit.list', { action: 'first_aid.' })).rows);
    expect(seen).toContain('firstAidId');
    for (const secret of ['Dizini sıyırdı', 'Barmağını kəsdi', 'Yara yuyuldu']) expect(seen).not.toContain(secret);
  });
});
