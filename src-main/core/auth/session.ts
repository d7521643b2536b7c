import type { Actor, Ctx } from '../context';
import { writeTx } from '../db/write';
import { AppError, invalid, type CallError } from '../contract/errors';
import { ROLE_PERMISSIONS } from '../contract/permissions';
import { idleLockMinutes } from '../institution/settings';
import { hashPassword, needsRehash, verifyAgainstNothing, verifyPassword } from './password';
import { accountSubject, admitAttempt, clearAfterSuccess, unknownNameSubject } from './throttle';
import { findUser, findUserByUsername, personalWords, toSessionUser, type UserRow } from './users';
import {
  CALLS_BEFORE_PASSWORD_CHANGE,
  CALLS_WHILE_LOCKED,
  passwordIssues,
  type Session,
  type SessionInfo,
  type SessionUser,
} from './schema';

export type { Session };

export function newSession(): Session {
  return { user: null, lastActivity: 0, locked: false };
}

/**
 * The actor of a call nobody is signed in for (set-up, a sign-in under a name no account has).
 * Its role is never consulted: the dispatcher lets only public calls through without a user. A
 * failed sign-in's name is never the typed text (it may be a password typed in the wrong field)
 * but its marker from auth/throttle.ts.
 */
export function anonymousActor(via: Actor['via'], username = ''): Actor {
  return { userId: null, username: username.trim().slice(0, 80) || '(anonymous)', role: 'read_only', via };
}

export function actorOf(user: Pick<SessionUser, 'id' | 'username' | 'role'>, via: Actor['via']): Actor {
  return { userId: user.id, username: user.username, role: user.role, via };
}

function asUser(ctx: Ctx, user: Pick<SessionUser, 'id' | 'username' | 'role'>): Ctx {
  return { ...ctx, actor: actorOf(user, ctx.actor.via) };
}

async function infoOf(ctx: Ctx, user: SessionUser | null, locked: boolean): Promise<SessionInfo> {
  return {
    signedIn: user !== null,
    locked: user !== null && locked,
    user,
    permissions: user ? [...ROLE_PERMISSIONS[user.role]] : [],
    idleLockMinutes: await idleLockMinutes(ctx.db),
  };
}

/** Reloads the session's user, so a role change or a deactivation takes effect on the next call. */
async function refresh(ctx: Ctx): Promise<SessionUser | null> {
  const s = ctx.session;
  if (!s?.user) return null;
  const row = await findUser(ctx.db, s.user.id);
  if (!row || row.active !== 1) {
    s.user = null;
    s.locked = false;
    return null;
  }
  s.user = toSessionUser(row);
  return s.user;
}

async function idleExpired(ctx: Ctx, s: Session): Promise<boolean> {
  const minutes = await idleLockMinutes(ctx.db);
  return ctx.now().getTime() - s.lastActivity >= minutes * 60_000;
}

/** The session as it stands now (idle time applied, activity not counted). */
export async function currentSession(ctx: Ctx): Promise<SessionInfo> {
  const s = ctx.session;
  if (!s) {
    // A trusted local actor (the CLI): signed in by construction, never locked.
    const u = ctx.actor;
    // The system actor (no account) is named by its username, so that a page it opens (the
    // CLI's headless print, src-main/print/pdf.ts) shows as signed in.
    const user: SessionUser = { id: u.userId ?? u.username, username: u.username, displayName: u.username, role: u.role, staffId: null, mustChangePassword: false };
    return { ...(await infoOf(ctx, user, false)), signedIn: true, permissions: [...ROLE_PERMISSIONS[u.role]] };
  }
  const user = await refresh(ctx);
  if (user && !s.locked && (await idleExpired(ctx, s))) s.locked = true;
  return infoOf(ctx, user, s.locked);
}

/**
 * The dispatcher's session check for a non-public call: signed in, not locked (idle time counts),
 * password not waiting to be changed. Passing counts as activity. Returns the context acting as
 * the session's user, or the error to answer with.
 */
