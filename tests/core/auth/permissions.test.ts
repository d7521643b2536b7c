import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import { contract, type CallName } from '../../../src-main/core/contract/calls';
import { PERMISSIONS, PUBLIC, ROLE_PERMISSIONS, ROLES, roleCan, type Role } from '../../../src-main/core/contract/permissions';
import { findUserByUsername, toSessionUser } from '../../../src-main/core/auth/users';
import { newSession } from '../../../src-main/core/session';
import { systemCtx } from '../../../src-main/core/session';
import { tempDb } from '../../helpers/db';
import { childInput } from '../../helpers/residents';
import { staffInput } from '../../helpers/staff';
import { addUser, sessionOn, TEST_PASSWORD } from '../../helpers/users';

const NOW = () => new Date('2026-11-26T10:00:00Z');

/** Rows in every table: a refused call must leave all of them as they were (the audit log aside). */
function rowCounts(sqlite: Database.Database): Record<string, number> {
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((t) => [t, sqlite.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]));
}

async function fixture() {
  const { conn } = await tempDb();
  const sys = systemCtx(conn.db, 'test', NOW);
  const ok = <T,>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value;
  };
  await dispatch(sys, 'setup.create', {
    institution: { code: 'BAK-UE-01', nameAz: 'Bakı 1 nömrəli uşaq evi', type: 'childrens_home', region: 'Bakı', capacity: 120 },
    director: { username: 'setup-director', displayName: 'Əliyev Rauf', password: TEST_PASSWORD },
  }).then(ok);
  for (const role of ROLES) await addUser(conn.db, role);
  const target = await addUser(conn.db, 'teacher', { username: 'target-teacher' });
  const child = ok(await dispatch(sys, 'residents.create', childInput({ disability: true, disabilityDegree: 'II', disabilityDiagnosis: 'Q90' })));
  const staff = ok(await dispatch(sys, 'staff.create', staffInput()));
  const training = ok(await dispatch(sys, 'staff.trainingAdd', { staffId: staff.id, title: 'İlk tibbi yardım', date: '2024-03-01' }));
  return { conn, sys, child, staff, training, target };
}
type Fx = Awaited<ReturnType<typeof fixture>>;

/** A valid input for each call this issue owns, so the allowed roles must really succeed. */
const SAMPLES: Partial<Record<CallName, (fx: Fx, role: Role) => Promise<unknown> | unknown>> = {
  'residents.create': (_fx, role) => ({ ...childInput({ firstName: `Elçin ${role}` }), confirmDuplicate: true }),
  'residents.update': async (fx, role) => {
    const v = (await fx.conn.db.selectFrom('residents').select('version').where('id', '=', fx.child.id).executeTakeFirstOrThrow()).version;
    return { ...childInput({ groupName: `Qrup ${role}`, disability: true, disabilityDegree: 'II' }), id: fx.child.id, version: v };
  },
  'residents.get': (fx) => ({ id: fx.child.id }),
  'residents.list': () => ({}),
  'residents.search': () => ({ query: 'məmmədov' }),
  'residents.groups': () => ({}),
  'residents.history': (fx) => ({ id: fx.child.id }),
  'audit.verify': () => ({}),
  'auth.unlock': () => ({ password: TEST_PASSWORD }),
  'auth.lock': () => ({}),
  'auth.activity': () => ({}),
  'institution.get': () => ({}),
  'institution.update': (_fx, role) => ({
    code: 'BAK-UE-01', nameAz: `Bakı 1 nömrəli uşaq evi (${role})`, type: 'childrens_home', region: 'Bakı', capacity: 120,
  }),
  'settings.get': () => ({}),
  'settings.update': () => ({ idleLockMinutes: 15 }),
  'users.list': () => ({}),
  'users.create': (_fx, role) => ({ username: `new-${role}`, role: 'caregiver', password: 'Long-Enough-Pass-1' }),
  'users.update': async (fx, role) => {
    const u = await findUserByUsername(fx.conn.db, 'target-teacher');
    return { id: fx.target.id, version: u!.version, displayName: `Müəllim ${role}`, role: 'teacher', staffId: null, active: true };
  },
  'users.resetPassword': (fx) => ({ id: fx.target.id, password: 'Reset-Pass-2026x' }),
  'staff.list': () => ({ status: 'all' }),
  'staff.search': () => ({ query: 'quliyeva' }),
  'staff.get': (fx) => ({ id: fx.staff.id }),
  'staff.create': (_fx, role) => staffInput({ fin: null, firstName: `Aynur ${role}` }),
  'staff.update': async (fx, role) => {
    const v = (await fx.conn.db.selectFrom('staff').select('version').where('id', '=', fx.staff.id).executeTakeFirstOrThrow()).version;
    return { ...staffInput({ department: `Şöbə ${role}` }), id: fx.staff.id, version: v };
  },
  'staff.trainingAdd': (fx, role) => ({ staffId: fx.staff.id, title: `Təlim ${role}`, date: '2025-01-10', hours: 8 }),
  'staff.trainingUpdate': async (fx, role) => {
    const v = (await fx.conn.db.selectFrom('staff_trainings').select('version').where('id', '=', fx.training.id).executeTakeFirstOrThrow()).version;
    return { id: fx.training.id, version: v, title: `İlk tibbi yardım (${role})`, date: '2024-03-01' };
  },
  'staff.history': (fx) => ({ id: fx.staff.id }),
  'audit.list': () => ({}),
  'audit.actors': () => ({}),
};

/** A fresh signed-in session of the test user with that role (as the web harness keeps one). */
async function sessionAs(fx: Fx, role: Role) {
  const row = await findUserByUsername(fx.conn.db, `test-${role}`);
  const s = sessionOn(fx.conn.db, NOW, newSession());
  s.session.user = toSessionUser(row!);
  s.session.lastActivity = NOW().getTime();
  return s;
}

