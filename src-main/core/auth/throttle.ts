import { createHmac, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/types';
import type { ReadDb } from '../db/read';
import { FIRST_WAIT_MINUTES, FREE_ATTEMPTS, MAX_WAIT_MINUTES, usernameKey } from './schema';

// Sign-in throttling. Every password check is first admitted here, inside the caller's
// BEGIN IMMEDIATE transaction and before any hashing, so that a burst of concurrent attempts is
// counted one by one: five are admitted, the rest wait. The count belongs to what was typed — an
// account, or a name no account has (by a keyed hash, never the text) — so an unknown name is
// throttled, and answers, exactly like a real one.

/** An account's throttle subject. */
export function accountSubject(userId: string): string {
  return `user:${userId}`;
}

const NAME_KEY_SETTING = 'signInNameKey';

/** The institution's secret for hashing names that no account has (made on first use). */
async function nameHashKey(trx: Kysely<DB>, nowIso: string): Promise<Buffer> {
  const row = await trx.selectFrom('settings').select('value').where('key', '=', NAME_KEY_SETTING).executeTakeFirst();
  if (row) return Buffer.from(JSON.parse(row.value) as string, 'hex');
  const key = randomBytes(32);
  await trx.insertInto('settings').values({ key: NAME_KEY_SETTING, value: JSON.stringify(key.toString('hex')), updated_at: nowIso }).execute();
  return key;
}

/**
 * A typed name that matches no account: its subject, and the marker the audit log records instead
 * of the text (which may be a password typed into the wrong field). The same name gives the same
 * marker, so repeated tries can be seen together.
 */
export async function unknownNameSubject(trx: Kysely<DB>, typed: string, nowIso: string): Promise<{ subject: string; marker: string }> {
  const digest = createHmac('sha256', await nameHashKey(trx, nowIso)).update(usernameKey(typed)).digest('hex');
  return { subject: `name:${digest}`, marker: `(unknown ${digest.slice(0, 12)})` };
}

/** The wait after the n-th failure in a row: none for the first four, then 1, 2, 4, 8, 15, 15… minutes. */
export function waitMinutesAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_WAIT_MINUTES, FIRST_WAIT_MINUTES * 2 ** (failures - FREE_ATTEMPTS));
}

export type Admission =
  | { admitted: true; attempt: number; waitUntil: string | null }
  | { admitted: false; waitUntil: string };

/**
 * Admits one attempt, or refuses it while the subject must wait. An admitted attempt is counted
 * as a failure at once (a success takes it back); when it is the fifth or later, the wait that
 * follows a failure starts now, so concurrent attempts behind it are refused without hashing.
 * Must run inside a write transaction.
 */
export async function admitAttempt(trx: Kysely<DB>, subject: string, now: Date): Promise<Admission> {
  const nowIso = now.toISOString();
  const row = await trx.selectFrom('sign_in_throttle').selectAll().where('subject', '=', subject).executeTakeFirst();
  if (row?.wait_until && row.wait_until > nowIso) return { admitted: false, waitUntil: row.wait_until };
  const attempt = (row?.failures ?? 0) + 1;
  const wait = waitMinutesAfter(attempt);
  const waitUntil = wait ? new Date(now.getTime() + wait * 60_000).toISOString() : null;
  await trx
    .insertInto('sign_in_throttle')
    .values({ subject, failures: attempt, wait_until: waitUntil, updated_at: nowIso })
    .onConflict((oc) => oc.column('subject').doUpdateSet({ failures: attempt, wait_until: waitUntil, updated_at: nowIso }))
    .execute();
  return { admitted: true, attempt, waitUntil };
}

/**
 * After the right password: the count starts again, but only when no attempt was admitted after
 * this one (a success never clears a wait that later failures started).
 */
export async function clearAfterSuccess(trx: Kysely<DB>, subject: string, attempt: number): Promise<void> {
  await trx.deleteFrom('sign_in_throttle').where('subject', '=', subject).where('failures', '=', attempt).execute();
}

/** A password reset by a director or admin ends any wait. */
export async function clearThrottle(trx: Kysely<DB>, subject: string): Promise<void> {
  await trx.deleteFrom('sign_in_throttle').where('subject', '=', subject).execute();
}

/** The accounts' current state, for the users list: failures in a row and the end of a wait. */
export async function accountThrottles(db: ReadDb): Promise<Map<string, { failures: number; waitUntil: string | null }>> {
  const rows = await db.selectFrom('sign_in_throttle').selectAll().where('subject', 'like', 'user:%').execute();
  return new Map(rows.map((r) => [r.subject.slice('user:'.length), { failures: r.failures, waitUntil: r.wait_until }]));
}