export async function gateSession(ctx: Ctx, name: string): Promise<{ ctx: Ctx } | { error: CallError }> {
  const s = ctx.session;
  if (!s) return { ctx };
  const user = await refresh(ctx);
  if (!user) return { error: { code: 'unauthenticated', message: 'errors.unauthenticated' } };
  if (!s.locked && (await idleExpired(ctx, s))) s.locked = true;
  if (s.locked && !CALLS_WHILE_LOCKED.has(name)) return { error: { code: 'locked', message: 'auth.sessionLocked' } };
  if (user.mustChangePassword && !CALLS_BEFORE_PASSWORD_CHANGE.has(name)) {
    return { error: { code: 'password_change_required', message: 'auth.passwordChangeRequired' } };
  }
  if (!s.locked) s.lastActivity = ctx.now().getTime();
  return { ctx: asUser(ctx, user) };
}

function lockedError(until: string): AppError {
  const d = new Date(until);
  // The time in the PC's own zone (the host runs on the user's PC), and the exact instant.
  const time = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  return new AppError('account_locked', 'auth.accountLocked', { time, until });
}

const wrongCredentials = () => new AppError('unauthenticated', 'auth.wrongCredentials');

/**
 * Checks a password under the throttle (auth/throttle.ts): the attempt is admitted or refused in
 * one write transaction before any hashing; then the hash is checked (an unknown or inactive
 * account against a dummy, so it costs the same); a wrong one is audited as `failAction`.
 * Returns only when the password matches a usable account; the attempt then no longer counts.
 */
async function checkPassword(ctx: Ctx, u: UserRow | undefined, typed: string, password: string, failAction: string): Promise<void> {
  const nowIso = ctx.now().toISOString();
  const known = u ? { subject: accountSubject(u.id), actor: actorOf({ id: u.id, username: u.username, role: 'read_only' }, ctx.actor.via) } : null;
  const gate = await writeTx(ctx, async (trx) => {
    const who = known ?? (await unknownNameSubject(trx, typed, nowIso));
    return { who, admission: await admitAttempt(trx, who.subject, ctx.now()) };
  });
  const actor = known?.actor ?? anonymousActor(ctx.actor.via, 'marker' in gate.who ? gate.who.marker : undefined);
  const audited = (after: Record<string, unknown>, lockout?: string) =>
    writeTx({ ...ctx, actor }, async (_trx, audit) => {
      await audit({ action: failAction, entity: 'user', entityId: u?.id ?? '', after });
      if (lockout) await audit({ action: 'auth.lockout', entity: 'user', entityId: u?.id ?? '', after: { lockedUntil: lockout } });
    });
  const reason = !u ? { reason: 'unknown' } : u.active !== 1 ? { reason: 'inactive' } : {};
  const { admission } = gate;
  if (!admission.admitted) {
    await audited({ reason: 'locked' });
    throw lockedError(admission.waitUntil);
  }
  const usable = u && u.active === 1 ? u : null;
  const matches = usable
    ? await verifyPassword(password, { hash: usable.password_hash, salt: usable.password_salt, params: usable.password_params })
    : await verifyAgainstNothing(password);
  if (matches) {
    await writeTx(ctx, (trx) => clearAfterSuccess(trx, gate.who.subject, admission.attempt));
    return;
  }
  await audited({ attempt: admission.attempt, ...reason }, admission.waitUntil ?? undefined);
  if (admission.waitUntil) throw lockedError(admission.waitUntil);
  throw wrongCredentials();
}

/** A stored hash made with weaker parameters than today's is replaced at the next sign-in. */
async function upgradedHash(u: UserRow, password: string) {
  return needsRehash(u.password_params) ? hashPassword(password) : null;
}

/**
 * Signs in. A wrong password and an unknown or inactive username answer alike ("wrong username or
 * password"), after the same scrypt work and under the same throttle. Replaces whoever was signed
 * in to this session.
 */
