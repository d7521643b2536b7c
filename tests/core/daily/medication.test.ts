import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import type { CallInput } from '../../../src-main/core/contract/calls';
import type { Role } from '../../../src-main/core/contract/permissions';
import { getDashboard } from '../../../src-main/core/dashboard/service';
import { testCtx } from '../../helpers/db';
import { childInput } from '../../helpers/residents';
import { ok } from './call';

// Medication (issue 11 §4): prescriptions and doses, the Today list, the day's numbers and the
// "doses missed today" signal; only medical staff and the director.

async function setUp(role: Role = 'medical') {
  const base = await testCtx({ now: '2026-11-26T10:00:00Z' });
  const child = (await ok(base, 'residents.create', childInput({ lastName: 'Zeynalov' }))).id;
  const ctx = { ...base, actor: { ...base.actor, role, username: `test-${role}` } };
  return { ctx, base, child };
}

const rx = (residentId: string, over: Partial<CallInput<'daily.prescribe'>> = {}): CallInput<'daily.prescribe'> => ({
  residentId, medicine: 'Amoksisillin', dose: '250 mq', route: 'oral', times: ['20:00', '08:00'], startDate: '2026-11-20', endDate: '2026-11-30', prescriber: 'Dr. Əliyeva', ...over,
});

describe('medication', () => {
  it('lists the day’s doses, records a given and a refused one, and the day and the dashboard count them', async () => {
    const { ctx, child } = await setUp();
    const { id } = await ok(ctx, 'daily.prescribe', rx(child));
    const day0 = await ok(ctx, 'daily.medication', { date: '2026-11-26' });
    expect(day0.rows.map((r) => [r.medicine, r.due.map((d) => d.time)])).toEqual([['Amoksisillin', ['08:00', '20:00']]]);
    expect(day0.counts).toEqual({ due: 2, given: 0, refused: 0, missed: 0, pending: 2 });

    await ok(ctx, 'daily.recordDose', { medicationId: id, date: '2026-11-26', scheduledTime: '08:00', outcome: 'given' });
    const day = await ok(ctx, 'daily.recordDose', { medicationId: id, date: '2026-11-26', scheduledTime: '20:00', outcome: 'refused', reason: 'Tüpürdü' });
    expect(day.rows[0]!.due.map((d) => [d.time, d.recorded?.outcome, d.recorded?.dose, d.recorded?.reason])).toEqual([
      ['08:00', 'given', '250 mq', ''],
      ['20:00', 'refused', '', 'Tüpürdü'],
    ]);
    expect(day.counts).toEqual({ due: 2, given: 1, refused: 1, missed: 0, pending: 0 });
    const summary = await ok(ctx, 'daily.day', { date: '2026-11-26' });
    expect(summary.doses).toEqual({ due: 2, given: 1, refused: 1, missed: 0 });
    const signal = (await getDashboard(ctx)).signals.find((s) => s.kind === 'doses_missed_today');
    expect(signal).toMatchObject({ count: 1, children: true });
    const audit = ctx.conn.sqlite.prepare("SELECT action, entity_id FROM audit_log WHERE action LIKE 'medication.%' ORDER BY seq").all();
    expect(audit).toEqual([
      { action: 'medication.prescribe', entity_id: child },
      { action: 'medication.dose', entity_id: child },
      { action: 'medication.dose', entity_id: child },
    ]);
  });

  it('refuses a dose not prescribed, outside its dates, twice, or refused without a reason, writing nothing', async () => {
    const { ctx, child } = await setUp();
    const { id } = await ok(ctx, 'daily.prescribe', rx(child));
    await ok(ctx, 'daily.recordDose', { medicationId: id, date: '2026-11-26', scheduledTime: '08:00', outcome: 'given' });
    const refuse = async (input: CallInput<'daily.recordDose'>) => {
      const r = await dispatch(ctx, 'daily.recordDose', input);
      if (r.ok) throw new Error('accepted');
      return r.error;
    };
    expect((await refuse({ medicationId: 'nope', date: '2026-11-26', scheduledTime: '08:00', outcome: 'given' })).fields).toEqual([{ path: 'medicationId', message: 'daily.errors.notPrescribed' }]);
    expect((await refuse({ medicationId: id, date: '2026-11-26', scheduledTime: '12:00', outcome: 'given' })).fields).toEqual([{ path: 'scheduledTime', message: 'daily.errors.notPrescribed' }]);
    expect((await refuse({ medicationId: id, date: '2026-11-26', scheduledTime: null, outcome: 'given' })).fields).toEqual([{ path: 'scheduledTime', message: 'daily.errors.notPrescribed' }]);
    expect((await refuse({ medicationId: id, date: '2026-11-19', scheduledTime: '08:00', outcome: 'given' })).fields).toEqual([
      { path: 'date', message: 'daily.errors.outsidePrescription', params: { start: '2026-11-20', end: '2026-11-30' } },
    ]);
    expect((await refuse({ medicationId: id, date: '2026-11-27', scheduledTime: '08:00', outcome: 'given' })).fields).toEqual([{ path: 'date', message: 'validation.dateFuture' }]);
    expect((await refuse({ medicationId: id, date: '2026-11-26', scheduledTime: '08:00', outcome: 'given' })).message).toBe('daily.errors.doseRecorded');
    expect((await refuse({ medicationId: id, date: '2026-11-26', scheduledTime: '20:00', outcome: 'missed' })).fields).toEqual([{ path: 'reason', message: 'validation.required' }]);
    expect(ctx.conn.sqlite.prepare('SELECT count(*) FROM medication_doses').pluck().get()).toBe(1);
  });

  it('refuses a prescription without times unless as needed with its reason, or ending before it starts', async () => {
    const { ctx, child } = await setUp();
    const fields = async (input: CallInput<'daily.prescribe'>) => {
      const r = await dispatch(ctx, 'daily.prescribe', input);
      return r.ok ? null : r.error.fields;
    };
    expect(await fields(rx(child, { times: [] }))).toEqual([{ path: 'times', message: 'daily.errors.noTimes' }]);
    expect(await fields(rx(child, { times: [], asNeeded: true }))).toEqual([{ path: 'asNeededReason', message: 'validation.required' }]);
    expect(await fields(rx(child, { endDate: '2026-11-01' }))).toEqual([{ path: 'endDate', message: 'daily.errors.endBeforeStart' }]);
    const { id } = await ok(ctx, 'daily.prescribe', rx(child, { medicine: 'Paracetamol', times: [], asNeeded: true, asNeededReason: 'Temperatur 38°-dən yuxarı' }));
    const day = await ok(ctx, 'daily.recordDose', { medicationId: id, date: '2026-11-26', scheduledTime: null, outcome: 'given', dose: '250 mq' });
    expect(day.rows.find((r) => r.medicationId === id)?.extra.map((d) => d.outcome)).toEqual(['given']);
  });

  it('keeps medication from a caregiver', async () => {
    const { ctx } = await setUp('caregiver');
    const r = await dispatch(ctx, 'daily.medication', { date: '2026-11-26' });
    expect(r.ok ? null : r.error.code).toBe('forbidden');
    expect((await getDashboard(ctx)).signals.map((s) => s.kind)).not.toContain('doses_missed_today');
  });
});
