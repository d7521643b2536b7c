import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import type { CallInput } from '../../../src-main/core/contract/calls';
import { ok } from './call';
import type { Ctx } from '../../../src-main/core/context';
import type { Role } from '../../../src-main/core/contract/permissions';
import { getDashboard } from '../../../src-main/core/dashboard/service';
import { testCtx } from '../../helpers/db';
import { childInput } from '../../helpers/residents';

// The roll call (issue 11 §1): one call, one transaction, every changed mark audited on the child;
// bad input named by its field with nothing written.

async function institution(role: Role = 'director') {
  const ctx = await testCtx({ now: '2026-11-26T10:00:00Z' });
  const add = async (lastName: string, over: Partial<CallInput<'residents.create'>> = {}) =>
    (await ok(ctx, 'residents.create', childInput({ lastName, firstName: lastName.slice(0, 3) + 'a', ...over }))).id;
  const ids = {
    zeynalov: await add('Zeynalov'),
    aliyev: await add('Əliyev'),
    babayev: await add('Babayev', { status: 'day_attendee' }),
    // Admitted yesterday: not in care on the 20th.
    new: await add('Yeni', { admissionDate: '2026-11-25' }),
    other: await add('Quliyev', { groupName: 'Ulduz' }),
    left: await add('Getmiş'),
  };
  // Left care on the 15th (care episodes: the exit day is the first day out of care).
  await ok(ctx, 'care.exit', { residentId: ids.left, exitedOn: '2026-11-15', destination: 'biological_family', exitReason: 'family_ready', decidingBody: 'guardianship', decisionNumber: 'Q-1', decisionDate: '2026-11-14' });
  const as = { ...ctx, actor: { ...ctx.actor, role, username: `test-${role}` } };
  return { ctx: as, director: ctx, ids };
}

const auditCount = (ctx: Ctx & { conn: { sqlite: import('better-sqlite3').Database } }, action: string) =>
  Number(ctx.conn.sqlite.prepare('SELECT count(*) FROM audit_log WHERE action = ?').pluck().get(action));

