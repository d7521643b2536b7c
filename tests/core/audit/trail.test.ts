import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import { openDatabase } from '../../../src-main/core/db/connection';
import { newSession, sessionCtx, startHost } from '../../../src-main/core/session';
import { findUserByUsername, toSessionUser } from '../../../src-main/core/auth/users';
import { tempDb } from '../../helpers/db';
import { childInput } from '../../helpers/residents';
import { staffInput } from '../../helpers/staff';
import { addUser, sessionOn, signedInSession, testClock, TEST_PASSWORD } from '../../helpers/users';

/** A day of work: two users, a child with a diagnosis changed, a staff member, a failed sign-in. */
async function workday() {
  const { conn, file } = await tempDb();
  const clock = testClock('2026-11-25T08:00:00Z');
  await addUser(conn.db, 'director', { username: 'direktor', now: clock.now });
  await addUser(conn.db, 'admin', { username: 'admin', now: clock.now });
  await addUser(conn.db, 'medical', { username: 'hekim', now: clock.now });
  const day1 = await signedInSession(conn.db, 'direktor', clock.now);
  const child = await dispatch(day1.ctx(), 'residents.create', childInput({ disability: true, disabilityDegree: 'II', disabilityDiagnosis: 'G80' }));
  if (!child.ok) throw new Error(JSON.stringify(child.error));
  clock.advanceMinutes(24 * 60); // the next day: yesterday's session has long been locked
  expect(await dispatch(day1.ctx(), 'residents.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
  const dir = await signedInSession(conn.db, 'direktor', clock.now);
  const med = await signedInSession(conn.db, 'hekim', clock.now);
  const upd = await dispatch(med.ctx(), 'residents.get', { id: child.value.id });
  if (!upd.ok) throw new Error('get');
  await dispatch(med.ctx(), 'auth.activity', {});
  const nurse = await dispatch(dir.ctx(), 'residents.update', {
    ...childInput({ disability: true, disabilityDegree: 'III', disabilityDiagnosis: 'G80.1', groupName: 'Ulduz' }),
    id: child.value.id,
    version: 1,
  });
  if (!nurse.ok) throw new Error(JSON.stringify(nurse.error));
  const staff = await dispatch(dir.ctx(), 'staff.create', staffInput());
  if (!staff.ok) throw new Error('staff');
  const anon = sessionOn(conn.db, clock.now);
  await dispatch(anon.ctx(), 'auth.signIn', { username: 'admin', password: 'wrong-password' });
  return { conn, file, clock, dir, childId: child.value.id, staffId: staff.value.id };
}

describe('audit trail', () => {
  it('filters by record, user, entity, action (exact or prefix) and dates, newest first, paged', async () => {
    const { conn, clock, childId, staffId } = await workday();
    const admin = await signedInSession(conn.db, 'admin', clock.now);
    const list = async (input: object) => {
      const r = await dispatch(admin.ctx(), 'audit.list', input);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return { total: r.value.total, actions: r.value.rows.map((e) => `${e.actor}:${e.action}`) };
    };
    expect(await list({ entityId: childId })).toEqual({ total: 2, actions: ['direktor:resident.update', 'direktor:resident.create'] });
    expect(await list({ entityId: staffId })).toEqual({ total: 1, actions: ['direktor:staff.create'] });
    expect(await list({ actor: 'admin' })).toEqual({ total: 1, actions: ['admin:auth.signInFailed'] });
    expect(await list({ action: 'auth.' })).toEqual({ total: 1, actions: ['admin:auth.signInFailed'] });
    expect(await list({ action: 'resident.update' })).toEqual({ total: 1, actions: ['direktor:resident.update'] });
    expect(await list({ entity: 'user', action: 'user.' })).toMatchObject({ total: 3 });
    // Day one: the three accounts and the child; day two: the rest.
    expect(await list({ from: '2026-11-25', to: '2026-11-25' })).toMatchObject({ total: 4 });
    expect(await list({ from: '2026-11-26' })).toMatchObject({ total: 3 });
    expect(await list({ to: '2026-11-26T07:59:59Z' })).toMatchObject({ total: 4 });
    const page = await list({ limit: 2, offset: 1 });
    expect(page.total).toBe(7);
    expect(page.actions).toHaveLength(2);
    const actors = await dispatch(admin.ctx(), 'audit.actors', {});
    expect(actors).toEqual({ ok: true, value: ['admin', 'direktor', 'local-test'] });
    expect(await dispatch(admin.ctx(), 'audit.list', { from: '26.11.2026' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('shows changes field by field, hiding the diagnosis from readers without the medical permission', async () => {
    const { conn, clock, childId, dir } = await workday();
    const admin = await signedInSession(conn.db, 'admin', clock.now);
    const asAdmin = await dispatch(admin.ctx(), 'audit.list', { entityId: childId, action: 'resident.update' });
    const asDirector = await dispatch(dir.ctx(), 'audit.list', { entityId: childId, action: 'resident.update' });
    if (!asAdmin.ok || !asDirector.ok) throw new Error('list');
    expect(asDirector.value.rows[0]!.changes).toEqual([
      { field: 'groupName', before: 'Günəş', after: 'Ulduz' },
      { field: 'disabilityDegree', before: 'II', after: 'III' },
      { field: 'disabilityDiagnosis', before: 'G80', after: 'G80.1' },
    ]);
    expect(asAdmin.value.rows[0]!.changes).toEqual([
      { field: 'groupName', before: 'Günəş', after: 'Ulduz' },
      { field: 'disabilityDegree', before: 'II', after: 'III' },
      { field: 'disabilityDiagnosis', before: null, after: null, hidden: true },
    ]);
    expect(JSON.stringify(asAdmin.value)).not.toContain('G80');
  });

  it('detects an audit row edited behind the app’s back at start, and warns only those who read the audit', async () => {
    const { conn, file } = await workday();
    await addUser(conn.db, 'caregiver', { username: 'terbiyeci' });
    await conn.close();
    const raw = new Database(file);
    raw.prepare('DROP TRIGGER audit_no_update').run();
    raw.prepare("UPDATE audit_log SET after = replace(after, 'G80.1', 'F70') WHERE action = 'resident.update'").run();
    const seq = raw.prepare("SELECT seq FROM audit_log WHERE action = 'resident.update'").pluck().get();
    raw.close();

    const again = await openDatabase(file);
    try {
      const host = await startHost(again.db);
      expect(host.auditChain).toEqual({ ok: false, entries: seq, brokenAt: seq, reason: 'hash' });
      const now = () => new Date('2026-11-27T09:00:00Z');
      const as = async (username: string) => {
        const s = newSession();
        s.user = toSessionUser((await findUserByUsername(again.db, username))!);
        s.lastActivity = now().getTime();
        return dispatch(sessionCtx(again.db, s, 'app', { now, host }), 'app.info', {});
      };
      expect(await as('direktor')).toMatchObject({ ok: true, value: { auditChain: { ok: false, brokenAt: seq } } });
      expect(await as('terbiyeci')).toMatchObject({ ok: true, value: { auditChain: null } });
      // Before sign-in: nobody, no warning, no permissions.
      const anon = await dispatch(sessionCtx(again.db, newSession(), 'app', { now, host }), 'app.info', {});
      expect(anon).toMatchObject({ ok: true, value: { actor: null, permissions: [], auditChain: null } });
    } finally {
      await again.close();
    }
  });

  it('a sound chain is reported as sound', async () => {
    const { conn } = await workday();
    const host = await startHost(conn.db);
    expect(host.auditChain).toEqual({ ok: true, entries: 7 });
    const now = () => new Date('2026-11-26T09:00:00Z');
    const s = sessionOn(conn.db, now);
    await dispatch(s.ctx(), 'auth.signIn', { username: 'direktor', password: TEST_PASSWORD });
    const info = await dispatch(sessionCtx(conn.db, s.session, 'app', { now, host }), 'app.info', {});
    expect(info).toMatchObject({ ok: true, value: { auditChain: { ok: true } } });
  });
});