const PUBLIC_CALLS = ['app.info', 'setup.status', 'setup.create', 'auth.session', 'auth.signIn', 'auth.signOut'];

describe('permissions: every contract call, every role', () => {
  it('only the calls made before sign-in are public', () => {
    const pub = Object.entries(contract).filter(([, d]) => d.permission === PUBLIC).map(([n]) => n);
    expect(pub.sort()).toEqual([...PUBLIC_CALLS].sort());
  });

  it('refuses each call to each role without its permission, writing nothing but the refusal; lets the others through', async () => {
    const fx = await fixture();
    const names = (Object.keys(contract) as CallName[]).filter((n) => contract[n].permission !== PUBLIC);
    let refused = 0;
    let succeeded = 0;
    for (const name of names) {
      const permission = contract[name].permission;
      for (const role of ROLES) {
        const input = SAMPLES[name] ? await SAMPLES[name]!(fx, role) : {};
        const { ctx } = await sessionAs(fx, role);
        const before = rowCounts(fx.conn.sqlite);
        const r = await dispatch(ctx(), name, input);
        if (roleCan(role, permission)) {
          expect(r.ok || !['forbidden', 'unauthenticated', 'locked', 'password_change_required'].includes(r.error.code), `${role} ${name}`).toBe(true);
          if (SAMPLES[name]) {
            expect(r, `${role} may ${name}`).toMatchObject({ ok: true });
            succeeded++;
          }
        } else {
          expect(r, `${role} ${name}`).toEqual({
            ok: false,
            error: { code: 'forbidden', message: 'errors.forbidden', params: { permission } },
          });
          const after = rowCounts(fx.conn.sqlite);
          expect(after, `${role} ${name} wrote nothing`).toEqual({ ...before, audit_log: before.audit_log! + 1 });
          const last = fx.conn.sqlite.prepare('SELECT actor, action, entity, entity_id, after FROM audit_log ORDER BY seq DESC LIMIT 1').get();
          expect(last).toEqual({
            actor: `test-${role}`, action: 'access.denied', entity: 'call', entity_id: name, after: JSON.stringify({ permission }),
          });
          refused++;
        }
      }
    }
    // The matrix really refuses something and really allows something.
    console.log(`permission table: ${refused} refusals, ${succeeded} successes over ${names.length} calls`);
    expect(refused).toBeGreaterThan(60);
    expect(succeeded).toBeGreaterThan(60);
  }, 120_000);

  it('answers every non-public call with "unauthenticated" before sign-in, writing nothing at all', async () => {
    const fx = await fixture();
    const before = rowCounts(fx.conn.sqlite);
    for (const name of Object.keys(contract) as CallName[]) {
      if (contract[name].permission === PUBLIC) continue;
      const { ctx } = sessionOn(fx.conn.db, NOW);
      const r = await dispatch(ctx(), name, SAMPLES[name] ? await SAMPLES[name]!(fx, 'director') : {});
      expect(r, name).toEqual({ ok: false, error: { code: 'unauthenticated', message: 'errors.unauthenticated' } });
    }
    expect(rowCounts(fx.conn.sqlite)).toEqual(before);
  });

  it('hides diagnoses from roles without the medical permission, in the record and in its history', async () => {
    const fx = await fixture();
    for (const role of ROLES) {
      const { ctx } = await sessionAs(fx, role);
      const medical = ['director', 'medical', 'psychologist'].includes(role);
      expect(roleCan(role, 'residents.medical')).toBe(medical);
      const r = await dispatch(ctx(), 'residents.get', { id: fx.child.id });
      expect(r.ok && r.value.disabilityDiagnosis, role).toBe(medical ? 'Q90' : null);
      if (!roleCan(role, 'audit.read')) continue;
      const h = await dispatch(ctx(), 'residents.history', { id: fx.child.id });
      if (!h.ok) throw new Error(JSON.stringify(h.error));
      const created = h.value.find((e) => e.action === 'resident.create')!;
      expect((created.after as Record<string, unknown>).disabilityDiagnosis, role).toBe(medical ? 'Q90' : null);
      expect(created.changes.find((c) => c.field === 'disabilityDiagnosis'), role).toEqual(
        medical ? { field: 'disabilityDiagnosis', before: null, after: 'Q90' } : { field: 'disabilityDiagnosis', before: null, after: null, hidden: true },
      );
    }
    // Exports: the director only. Accounts: director and admin.
    expect(ROLES.filter((r) => roleCan(r, 'packages.export'))).toEqual(['director']);
    expect(ROLES.filter((r) => roleCan(r, 'users.manage'))).toEqual(['director', 'admin']);
  });

  it('docs/DESIGN.md shows the same matrix as permissions.ts', () => {
    const design = readFileSync(new URL('../../../docs/DESIGN.md', import.meta.url), 'utf8');
    const section = design.slice(design.indexOf('### Roles and permissions'));
    const header = section.split('\n').find((l) => l.startsWith('| permission |'))!;
    const roles = header.split('|').slice(2, -1).map((s) => s.trim());
    expect(roles).toEqual([...ROLES]);
    for (const p of PERMISSIONS) {
      const row = section.split('\n').find((l) => l.startsWith(`| \`${p}\` |`));
      expect(row, `DESIGN.md row for ${p}`).toBeDefined();
      const cells = row!.split('|').slice(2, -1).map((s) => s.trim());
      expect(cells, p).toEqual(ROLES.map((r) => (ROLE_PERMISSIONS[r].includes(p) ? '✓' : '')));
    }
  });
});
