import type { Kysely, Selectable } from 'kysely';
import type { ReadDb } from '../db/read';
import type { Ctx } from '../context';
import type { DB, UsersTable } from '../db/types';
import { writeTx, type Audit } from '../db/write';
import { AppError, invalid } from '../contract/errors';
import { ROLES, type Role } from '../contract/permissions';
import { uuidv7 } from '../ids';
import { azCollator } from '../text/fold';
import { changedFields } from '../audit/diff';
import { hashPassword } from './password';
import { accountSubject, accountThrottles, clearThrottle } from './throttle';
import { passwordIssues, usernameKey, type SessionUser, type UserCreate, type UserDto, type UserUpdate } from './schema';

// User accounts: create, change, reset a password, list. Directors manage everyone; an admin
// manages every account except directors' (so an admin can never make or become a director).

export type UserRow = Selectable<UsersTable>;

export function findUser(db: ReadDb, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findUserByUsername(db: ReadDb, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('username_key', '=', usernameKey(username)).executeTakeFirst();
}

export function asRole(role: string): Role {
  if (!(ROLES as readonly string[]).includes(role)) throw new Error(`unknown role in the database: ${role}`);
  return role as Role;
}

type Throttle = { failures: number; waitUntil: string | null } | undefined;

export function toUserDto(r: UserRow, nowIso: string, throttle?: Throttle): UserDto {
  return {
    id: r.id,
    version: r.version,
    username: r.username,
    displayName: r.display_name,
    role: asRole(r.role),
    staffId: r.staff_id,
    active: r.active === 1,
    mustChangePassword: r.must_change_password === 1,
    lockedUntil: throttle?.waitUntil && throttle.waitUntil > nowIso ? throttle.waitUntil : null,
    failedAttempts: throttle?.failures ?? 0,
    lastSignInAt: r.last_sign_in_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function toSessionUser(r: UserRow): SessionUser {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: asRole(r.role),
    staffId: r.staff_id,
    mustChangePassword: r.must_change_password === 1,
  };
}

/** What the audit log records of an account: never a hash. */
function auditView(r: Pick<UserRow, 'username' | 'display_name' | 'role' | 'staff_id' | 'active'>) {
  return { username: r.username, displayName: r.display_name, role: r.role, staffId: r.staff_id, active: r.active === 1 };
}

/** The words a password must not be built from: the username, the display name, the staff member's names. */
export async function personalWords(db: ReadDb, u: { username: string; displayName: string; staffId: string | null }) {
  const words: string[] = [u.username, u.displayName];
  if (u.staffId) {
    const s = await db
      .selectFrom('staff')
      .select(['last_name', 'first_name', 'patronymic'])
      .where('id', '=', u.staffId)
      .executeTakeFirst();
    if (s) words.push(s.last_name, s.first_name, s.patronymic);
  }
  return words;
}

function mayManage(ctx: Ctx, role: string): boolean {
  return role !== 'director' || ctx.actor.role === 'director';
}

function refuseDirectorChange(): AppError {
  return new AppError('forbidden', 'auth.onlyDirectorManagesDirectors');
}

async function checkStaffLink(trx: Kysely<DB>, staffId: string | null, selfId?: string) {
  if (!staffId) return null;
  const staff = await trx
    .selectFrom('staff')
    .select(['id', 'last_name', 'first_name'])
    .where('id', '=', staffId)
    .executeTakeFirst();
  if (!staff) throw invalid([{ path: 'staffId', message: 'staff.notFound' }]);
  const other = await trx.selectFrom('users').select('id').where('staff_id', '=', staffId).executeTakeFirst();
  if (other && other.id !== selfId) {
    throw new AppError('conflict', 'auth.staffHasAccount', undefined, [{ path: 'staffId', message: 'auth.staffHasAccount' }]);
  }
  return staff;
}

async function activeDirectors(trx: ReadDb): Promise<number> {
  const r = await trx
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'director')
    .where('active', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Creates an account inside an open write transaction (set-up uses it for the director). */
export async function insertUser(
  trx: Kysely<DB>,
  ctx: Ctx,
  audit: Audit,
  input: UserCreate,
): Promise<UserRow> {
  const staff = await checkStaffLink(trx, input.staffId);
  const displayName = input.displayName || (staff ? `${staff.last_name} ${staff.first_name}` : input.username);
  const issues = passwordIssues(input.password, await personalWords(trx, { ...input, displayName }));
  if (issues.length) throw invalid(issues);
  if (await findUserByUsername(trx, input.username)) {
    throw new AppError('conflict', 'auth.usernameTaken', { username: input.username }, [
      { path: 'username', message: 'auth.usernameTakenField' },
    ]);
  }
  const now = ctx.now().toISOString();
  const pw = await hashPassword(input.password);
  const row: UserRow = {
    id: uuidv7(ctx.now().getTime()),
    username: input.username,
    username_key: usernameKey(input.username),
    display_name: displayName,
    role: input.role,
    password_hash: pw.hash,
    password_salt: pw.salt,
    password_params: pw.params,
    staff_id: input.staffId,
    active: 1,
    must_change_password: input.mustChangePassword ? 1 : 0,
    password_changed_at: now,
    last_sign_in_at: null,
    version: 1,
    created_at: now,
    updated_at: now,
  };
  await trx.insertInto('users').values(row).execute();
  await audit({
    action: 'user.create',
    entity: 'user',
    entityId: row.id,
    after: { ...auditView(row), mustChangePassword: input.mustChangePassword },
  });
  return row;
}

export async function createUser(ctx: Ctx, input: UserCreate): Promise<UserDto> {
  if (!mayManage(ctx, input.role)) throw refuseDirectorChange();
  const row = await writeTx(ctx, (trx, audit) => insertUser(trx, ctx, audit, input));
  return toUserDto(row, ctx.now().toISOString());
}

export async function updateUser(ctx: Ctx, input: UserUpdate): Promise<UserDto> {
  const row = await writeTx(ctx, async (trx, audit) => {
    const current = await findUser(trx, input.id);
    if (!current) throw new AppError('not_found', 'auth.userNotFound');
    if (!mayManage(ctx, current.role) || !mayManage(ctx, input.role)) throw refuseDirectorChange();
    if (current.version !== input.version) throw new AppError('conflict', 'errors.staleVersion');
    await checkStaffLink(trx, input.staffId, current.id);
    const row: UserRow = {
      ...current,
      display_name: input.displayName,
      role: input.role,
      staff_id: input.staffId,
      active: input.active ? 1 : 0,
    };
    const diff = changedFields(auditView(current), auditView(row));
    if (!diff) return current;
    const wasActiveDirector = current.role === 'director' && current.active === 1;
    const staysActiveDirector = row.role === 'director' && row.active === 1;
    if (wasActiveDirector && !staysActiveDirector && (await activeDirectors(trx)) <= 1) {
      throw new AppError('conflict', 'auth.lastDirector');
    }
    const next = { ...row, version: current.version + 1, updated_at: ctx.now().toISOString() };
    await trx.updateTable('users').set(next).where('id', '=', current.id).execute();
    await audit({ action: 'user.update', entity: 'user', entityId: current.id, before: diff.before, after: diff.after });
    return next;
  });
  return toUserDto(row, ctx.now().toISOString(), (await accountThrottles(ctx.db)).get(row.id));
}

/** Sets a new password chosen by a director or admin; its owner must change it at next sign-in. */
export async function resetPassword(ctx: Ctx, input: { id: string; password: string }): Promise<UserDto> {
  const target = await findUser(ctx.db, input.id);
  if (!target) throw new AppError('not_found', 'auth.userNotFound');
  if (!mayManage(ctx, target.role)) throw refuseDirectorChange();
  const issues = passwordIssues(
    input.password,
    await personalWords(ctx.db, { username: target.username, displayName: target.display_name, staffId: target.staff_id }),
  );
  if (issues.length) throw invalid(issues);
  const pw = await hashPassword(input.password);
  const row = await writeTx(ctx, async (trx, audit) => {
    const now = ctx.now().toISOString();
    const next: UserRow = {
      ...target,
      password_hash: pw.hash,
      password_salt: pw.salt,
      password_params: pw.params,
      must_change_password: 1,
      password_changed_at: now,
      version: target.version + 1,
      updated_at: now,
    };
    const res = await trx.updateTable('users').set(next).where('id', '=', target.id).where('version', '=', target.version).executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw new AppError('conflict', 'errors.staleVersion');
    await clearThrottle(trx, accountSubject(target.id));
    await audit({ action: 'auth.passwordReset', entity: 'user', entityId: target.id, after: { mustChangePassword: true } });
    return next;
  });
  return toUserDto(row, ctx.now().toISOString());
}

export async function listUsers(ctx: Ctx): Promise<UserDto[]> {
  const rows = await ctx.db.selectFrom('users').selectAll().execute();
  const throttles = await accountThrottles(ctx.db);
  const now = ctx.now().toISOString();
  return rows
    .map((r) => toUserDto(r, now, throttles.get(r.id)))
    .sort((a, b) => azCollator.compare(a.displayName, b.displayName) || azCollator.compare(a.username, b.username));
}

export async function countUsers(db: ReadDb): Promise<number> {
  const r = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function hasActiveDirector(db: ReadDb): Promise<boolean> {
  return (await activeDirectors(db)) > 0;
}
