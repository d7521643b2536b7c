import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import { systemCtx } from '../../../src-main/core/session';
import { tempDb } from '../../helpers/db';
import { staffInput } from '../../helpers/staff';
import { addUser, signedInSession, testClock } from '../../helpers/users';

async function setup() {
  const { conn } = await tempDb();
  const clock = testClock();
  const director = await addUser(conn.db, 'director', { username: 'direktor', displayName: 'Əliyev Rauf' });
  await addUser(conn.db, 'admin', { username: 'admin' });
  const admin = await signedInSession(conn.db, 'admin', clock.now);
  const dir = await signedInSession(conn.db, 'direktor', clock.now);
  return { conn, clock, director, admin, dir };
}

describe('user accounts', () => {
  it('creates accounts with a folded unique username, never returning a hash', async () => {
    const { conn, admin } = await setup();
    const r = await dispatch(admin.ctx(), 'users.create', { username: 'Gülnarə', role: 'caregiver', password: 'Yaxşı-şifrə-2026' });
    expect(r).toMatchObject({ ok: true, value: { username: 'Gülnarə', displayName: 'Gülnarə', role: 'caregiver', mustChangePassword: true, active: true } });
    expect(JSON.stringify(r)).not.toMatch(/hash|salt|params/i);
    const again = await dispatch(admin.ctx(), 'users.create', { username: 'GULNARE', role: 'teacher', password: 'Yaxşı-şifrə-2026' });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'auth.usernameTaken', params: { username: 'GULNARE' }, fields: [{ path: 'username', message: 'auth.usernameTakenField' }] },
    });
    const bad = await dispatch(admin.ctx(), 'users.create', { username: 'a b', role: 'teacher', password: 'Yaxşı-şifrə-2026' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid', fields: [{ path: 'username', message: 'auth.usernameFormat' }] } });
    expect(conn.sqlite.prepare('SELECT count(*) FROM users').pluck().get()).toBe(3);
    const list = await dispatch(admin.ctx(), 'users.list', {});
    // In Azerbaijani order of the display names: admin, Əliyev Rauf, Gülnarə (ə comes before g).
    expect(list.ok && list.value.map((u) => u.username)).toEqual(['admin', 'direktor', 'Gülnarə']);
  });

  it('links an account to a staff member (one account each), whose names the password may not contain', async () => {
    const { conn, dir } = await setup();
    const staff = await dispatch(dir.ctx(), 'staff.create', staffInput());
    if (!staff.ok) throw new Error(JSON.stringify(staff.error));
    const withName = await dispatch(dir.ctx(), 'users.create', { username: 'squ', role: 'caregiver', password: 'Sebine-1985!', staffId: staff.value.id });
    expect(withName).toMatchObject({ ok: false, error: { fields: [{ path: 'password', message: 'auth.passwordHasName' }] } });
    const ok = await dispatch(dir.ctx(), 'users.create', { username: 'squ', role: 'caregiver', password: 'Gül-çiçək-1985', staffId: staff.value.id });
    expect(ok).toMatchObject({ ok: true, value: { displayName: 'Quliyeva Səbinə', staffId: staff.value.id } });
    const second = await dispatch(dir.ctx(), 'users.create', { username: 'squ2', role: 'teacher', password: 'Gül-çiçək-1985', staffId: staff.value.id });
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict', message: 'auth.staffHasAccount' } });
    const missing = await dispatch(dir.ctx(), 'users.create', { username: 'squ3', role: 'teacher', password: 'Gül-çiçək-1985', staffId: 'nope' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'invalid', fields: [{ path: 'staffId', message: 'staff.notFound' }] } });
    const page = await dispatch(dir.ctx(), 'staff.get', { id: staff.value.id });
    expect(page.ok && page.value.account).toMatchObject({ username: 'squ', role: 'caregiver', active: true });
    expect(conn.sqlite.prepare("SELECT count(*) FROM users WHERE username LIKE 'squ%'").pluck().get()).toBe(1);
  });

  it('lets only a director create, change or reset a director account', async () => {
    const { conn, admin, dir, director } = await setup();
    const before = conn.sqlite.prepare('SELECT * FROM users ORDER BY id').all();
    const refusals = [
      await dispatch(admin.ctx(), 'users.create', { username: 'boss2', role: 'director', password: 'Yaxşı-şifrə-2026' }),
      await dispatch(admin.ctx(), 'users.resetPassword', { id: director.id, password: 'Yaxşı-şifrə-2026' }),
      await dispatch(admin.ctx(), 'users.update', { id: director.id, version: 1, displayName: 'X', role: 'read_only', staffId: null, active: false }),
    ];
    for (const r of refusals) expect(r).toEqual({ ok: false, error: { code: 'forbidden', message: 'auth.onlyDirectorManagesDirectors' } });
    // Nor can an admin promote someone (or themselves) to director.
    const list = await dispatch(admin.ctx(), 'users.list', {});
    const self = list.ok && list.value.find((u) => u.username === 'admin')!;
    const promote = await dispatch(admin.ctx(), 'users.update', { id: self && self.id, version: 1, displayName: 'A', role: 'director', staffId: null, active: true });
    expect(promote).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(conn.sqlite.prepare('SELECT * FROM users ORDER BY id').all()).toEqual(before);
    expect((await dispatch(dir.ctx(), 'users.create', { username: 'boss2', role: 'director', password: 'Yaxşı-şifrə-2026' })).ok).toBe(true);
  });

  it('keeps at least one active director', async () => {
    const { dir, director } = await setup();
    const demote = await dispatch(dir.ctx(), 'users.update', { id: director.id, version: 1, displayName: 'Əliyev Rauf', role: 'admin', staffId: null, active: true });
    expect(demote).toEqual({ ok: false, error: { code: 'conflict', message: 'auth.lastDirector' } });
    const off = await dispatch(dir.ctx(), 'users.update', { id: director.id, version: 1, displayName: 'Əliyev Rauf', role: 'director', staffId: null, active: false });
    expect(off).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('audits account changes field by field and deactivation ends the sessions', async () => {
    const { conn, dir, clock } = await setup();
    const u = await addUser(conn.db, 'teacher', { username: 'muellim' });
    const t = await signedInSession(conn.db, 'muellim', clock.now);
    const r = await dispatch(dir.ctx(), 'users.update', { id: u.id, version: 1, displayName: 'Həsənova Leyla', role: 'teacher', staffId: null, active: false });
    expect(r).toMatchObject({ ok: true, value: { active: false, version: 2 } });
    const h = await dispatch(dir.ctx(), 'audit.list', { entityId: u.id, action: 'user.update' });
    expect(h.ok && h.value.rows[0]!.changes).toEqual([
      { field: 'displayName', before: 'muellim', after: 'Həsənova Leyla' },
      { field: 'active', before: true, after: false },
    ]);
    expect(await dispatch(t.ctx(), 'staff.list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const stale = await dispatch(dir.ctx(), 'users.update', { id: u.id, version: 1, displayName: 'X Y', role: 'teacher', staffId: null, active: true });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', message: 'errors.staleVersion' } });
  });

  it('the CLI system actor may manage everything, as local-cli', async () => {
    const { conn } = await setup();
    const r = await dispatch(systemCtx(conn.db, 'cli'), 'users.create', { username: 'boss3', role: 'director', password: 'Yaxşı-şifrə-2026' });
    expect(r.ok).toBe(true);
    expect(conn.sqlite.prepare('SELECT actor, via FROM audit_log ORDER BY seq DESC LIMIT 1').get()).toEqual({ actor: 'local-cli', via: 'cli' });
  });
});
