import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import { testCtx } from '../../helpers/db';
import { childInput } from '../../helpers/residents';
import { admission, discharge, ok } from '../care/fixture';

// Daily care asks care's one rule who is in care on a date (care episodes, core/care/queries.ts
// inCareCondition): a child discharged last month is not on today's roll call but is on a roll call
// dated before the exit; a child on leave is on it; a re-admitted child appears again.

async function institution() {
  const ctx = await testCtx({ now: '2026-11-26T10:00:00Z' });
  const add = async (lastName: string) => (await ok(ctx, 'residents.create', childInput({ lastName, firstName: lastName.slice(0, 3) + 'a' }))).id;
  const ids = { stays: await add('Qalan'), left: await add('Gedən'), away: await add('Evdə') };
  await ok(ctx, 'care.exit', discharge(ids.left, { exitedOn: '2026-10-20', decisionDate: '2026-10-19' }));
  await ok(ctx, 'care.leave', { residentId: ids.away, startedOn: '2026-11-25', leaveReason: 'family_visit' });
  return { ctx, ids };
}

const names = async (ctx: Awaited<ReturnType<typeof institution>>['ctx'], date: string) =>
  (await ok(ctx, 'daily.rollCall', { date, group: 'Günəş' })).rows.map((r) => r.lastName);

describe('in care on a date, from the care episodes', () => {
  it('leaves a child discharged last month off today’s roll call and keeps them on one dated before the exit', async () => {
    const { ctx, ids } = await institution();
    expect(await names(ctx, '2026-11-26')).toEqual(['Evdə', 'Qalan']);
    expect(await names(ctx, '2026-10-19')).toEqual(['Evdə', 'Gedən', 'Qalan']);
    // The exit day is the first day out of care.
    expect(await names(ctx, '2026-10-20')).toEqual(['Evdə', 'Qalan']);
    // A mark for the discharged child is refused today and accepted before the exit.
    const r = await dispatch(ctx, 'daily.saveRollCall', { date: '2026-11-26', group: 'Günəş', marks: [{ residentId: ids.left, status: 'present' }] });
    expect(r.ok ? null : r.error.fields).toEqual([{ path: 'marks.0.residentId', message: 'daily.errors.notInCare', params: { date: '2026-11-26' } }]);
    const past = await ok(ctx, 'daily.saveRollCall', { date: '2026-10-15', group: 'Günəş', marks: [{ residentId: ids.left, status: 'present' }] });
    expect(past.rows.find((x) => x.residentId === ids.left)?.status).toBe('present');
    // Notes and incidents follow the same rule.
    expect((await dispatch(ctx, 'daily.addNotes', { residentIds: [ids.left], date: '2026-11-26', time: '10:00', kind: 'general', text: 'x' })).ok).toBe(false);
    expect((await dispatch(ctx, 'daily.addNotes', { residentIds: [ids.left], date: '2026-10-01', time: '10:00', kind: 'general', text: 'x' })).ok).toBe(true);
  });

  it('keeps a child on leave on the roll call, and shows a re-admitted child again from the new admission', async () => {
    const { ctx, ids } = await institution();
    expect(await names(ctx, '2026-11-25')).toContain('Evdə');
    await ok(ctx, 'care.admit', admission({ residentId: ids.left, emergency: true, admissionType: 'readmission', admittedOn: '2026-11-24', decisionDate: '2026-11-23' }));
    expect(await names(ctx, '2026-11-26')).toEqual(['Evdə', 'Gedən', 'Qalan']);
    expect(await names(ctx, '2026-11-23')).toEqual(['Evdə', 'Qalan']);
    expect(await names(ctx, '2026-10-01')).toEqual(['Evdə', 'Gedən', 'Qalan']);
    // The dashboard's "roll call missing" counts the group from the same rule.
    const summary = await ok(ctx, 'daily.day', { date: '2026-11-26' });
    expect(summary.groups.find((g) => g.group === 'Günəş')?.children).toBe(3);
  });
});
