import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import { systemCtx } from '../../../src-main/core/session';
import { tempDb } from '../../helpers/db';
import { childInput } from '../../helpers/residents';
import { addUser, signedInSession, testClock } from '../../helpers/users';

// The read log: who opened which child's record, once a minute at most, shown to the roles that
// read the audit trail; the CLI's local actor is not logged.

describe('the read log', () => {
  it('records who opened a child’s record, once a minute, and shows it newest first to those who read the audit trail', async () => {
    const { conn } = await tempDb();
    const clock = testClock();
    await addUser(conn.db, 'caregiver', { username: 'sebine', displayName: 'Quliyeva Səbinə' });
    await addUser(conn.db, 'director', { username: 'direktor', displayName: 'Həsənova Aynur' });
    const made = await dispatch(systemCtx(conn.db, 'cli', clock.now), 'residents.create', childInput());
    if (!made.ok) throw new Error(JSON.stringify(made.error));
    const id = made.value.id;
    const carer = await signedInSession(conn.db, 'sebine', clock.now);
    const director = await signedInSession(conn.db, 'direktor', clock.now);

    expect((await dispatch(carer.ctx(), 'residents.get', { id })).ok).toBe(true);
    clock.advanceMinutes(0.5);
    expect((await dispatch(carer.ctx(), 'residents.get', { id })).ok).toBe(true); // a reload: not again
    clock.advanceMinutes(1);
    expect((await dispatch(carer.ctx(), 'residents.get', { id })).ok).toBe(true);
    clock.advanceMinutes(1);
    expect((await dispatch(director.ctx(), 'residents.get', { id })).ok).toBe(true);
    // The command line's local actor reads without a trace in this log (it is not a person at a PC).
    expect((await dispatch(systemCtx(conn.db, 'cli', clock.now), 'residents.get', { id })).ok).toBe(true);

    const reads = await dispatch(director.ctx(), 'residents.reads', { id });
    expect(reads).toEqual({
      ok: true,
      value: [
        { at: '2026-11-26T10:02:30.000Z', username: 'direktor', role: 'director', via: 'web' },
        { at: '2026-11-26T10:01:30.000Z', username: 'sebine', role: 'caregiver', via: 'web' },
        { at: '2026-11-26T10:00:00.000Z', username: 'sebine', role: 'caregiver', via: 'web' },
      ],
    });
    expect(await dispatch(carer.ctx(), 'residents.reads', { id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // Reads are not changes: the audit chain has none of them.
    expect(conn.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action LIKE '%read%'").pluck().get()).toBe(0);
  });

  it('logs nothing for a record that does not exist', async () => {
    const { conn } = await tempDb();
    const clock = testClock();
    await addUser(conn.db, 'caregiver', { username: 'sebine', displayName: 'Quliyeva Səbinə' });
    const carer = await signedInSession(conn.db, 'sebine', clock.now);
    expect(await dispatch(carer.ctx(), 'residents.get', { id: 'nobody' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(conn.sqlite.prepare('SELECT count(*) FROM record_reads').pluck().get()).toBe(0);
  });
});
