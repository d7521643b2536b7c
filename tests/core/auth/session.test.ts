import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import { translate } from '../../../src-main/core/i18n/index';
import { systemCtx } from '../../../src-main/core/session';
import { hashPassword } from '../../../src-main/core/auth/password';
import { tempDb } from '../../helpers/db';
import { childInput } from '../../helpers/residents';
import { addUser, sessionOn, signedInSession, testClock, TEST_PASSWORD } from '../../helpers/users';

async function setup() {
  const { conn } = await tempDb();
  const clock = testClock();
  await addUser(conn.db, 'social_worker', { username: 'Aygün.M', displayName: 'Məmmədova Aygün' });
  const audit = () =>
    conn.sqlite.prepare('SELECT actor, via, action, entity, after FROM audit_log ORDER BY seq').all() as Array<{
      actor: string; via: string; action: string; entity: string; after: string | null;
    }>;
  return { conn, clock, audit };
}

describe('sign-in', () => {
  it('signs in with the username in any case and folding, and acts as that user', async () => {
    const { conn, clock, audit } = await setup();
    const { ctx, session } = sessionOn(conn.db, clock.now);
    const r = await dispatch(ctx(), 'auth.signIn', { username: 'AYGUN.m', password: TEST_PASSWORD });
    expect(r).toMatchObject({
      ok: true,
      value: { signedIn: true, locked: false, idleLockMinutes: 10, user: { username: 'Aygün.M', role: 'social_worker', mustChangePassword: false } },
    });
    expect(r.ok && r.value.permissions).toContain('residents.write');
    expect(session.user?.username).toBe('Aygün.M');
    const created = await dispatch(ctx(), 'residents.create', childInput());
    expect(created.ok).toBe(true);
    expect(audit().slice(-2).map((e) => [e.actor, e.via, e.action])).toEqual([
      ['Aygün.M', 'web', 'auth.signIn'],
      ['Aygün.M', 'web', 'resident.create'],
    ]);
    const info = await dispatch(ctx(), 'app.info', {});
    expect(info).toMatchObject({ ok: true, value: { actor: { username: 'Aygün.M', role: 'social_worker', displayName: 'Məmmədova Aygün' } } });
  });

  it('answers a wrong password and an unknown user alike, and logs both without the typed name', async () => {
    const { conn, clock, audit } = await setup();
    const { ctx, session } = sessionOn(conn.db, clock.now);
    const wrong = await dispatch(ctx(), 'auth.signIn', { username: 'aygun.m', password: 'not-the-password' });
    const unknown = await dispatch(ctx(), 'auth.signIn', { username: 'Sirr-Parol-2026', password: TEST_PASSWORD });
    const again = await dispatch(ctx(), 'auth.signIn', { username: 'sirr-parol-2026', password: TEST_PASSWORD });
    const expected = { ok: false, error: { code: 'unauthenticated', message: 'auth.wrongCredentials' } };
    expect(wrong).toEqual(expected);
    expect(unknown).toEqual(expected);
    expect(again).toEqual(expected);
    expect(session.user).toBeNull();
    const entries = audit().map((e) => [e.actor, e.action, e.after]);
    expect(entries).toEqual([
      ['local-test', 'user.create', expect.any(String)],
      ['Aygün.M', 'auth.signInFailed', '{"attempt":1}'],
      [expect.stringMatching(/^\(unknown [0-9a-f]{12}\)$/), 'auth.signInFailed', '{"attempt":1,"reason":"unknown"}'],
      [entries[2]![0], 'auth.signInFailed', '{"attempt":2,"reason":"unknown"}'],
    ]);
    // A password typed into the username field is never kept in clear, anywhere in the file.
    const everything = JSON.stringify(conn.sqlite.prepare('SELECT * FROM audit_log').all()) +
      JSON.stringify(conn.sqlite.prepare('SELECT * FROM sign_in_throttle').all()) +
      JSON.stringify(conn.sqlite.prepare('SELECT * FROM settings').all());
    expect(everything.toLowerCase()).not.toContain('parol');
    expect(translate('az', 'auth.wrongCredentials')).toBe('İstifadəçi adı və ya şifrə yanlışdır.');
  });

  it('makes an account wait after 5 wrong passwords — 1 minute, then doubling up to 15 — even for the right password', async () => {
    const { conn, clock, audit } = await setup();
    const { ctx } = sessionOn(conn.db, clock.now);
    const attempt = (password: string) => dispatch(ctx(), 'auth.signIn', { username: 'aygun.m', password });
    for (let i = 1; i <= 4; i++) {
      expect(await attempt(`wrong-${i}`)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    }
    const fifth = await attempt('wrong-5');
    expect(fifth).toMatchObject({
      ok: false,
      error: { code: 'account_locked', message: 'auth.accountLocked', params: { until: '2026-11-26T10:01:00.000Z' } },
    });
    expect(audit().slice(-2).map((e) => e.action)).toEqual(['auth.signInFailed', 'auth.lockout']);
    clock.advanceMinutes(0.5);
    expect(await attempt(TEST_PASSWORD)).toMatchObject({ ok: false, error: { code: 'account_locked' } });
    const users = await dispatch(systemCtx(conn.db, 'test', clock.now), 'users.list', {});
    expect(users.ok && users.value[0]!).toMatchObject({ lockedUntil: '2026-11-26T10:01:00.000Z', failedAttempts: 5 });
    // Each further failure doubles the wait: 2, 4, 8, then never more than 15 minutes.
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      clock.advanceMinutes(waits.at(-1) ?? 0.5);
      const r = await attempt(`wrong-again-${i}`);
      const until = r.ok ? '' : String(r.error.params?.until);
      waits.push((new Date(until).getTime() - clock.now().getTime()) / 60_000);
    }
    expect(waits).toEqual([2, 4, 8, 15, 15]);
    clock.advanceMinutes(15);
    expect(await attempt(TEST_PASSWORD)).toMatchObject({ ok: true, value: { signedIn: true } });
    // After a success the count starts again from zero.
    expect(conn.sqlite.prepare('SELECT count(*) FROM sign_in_throttle').pluck().get()).toBe(0);
    const msg = translate('en', 'auth.accountLocked', { time: '14:15' });
    expect(msg).toBe('Too many wrong passwords: the account is locked until 14:15.');
  });

  it('throttles a name no account has exactly like a real account, so neither can be told apart', async () => {
    const { conn, clock } = await setup();
    const { ctx } = sessionOn(conn.db, clock.now);
    const codes = async (username: string) => {
      const out: string[] = [];
      for (let i = 0; i < 6; i++) {
        const r = await dispatch(ctx(), 'auth.signIn', { username, password: `wrong-${i}` });
        out.push(r.ok ? 'ok' : `${r.error.code}${r.error.params?.until ? ` ${r.error.params.until}` : ''}`);
      }
      return out;
    };
    const real = await codes('aygun.m');
    const unknown = await codes('nobody-here');
    expect(unknown).toEqual(real);
    expect(real.slice(3)).toEqual(['unauthenticated', 'account_locked 2026-11-26T10:01:00.000Z', 'account_locked 2026-11-26T10:01:00.000Z']);
  });

  it('admits exactly 5 of a burst of concurrent attempts before hashing; the right password behind them is refused', async () => {
    const { conn, clock, audit } = await setup();
    const { ctx, session } = sessionOn(conn.db, clock.now);
    const burst = [...Array.from({ length: 20 }, (_, i) => `wrong-${i}`), TEST_PASSWORD].map((password) =>
      dispatch(ctx(), 'auth.signIn', { username: 'aygun.m', password }),
    );
    const results = await Promise.all(burst);
    const hashed = audit().filter((e) => e.action === 'auth.signInFailed' && e.after?.includes('"attempt"'));
    expect(hashed.map((e) => JSON.parse(e.after!).attempt as number).sort()).toEqual([1, 2, 3, 4, 5]);
    // Sixteen refused without hashing, plus the fifth admitted one, whose failure started the wait.
    expect(audit().filter((e) => e.after === '{"reason":"locked"}')).toHaveLength(16);
    expect(results.filter((r) => !r.ok && r.error.code === 'account_locked')).toHaveLength(17);
    expect(results.at(-1)).toMatchObject({ ok: false, error: { code: 'account_locked' } });
    expect(session.user).toBeNull();
    expect(conn.sqlite.prepare('SELECT failures, wait_until FROM sign_in_throttle').get()).toEqual({
      failures: 5, wait_until: '2026-11-26T10:01:00.000Z',
    });
  });

  it('replaces a hash made with weaker parameters at the next successful sign-in', async () => {
    const { conn, clock } = await setup();
    const old = await hashPassword(TEST_PASSWORD, { alg: 'scrypt', N: 2 ** 15, r: 8, p: 1, keylen: 32 });
    conn.sqlite.prepare('UPDATE users SET password_hash = ?, password_salt = ?, password_params = ?').run(old.hash, old.salt, old.params);
    const { ctx } = sessionOn(conn.db, clock.now);
    expect(await dispatch(ctx(), 'auth.signIn', { username: 'aygun.m', password: TEST_PASSWORD })).toMatchObject({ ok: true });
    const row = conn.sqlite.prepare('SELECT password_hash, password_params FROM users').get() as { password_hash: string; password_params: string };
    expect(JSON.parse(row.password_params)).toMatchObject({ N: 2 ** 17, r: 8, p: 1 });
    expect(row.password_hash).not.toBe(old.hash);
    expect(await dispatch(ctx(), 'auth.signIn', { username: 'aygun.m', password: TEST_PASSWORD })).toMatchObject({ ok: true });
  });

  it('refuses an inactive account like an unknown one', async () => {
    const { conn, clock } = await setup();
    const sys = systemCtx(conn.db, 'test', clock.now);
    const list = await dispatch(sys, 'users.list', {});
    const u = list.ok ? list.value[0]! : null;
    await dispatch(sys, 'users.update', { id: u!.id, version: u!.version, displayName: u!.displayName, role: u!.role, staffId: null, active: false });
    const { ctx } = sessionOn(conn.db, clock.now);
    expect(await dispatch(ctx(), 'auth.signIn', { username: 'aygun.m', password: TEST_PASSWORD })).toEqual({
      ok: false, error: { code: 'unauthenticated', message: 'auth.wrongCredentials' },
    });
  });

  it('ends a signed-in session at once when the account is deactivated', async () => {
    const { conn, clock } = await setup();
    const { ctx } = await signedInSession(conn.db, 'aygun.m', clock.now);
    expect((await dispatch(ctx(), 'residents.list', {})).ok).toBe(true);
    await conn.sqlite.prepare('UPDATE users SET active = 0').run();
    expect(await dispatch(ctx(), 'residents.list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('signs out, audited; afterwards only public calls pass', async () => {
    const { conn, clock, audit } = await setup();
    const { ctx } = await signedInSession(conn.db, 'aygun.m', clock.now);
    expect(await dispatch(ctx(), 'auth.signOut', {})).toMatchObject({ ok: true, value: { signedIn: false, user: null, permissions: [] } });
    expect(audit().at(-1)).toMatchObject({ actor: 'Aygün.M', action: 'auth.signOut' });
    expect(await dispatch(ctx(), 'residents.list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await dispatch(ctx(), 'app.info', {})).toMatchObject({ ok: true, value: { actor: null, permissions: [] } });
  });
});

describe('idle lock', () => {
  it('locks after the idle time, refuses calls with "locked" writing nothing, and unlocks with the same password', async () => {
    const { conn, clock, audit } = await setup();
    const { ctx, session } = await signedInSession(conn.db, 'aygun.m', clock.now);
    clock.advanceMinutes(9);
    expect((await dispatch(ctx(), 'residents.list', {})).ok).toBe(true); // activity: the clock restarts
    clock.advanceMinutes(9);
    expect(await dispatch(ctx(), 'auth.session', {})).toMatchObject({ ok: true, value: { signedIn: true, locked: false } });
    clock.advanceMinutes(1);
    expect(await dispatch(ctx(), 'auth.session', {})).toMatchObject({ ok: true, value: { signedIn: true, locked: true } });
    const entries = audit().length;
    expect(await dispatch(ctx(), 'residents.create', childInput())).toEqual({
      ok: false, error: { code: 'locked', message: 'auth.sessionLocked' },
    });
    expect(conn.sqlite.prepare('SELECT count(*) FROM residents').pluck().get()).toBe(0);
    expect(audit()).toHaveLength(entries);
    // The user is still the same one (the renderer keeps the form under the lock screen).
    expect(session.user?.username).toBe('Aygün.M');
    expect(await dispatch(ctx(), 'auth.unlock', { password: 'wrong-password' })).toMatchObject({
      ok: false, error: { code: 'unauthenticated', message: 'auth.wrongCredentials' },
    });
    expect(audit().at(-1)).toMatchObject({ action: 'auth.unlockFailed' });
    expect(await dispatch(ctx(), 'auth.unlock', { password: TEST_PASSWORD })).toMatchObject({ ok: true, value: { locked: false } });
    expect((await dispatch(ctx(), 'residents.create', childInput())).ok).toBe(true);
  });

  it('locks by hand, and follows the idle time set in the settings', async () => {
    const { conn, clock } = await setup();
    await addUser(conn.db, 'director', { username: 'direktor' });
    const dir = await signedInSession(conn.db, 'direktor', clock.now);
    expect(await dispatch(dir.ctx(), 'settings.update', { idleLockMinutes: 3 })).toEqual({ ok: true, value: { idleLockMinutes: 3 } });
    expect(await dispatch(dir.ctx(), 'settings.update', { idleLockMinutes: 0 })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await dispatch(dir.ctx(), 'auth.lock', {})).toMatchObject({ ok: true, value: { locked: true } });
    expect(await dispatch(dir.ctx(), 'residents.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } });

    const sw = await signedInSession(conn.db, 'aygun.m', clock.now);
    clock.advanceMinutes(2);
    expect(await dispatch(sw.ctx(), 'auth.activity', {})).toMatchObject({ ok: true, value: { locked: false, idleLockMinutes: 3 } });
    clock.advanceMinutes(3);
    expect(await dispatch(sw.ctx(), 'residents.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
  });

  it('counts wrong unlock passwords towards the lockout', async () => {
    const { conn, clock } = await setup();
    const { ctx } = await signedInSession(conn.db, 'aygun.m', clock.now);
    await dispatch(ctx(), 'auth.lock', {});
    for (let i = 0; i < 4; i++) await dispatch(ctx(), 'auth.unlock', { password: `wrong-${i}` });
    expect(await dispatch(ctx(), 'auth.unlock', { password: 'wrong-4' })).toMatchObject({ ok: false, error: { code: 'account_locked' } });
    expect(await dispatch(ctx(), 'auth.unlock', { password: TEST_PASSWORD })).toMatchObject({ ok: false, error: { code: 'account_locked' } });
    clock.advanceMinutes(15);
    expect(await dispatch(ctx(), 'auth.unlock', { password: TEST_PASSWORD })).toMatchObject({ ok: true, value: { locked: false } });
  });
});

describe('passwords', () => {
  it('a reset password must be changed at next sign-in; nothing else passes until then', async () => {
    const { conn, clock, audit } = await setup();
    await addUser(conn.db, 'admin', { username: 'admin' });
    const admin = await signedInSession(conn.db, 'admin', clock.now);
    const list = await dispatch(admin.ctx(), 'users.list', {});
    const sw = list.ok && list.value.find((u) => u.username === 'Aygün.M')!;
    const reset = await dispatch(admin.ctx(), 'users.resetPassword', { id: sw && sw.id, password: 'Temporary-Pass-1' });
    expect(reset).toMatchObject({ ok: true, value: { mustChangePassword: true } });
    expect(audit().at(-1)).toMatchObject({ actor: 'admin', action: 'auth.passwordReset' });
    expect(JSON.stringify(reset)).not.toMatch(/hash|salt/i);

    const { ctx } = sessionOn(conn.db, clock.now);
    expect(await dispatch(ctx(), 'auth.signIn', { username: 'aygun.m', password: TEST_PASSWORD })).toMatchObject({ ok: false });
    const signedIn = await dispatch(ctx(), 'auth.signIn', { username: 'aygun.m', password: 'Temporary-Pass-1' });
    expect(signedIn).toMatchObject({ ok: true, value: { user: { mustChangePassword: true } } });
    expect(await dispatch(ctx(), 'residents.list', {})).toEqual({
      ok: false, error: { code: 'password_change_required', message: 'auth.passwordChangeRequired' },
    });
    expect(await dispatch(ctx(), 'auth.changePassword', { currentPassword: 'Temporary-Pass-1', newPassword: 'Temporary-Pass-1' })).toMatchObject({
      ok: false, error: { code: 'invalid', fields: [{ path: 'newPassword', message: 'auth.passwordSame' }] },
    });
    expect(await dispatch(ctx(), 'auth.changePassword', { currentPassword: 'nope-nope-nope', newPassword: 'Brand-New-Pass-9' })).toMatchObject({
      ok: false, error: { code: 'invalid', fields: [{ path: 'currentPassword', message: 'auth.wrongPassword' }] },
    });
    const changed = await dispatch(ctx(), 'auth.changePassword', { currentPassword: 'Temporary-Pass-1', newPassword: 'Brand-New-Pass-9' });
    expect(changed).toMatchObject({ ok: true, value: { user: { mustChangePassword: false } } });
    expect(audit().at(-1)).toMatchObject({ actor: 'Aygün.M', action: 'auth.passwordChange', after: null });
    expect((await dispatch(ctx(), 'residents.list', {})).ok).toBe(true);
  });

  it('enforces the rules: length, own names and username, variety', async () => {
    const { conn, clock } = await setup();
    const { ctx } = await signedInSession(conn.db, 'aygun.m', clock.now);
    const change = (newPassword: string) => dispatch(ctx(), 'auth.changePassword', { currentPassword: TEST_PASSWORD, newPassword });
    expect(await change('Short-1')).toMatchObject({
      ok: false, error: { fields: [{ path: 'newPassword', message: 'auth.passwordTooShort', params: { min: 10 } }] },
    });
    // Her surname, folded (Məmmədova → memmedova), and her username.
    for (const pw of ['memmedova-2026', 'MƏMMƏDOVA!!x', '2026-Aygun-x', 'xx-aygunm-xx']) {
      expect(await change(pw), pw).toMatchObject({ ok: false, error: { fields: [{ message: 'auth.passwordHasName' }] } });
    }
    expect(await change('ababababab')).toMatchObject({ ok: false, error: { fields: [{ message: 'auth.passwordTooSimple' }] } });
    expect(await change('Çay-və-limon-7')).toMatchObject({ ok: true });
    expect(conn.sqlite.prepare("SELECT password_params FROM users WHERE username = 'Aygün.M'").pluck().get()).toBe(
      '{"alg":"scrypt","N":131072,"r":8,"p":1,"keylen":32}',
    );
  });

  it('stores a salted scrypt hash: two users with one password get different hashes', async () => {
    const { conn } = await setup();
    await addUser(conn.db, 'teacher', { username: 'teacher2' });
    const rows = conn.sqlite.prepare('SELECT password_hash, password_salt FROM users').all() as Array<{ password_hash: string; password_salt: string }>;
    expect(rows).toHaveLength(2);
    expect(rows[0]!.password_hash).not.toBe(rows[1]!.password_hash);
    expect(rows[0]!.password_salt).not.toBe(rows[1]!.password_salt);
    expect(Buffer.from(rows[0]!.password_hash, 'base64')).toHaveLength(32);
    expect(rows.map((r) => r.password_hash).join()).not.toContain(TEST_PASSWORD);
  });
});
