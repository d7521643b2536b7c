import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import { translate } from '../../../src-main/core/i18n/index';
import { systemCtx } from '../../../src-main/core/session';
import { tempDb } from '../../helpers/db';
import { addUser, sessionOn, signedInSession, testClock, TEST_PASSWORD } from '../../helpers/users';

const institution = {
  code: ' gnc-ue-02 ',
  nameAz: 'Gəncə şəhər 2 nömrəli uşaq evi',
  nameEn: 'Ganja Children’s Home No. 2',
  type: 'childrens_home',
  region: 'Gəncə',
  address: 'Atatürk pr. 12',
  capacity: 80,
} as const;

const setupInput = (over: object = {}) => ({
  institution,
  director: { username: 'rauf.aliyev', displayName: 'Əliyev Rauf', password: TEST_PASSWORD },
  ...over,
});

describe('first run', () => {
  it('reports an empty database as needing set-up, then creates the institution and the director, signed in', async () => {
    const { conn } = await tempDb();
    const clock = testClock();
    const { ctx, session } = sessionOn(conn.db, clock.now);
    expect(await dispatch(ctx(), 'setup.status', {})).toEqual({
      ok: true, value: { hasInstitution: false, hasDirector: false, needed: true, institution: null },
    });
    const r = await dispatch(ctx(), 'setup.create', setupInput());
    expect(r).toMatchObject({
      ok: true,
      value: {
        institution: { code: 'GNC-UE-02', nameAz: 'Gəncə şəhər 2 nömrəli uşaq evi', type: 'childrens_home', capacity: 80 },
        session: { signedIn: true, user: { username: 'rauf.aliyev', role: 'director', mustChangePassword: false } },
      },
    });
    expect(session.user?.role).toBe('director');
    expect(await dispatch(ctx(), 'setup.status', {})).toMatchObject({ ok: true, value: { hasInstitution: true, hasDirector: true, needed: false } });
    expect(await dispatch(ctx(), 'institution.get', {})).toMatchObject({ ok: true, value: { code: 'GNC-UE-02', region: 'Gəncə' } });
    const log = conn.sqlite.prepare('SELECT actor, action FROM audit_log ORDER BY seq').all();
    expect(log).toEqual([
      { actor: 'rauf.aliyev', action: 'institution.create' },
      { actor: 'rauf.aliyev', action: 'user.create' },
      { actor: 'rauf.aliyev', action: 'auth.signIn' },
    ]);
  });

  it('refuses a second set-up once any account exists, changing nothing', async () => {
    const { conn } = await tempDb();
    const clock = testClock();
    const { ctx } = sessionOn(conn.db, clock.now);
    expect((await dispatch(ctx(), 'setup.create', setupInput())).ok).toBe(true);
    const before = conn.sqlite.prepare('SELECT (SELECT count(*) FROM users) u, (SELECT max(seq) FROM audit_log) a, (SELECT name_az FROM institution) n').get();
    const other = sessionOn(conn.db, clock.now);
    const again = await dispatch(other.ctx(), 'setup.create', setupInput({
      institution: { ...institution, nameAz: 'Başqa' },
      director: { username: 'intruder', displayName: 'X Y', password: TEST_PASSWORD },
    }));
    expect(again).toEqual({ ok: false, error: { code: 'conflict', message: 'institution.alreadyDone' } });
    expect(other.session.user).toBeNull();
    expect(conn.sqlite.prepare('SELECT (SELECT count(*) FROM users) u, (SELECT max(seq) FROM audit_log) a, (SELECT name_az FROM institution) n').get()).toEqual(before);
  });

  it('fills in a demo institution that has no account yet, updating it', async () => {
    const { conn } = await tempDb();
    const now = new Date().toISOString();
    conn.sqlite
      .prepare("INSERT INTO institution VALUES (1, 'DEMO-1', 'Nümayiş', 'Demo', 'childrens_home', 'Bakı', '', 120, ?, ?)")
      .run(now, now);
    const { ctx } = sessionOn(conn.db, testClock().now);
    expect(await dispatch(ctx(), 'setup.status', {})).toMatchObject({
      ok: true, value: { hasInstitution: true, hasDirector: false, needed: true, institution: { code: 'DEMO-1', capacity: 120 } },
    });
    expect((await dispatch(ctx(), 'setup.create', setupInput())).ok).toBe(true);
    expect(conn.sqlite.prepare('SELECT code, capacity FROM institution').get()).toEqual({ code: 'GNC-UE-02', capacity: 80 });
  });

  it('validates the wizard: code, names, type, capacity, username and password, writing nothing', async () => {
    const { conn } = await tempDb();
    const { ctx } = sessionOn(conn.db, testClock().now);
    const r = await dispatch(ctx(), 'setup.create', {
      institution: { ...institution, code: 'Bakı #1', nameAz: ' ', type: 'orphanage', capacity: 0 },
      director: { username: 'x', displayName: 'Əliyev Rauf', password: 'short' },
    });
    expect(r.ok || r.error.fields?.map((f) => `${f.path}:${f.message}`).sort()).toEqual([
      'director.username:auth.usernameFormat',
      'institution.capacity:validation.too_small',
      'institution.code:institution.codeFormat',
      'institution.nameAz:validation.required',
      'institution.type:validation.choose',
    ]);
    // The password rules run once the shape is right.
    const weak = await dispatch(ctx(), 'setup.create', setupInput({ director: { username: 'rauf', displayName: 'Əliyev Rauf', password: 'aliyev-rauf-1' } }));
    expect(weak).toMatchObject({ ok: false, error: { fields: [{ path: 'password', message: 'auth.passwordHasName' }] } });
    expect(conn.sqlite.prepare('SELECT (SELECT count(*) FROM institution) + (SELECT count(*) FROM users) + (SELECT count(*) FROM audit_log)').pluck().get()).toBe(0);
    expect(translate('ru', 'institution.type.small_group_home')).toBe('Малый групповой дом');
  });
});

describe('institution and settings', () => {
  it('lets director and admin change the institution, audited field by field; others may only read it', async () => {
    const { conn } = await tempDb();
    const clock = testClock();
    const { ctx } = sessionOn(conn.db, clock.now);
    await dispatch(ctx(), 'setup.create', setupInput());
    await addUser(conn.db, 'caregiver');
    const cg = await signedInSession(conn.db, 'test-caregiver', clock.now);
    expect(await dispatch(cg.ctx(), 'institution.get', {})).toMatchObject({ ok: true, value: { code: 'GNC-UE-02' } });
    expect(await dispatch(cg.ctx(), 'institution.update', { ...institution, capacity: 90 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const r = await dispatch(ctx(), 'institution.update', { ...institution, capacity: 90 });
    expect(r).toMatchObject({ ok: true, value: { capacity: 90 } });
    const h = await dispatch(ctx(), 'audit.list', { entity: 'institution', action: 'institution.update' });
    expect(h.ok && h.value.rows[0]!.changes).toEqual([{ field: 'capacity', before: 80, after: 90 }]);
    expect(await dispatch(cg.ctx(), 'settings.get', {})).toEqual({ ok: true, value: { idleLockMinutes: 10 } });
  });

  it('answers institution.get with not_found before set-up (the system actor is signed in by construction)', async () => {
    const { conn } = await tempDb();
    expect(await dispatch(systemCtx(conn.db, 'test'), 'institution.get', {})).toEqual({
      ok: false, error: { code: 'not_found', message: 'institution.noInstitution' },
    });
  });
});