export async function signIn(ctx: Ctx, input: { username: string; password: string }): Promise<SessionInfo> {
  const u = await findUserByUsername(ctx.db, input.username);
  await checkPassword(ctx, u, input.username, input.password, 'auth.signInFailed');
  const account = u!;
  const rehash = await upgradedHash(account, input.password);
  await writeTx(asUser(ctx, toSessionUser(account)), async (trx, audit) => {
    await trx
      .updateTable('users')
      .set({
        last_sign_in_at: ctx.now().toISOString(),
        ...(rehash && { password_hash: rehash.hash, password_salt: rehash.salt, password_params: rehash.params }),
      })
      .where('id', '=', account.id)
      .execute();
    await audit({ action: 'auth.signIn', entity: 'user', entityId: account.id });
  });
  const user = toSessionUser(account);
  if (ctx.session) {
    ctx.session.user = user;
    ctx.session.locked = false;
    ctx.session.lastActivity = ctx.now().getTime();
  }
  return infoOf(ctx, user, false);
}

/** Signs the session out (audited when someone was signed in). */
export async function signOut(ctx: Ctx): Promise<SessionInfo> {
  const s = ctx.session;
  if (s?.user) {
    await writeTx(asUser(ctx, s.user), (_trx, audit) => audit({ action: 'auth.signOut', entity: 'user', entityId: s.user!.id }));
    s.user = null;
    s.locked = false;
  }
  return infoOf(ctx, null, false);
}

/** Locks by hand ("lock" in the user menu); the renderer keeps its screen under the lock. */
export async function lockSession(ctx: Ctx): Promise<SessionInfo> {
  if (ctx.session?.user) ctx.session.locked = true;
  return currentSession(ctx);
}

/** Counts as activity (the renderer sends it, throttled, while the user types without saving). */
export async function sessionActivity(ctx: Ctx): Promise<SessionInfo> {
  return currentSession(ctx);
}

/** Unlocks with the signed-in user's own password; wrong passwords count towards the lockout. */
export async function unlockSession(ctx: Ctx, input: { password: string }): Promise<SessionInfo> {
  const s = ctx.session;
  if (!s?.user) throw new AppError('unauthenticated', 'errors.unauthenticated');
  const u = await findUser(ctx.db, s.user.id);
  if (!u || u.active !== 1) throw new AppError('unauthenticated', 'errors.unauthenticated');
  await checkPassword(ctx, u, u.username, input.password, 'auth.unlockFailed');
  await writeTx(ctx, (_trx, audit) => audit({ action: 'auth.unlock', entity: 'user', entityId: u.id }));
  s.locked = false;
  s.lastActivity = ctx.now().getTime();
  return currentSession(ctx);
}

/** The signed-in user changes their own password (required after a reset). */
export async function changeOwnPassword(ctx: Ctx, input: { currentPassword: string; newPassword: string }): Promise<SessionInfo> {
  const userId = ctx.session?.user?.id ?? ctx.actor.userId;
  const u = userId ? await findUser(ctx.db, userId) : undefined;
  if (!u) throw new AppError('unauthenticated', 'auth.noAccount');
  try {
    await checkPassword(ctx, u, u.username, input.currentPassword, 'auth.passwordChangeFailed');
  } catch (e) {
    if (e instanceof AppError && e.code === 'unauthenticated') {
      throw invalid([{ path: 'currentPassword', message: 'auth.wrongPassword' }]);
    }
    throw e;
  }
  if (input.newPassword === input.currentPassword) throw invalid([{ path: 'newPassword', message: 'auth.passwordSame' }]);
  const issues = passwordIssues(
    input.newPassword,
    await personalWords(ctx.db, { username: u.username, displayName: u.display_name, staffId: u.staff_id }),
    'newPassword',
  );
  if (issues.length) throw invalid(issues);
  const pw = await hashPassword(input.newPassword);
  await writeTx(asUser(ctx, toSessionUser(u)), async (trx, audit) => {
    const now = ctx.now().toISOString();
    await trx
      .updateTable('users')
      .set({
        password_hash: pw.hash,
        password_salt: pw.salt,
        password_params: pw.params,
        must_change_password: 0,
        password_changed_at: now,
        updated_at: now,
      })
      .where('id', '=', u.id)
      .execute();
    await audit({ action: 'auth.passwordChange', entity: 'user', entityId: u.id });
  });
  return currentSession(ctx);
}
