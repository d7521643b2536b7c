import type { ReadDb } from '../../src-main/core/db/read';
import type { Role } from '../../src-main/core/contract/permissions';
import type { Ctx } from '../../src-main/core/context';
import { createUser, findUserByUsername, toSessionUser } from '../../src-main/core/auth/users';
import { newSession, sessionCtx, systemCtx, type Session } from '../../src-main/core/session';
import type { UserDto } from '../../src-main/core/auth/schema';

/** A password that passes the rules for every test user. */
export const TEST_PASSWORD = 'Correct-Horse-42';

/** Creates an account through the core as the local system actor (no password change required). */
export async function addUser(
  db: ReadDb,
  role: Role,
  over: {
    username?: string;
    password?: string;
    displayName?: string;
    staffId?: string | null;
    mustChangePassword?: boolean;
    now?: () => Date;
  } = {},
): Promise<UserDto> {
  return createUser(systemCtx(db, 'test', over.now), {
    username: over.username ?? `test-${role}`,
    role,
    password: over.password ?? TEST_PASSWORD,
    displayName: over.displayName ?? '',
    staffId: over.staffId ?? null,
    mustChangePassword: over.mustChangePassword ?? false,
  });
}

/** A clock tests move by hand. */
export function testClock(start = '2026-11-26T10:00:00Z') {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    advanceMinutes(m: number) {
      t += m * 60_000;
    },
  };
}

/** A session (as a host keeps one) and the context of a call made in it. */
export function sessionOn(db: ReadDb, now: () => Date, session: Session = newSession()): { session: Session; ctx: () => Ctx } {
  return { session, ctx: () => sessionCtx(db, session, 'web', { now }) };
}

/** A session already signed in as `username` (as the web harness's `signedInAs` does). */
export async function signedInSession(db: ReadDb, username: string, now: () => Date) {
  const row = await findUserByUsername(db, username);
  if (!row) throw new Error(`no user ${username}`);
  const s = sessionOn(db, now);
  s.session.user = toSessionUser(row);
  s.session.lastActivity = now().getTime();
  return s;
}