describe('daily.rollCall and daily.saveRollCall', () => {
  it('lists every child in care that day in the group, in az name order, unmarked until saved', async () => {
    const { ctx, ids } = await institution();
    const day = await ok(ctx, 'daily.rollCall', { date: '2026-11-20', group: 'Günəş' });
    expect(day.saved).toBeNull();
    // Babayev, Əliyev, Zeynalov: Ə after E in az order; Yeni came on the 25th, Quliyev is in Ulduz,
    // Getmiş left on the 15th.
    expect(day.rows.map((r) => r.lastName)).toEqual(['Babayev', 'Əliyev', 'Zeynalov']);
    expect(day.rows.every((r) => r.status === null && r.note === '')).toBe(true);
    const today = await ok(ctx, 'daily.rollCall', { date: '2026-11-26', group: 'Günəş' });
    expect(today.rows.map((r) => r.residentId)).toContain(ids.new);
  });

  it('saves a group in one call, shows it on reopen, audits the changed marks child by child, and a later change too', async () => {
    const { ctx, ids } = await institution('caregiver');
    const saved = await ok(ctx, 'daily.saveRollCall', {
      date: '2026-11-26',
      group: 'Günəş',
      marks: [
        { residentId: ids.zeynalov, status: 'present' },
        { residentId: ids.aliyev, status: 'hospital', note: 'Tonsillitis, City hospital 2' },
        { residentId: ids.babayev, status: 'present' },
      ],
    });
    expect(saved.changed).toBe(3);
    expect(saved.saved).toMatchObject({ by: 'test-caregiver', marked: 3, children: 4 });
    const again = await ok(ctx, 'daily.rollCall', { date: '2026-11-26', group: 'Günəş' });
    expect(again).toEqual({ ...saved, changed: undefined, rows: again.rows });
    expect(Object.fromEntries(again.rows.map((r) => [r.lastName, [r.status, r.note]]))).toEqual({
      Babayev: ['present', ''],
      Əliyev: ['hospital', 'Tonsillitis, City hospital 2'],
      Yeni: [null, ''],
      Zeynalov: ['present', ''],
    });
    expect(again.rows).toEqual(saved.rows);
    expect(auditCount(ctx, 'roll_call.save')).toBe(1);

    // The same marks again change nothing and write nothing; a later change is one more entry
    // naming only what changed, before and after.
    const same = await ok(ctx, 'daily.saveRollCall', {
      date: '2026-11-26',
      group: 'Günəş',
      marks: [{ residentId: ids.zeynalov, status: 'present' }],
    });
    expect(same.changed).toBe(0);
    expect(auditCount(ctx, 'roll_call.save')).toBe(1);
    const later = await ok(ctx, 'daily.saveRollCall', {
      date: '2026-11-26',
      group: 'Günəş',
      marks: [
        { residentId: ids.zeynalov, status: 'missing', note: 'Not back from school by 15:00' },
        { residentId: ids.aliyev, status: 'hospital', note: 'Tonsillitis, City hospital 2' },
        { residentId: ids.new, status: 'present' },
      ],
    });
    expect(later.changed).toBe(2);
    expect(later.saved).toMatchObject({ marked: 4, children: 4 });
    const entries = ctx.conn.sqlite
      .prepare("SELECT entity, entity_id, before, after, actor FROM audit_log WHERE action = 'roll_call.save' ORDER BY seq")
      .all() as Array<{ entity: string; entity_id: string; before: string | null; after: string; actor: string }>;
    expect(entries.map((e) => ({ ...e, after: JSON.parse(e.after) }))).toEqual([
      {
        entity: 'roll_call', entity_id: '2026-11-26/Günəş', before: null, actor: 'test-caregiver',
        after: {
          date: '2026-11-26',
          group: 'Günəş',
          changes: [
            { residentId: ids.zeynalov, before: null, after: { status: 'present', note: '' } },
            { residentId: ids.aliyev, before: null, after: { status: 'hospital', note: 'Tonsillitis, City hospital 2' } },
            { residentId: ids.babayev, before: null, after: { status: 'present', note: '' } },
          ],
        },
      },
      {
        entity: 'roll_call', entity_id: '2026-11-26/Günəş', before: null, actor: 'test-caregiver',
        after: {
          date: '2026-11-26',
          group: 'Günəş',
          changes: [
            { residentId: ids.zeynalov, before: { status: 'present', note: '' }, after: { status: 'missing', note: 'Not back from school by 15:00' } },
            { residentId: ids.new, before: null, after: { status: 'present', note: '' } },
          ],
        },
      },
    ]);
  });

  it('refuses a future date, a child not in care that day, a child of another group and a child twice, naming the field and writing nothing', async () => {
    const { ctx, ids } = await institution('caregiver');
    const before = Number(ctx.conn.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get());
    const refuse = async (input: CallInput<'daily.saveRollCall'>) => {
      const r = await dispatch(ctx, 'daily.saveRollCall', input);
      if (r.ok) throw new Error('accepted');
      return r.error;
    };
    expect((await refuse({ date: '2026-11-27', group: 'Günəş', marks: [{ residentId: ids.zeynalov, status: 'present' }] })).fields).toEqual([
      { path: 'date', message: 'validation.dateFuture' },
    ]);
    const e = await refuse({
      date: '2026-11-20',
      group: 'Günəş',
      marks: [
        { residentId: ids.zeynalov, status: 'present' },
        { residentId: ids.new, status: 'present' },
        { residentId: ids.other, status: 'present' },
        { residentId: ids.left, status: 'present' },
        { residentId: ids.zeynalov, status: 'hospital' },
      ],
    });
    expect(e.code).toBe('invalid');
    expect(e.fields).toEqual([
      { path: 'marks.4.residentId', message: 'daily.errors.twice' },
      { path: 'marks.1.residentId', message: 'daily.errors.notInCare', params: { date: '2026-11-20' } },
      { path: 'marks.2.residentId', message: 'daily.errors.otherGroup', params: { group: 'Ulduz' } },
      { path: 'marks.3.residentId', message: 'daily.errors.notInCare', params: { date: '2026-11-20' } },
    ]);
    expect((await refuse({ date: '2026-11-20', group: 'Günəş', marks: [{ residentId: ids.zeynalov, status: 'asleep' as 'present' }] })).fields?.[0]).toMatchObject({
      path: 'marks.0.status',
      message: 'validation.choose',
    });
    expect(ctx.conn.sqlite.prepare('SELECT count(*) FROM attendance').pluck().get()).toBe(0);
    expect(ctx.conn.sqlite.prepare('SELECT count(*) FROM roll_calls').pluck().get()).toBe(0);
    expect(Number(ctx.conn.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get())).toBe(before);
  });

  it('lets every role read and only the carers write (a teacher is refused)', async () => {
    const { ctx, ids } = await institution('teacher');
    expect((await dispatch(ctx, 'daily.rollCall', { date: '2026-11-26', group: 'Günəş' })).ok).toBe(true);
    const r = await dispatch(ctx, 'daily.saveRollCall', { date: '2026-11-26', group: 'Günəş', marks: [{ residentId: ids.zeynalov, status: 'present' }] });
    expect(r.ok ? null : r.error.code).toBe('forbidden');
  });

  it('keeps a past day’s mark of a child who has since moved group on that day’s roll call', async () => {
    const { ctx, director, ids } = await institution();
    await ok(ctx, 'daily.saveRollCall', { date: '2026-11-20', group: 'Günəş', marks: [{ residentId: ids.aliyev, status: 'present' }] });
    const child = await ok(director, 'residents.get', { id: ids.aliyev });
    const { id, version, createdAt: _c, updatedAt: _u, ...fields } = child;
    await ok(director, 'residents.update', { ...fields, disabilityDiagnosis: fields.disabilityDiagnosis ?? '', id, version, groupName: 'Ulduz' });
    const past = await ok(ctx, 'daily.rollCall', { date: '2026-11-20', group: 'Günəş' });
    expect(past.rows.find((r) => r.residentId === ids.aliyev)?.status).toBe('present');
    const ulduz = await ok(ctx, 'daily.rollCall', { date: '2026-11-20', group: 'Ulduz' });
    expect(ulduz.rows.find((r) => r.residentId === ids.aliyev)?.status).toBeNull();
  });
});

describe('daily day, month and the dashboard', () => {
  it('counts by status, lists the notes, marks the month’s saved and missing groups, and the signal counts groups', async () => {
    const { ctx, ids } = await institution();
    const signal = async () => (await getDashboard(ctx)).signals.find((s) => s.kind === 'roll_call_missing');
    expect(await signal()).toEqual({ kind: 'roll_call_missing', label: 'daily.signals.rollCallMissing', level: 'action', count: 2, children: false });

    await ok(ctx, 'daily.saveRollCall', {
      date: '2026-11-26',
      group: 'Günəş',
      marks: [
        { residentId: ids.zeynalov, status: 'present' },
        { residentId: ids.aliyev, status: 'hospital' },
        { residentId: ids.babayev, status: 'present' },
      ],
    });
    expect((await signal())?.count).toBe(1);
    await ok(ctx, 'daily.addNotes', { residentIds: [ids.zeynalov, ids.babayev], date: '2026-11-26', time: '08:30', kind: 'meal', text: 'Ate all of breakfast' });

    const day = await ok(ctx, 'daily.day', { date: '2026-11-26' });
    expect(day.groups.map((g) => [g.group, g.children, g.saved, g.counts.present, g.counts.hospital, g.unmarked])).toEqual([
      ['Günəş', 4, true, 2, 1, 1],
      ['Ulduz', 1, false, 0, 0, 1],
    ]);
    expect(day.totals).toMatchObject({ children: 5, present: 2, hospital: 1, unmarked: 2 });
    expect(day.notesByKind.meal).toBe(2);
    expect(day.notes.map((n) => n.lastName).sort()).toEqual(['Babayev', 'Zeynalov']);

    const month = await ok(ctx, 'daily.month', { month: '2026-11' });
    expect(month.groups).toEqual(['Günəş', 'Ulduz']);
    expect(month.days).toHaveLength(30);
    expect(month.days.find((d) => d.date === '2026-11-26')).toEqual({ date: '2026-11-26', saved: ['Günəş'], missing: ['Ulduz'] });
    expect(month.days.find((d) => d.date === '2026-11-25')).toEqual({ date: '2026-11-25', saved: [], missing: ['Günəş', 'Ulduz'] });
    expect(month.days.find((d) => d.date === '2026-11-27')).toEqual({ date: '2026-11-27', saved: [], missing: [] });

    const log = await ok(ctx, 'daily.childLog', { residentId: ids.zeynalov });
    expect(log).toEqual([
      {
        date: '2026-11-26',
        status: 'present',
        statusNote: '',
        notes: [expect.objectContaining({ kind: 'meal', time: '08:30', text: 'Ate all of breakfast', author: 'test-director' })],
      },
    ]);
  });

  it('refuses a note for a child not in care that day, or with no child, and writes nothing', async () => {
    const { ctx, ids } = await institution('caregiver');
    const r = await dispatch(ctx, 'daily.addNotes', { residentIds: [ids.zeynalov, ids.new], date: '2026-11-20', time: '21:00', kind: 'sleep', text: 'Slept well' });
    expect(r.ok ? null : r.error.fields).toEqual([{ path: 'residentIds.1', message: 'daily.errors.notInCare', params: { date: '2026-11-20' } }]);
    const none = await dispatch(ctx, 'daily.addNotes', { residentIds: [], date: '2026-11-20', time: '21:00', kind: 'sleep', text: 'x' });
    expect(none.ok ? null : none.error.fields?.[0]).toMatchObject({ path: 'residentIds', message: 'daily.errors.noChild' });
    const time = await dispatch(ctx, 'daily.addNotes', { residentIds: [ids.zeynalov], date: '2026-11-20', time: '25:00', kind: 'sleep', text: 'x' });
    expect(time.ok ? null : time.error.fields?.[0]).toMatchObject({ path: 'time', message: 'daily.errors.timeFormat' });
    expect(ctx.conn.sqlite.prepare('SELECT count(*) FROM care_notes').pluck().get()).toBe(0);
  });
});
