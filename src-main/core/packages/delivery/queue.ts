import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { Ctx } from '../../context';
import type { DB } from '../../db/types';
import { writeTx } from '../../db/write';
import { AppError } from '../../contract/errors';
import { sha256Hex } from '../crypto/digest';
import type { DeliveryErrorKind, DeliveryOutcome, DeliveryReportDto, QueueItemDto } from './schema';
import { deliveryEndpoint } from './settings';
import { recordReceipt } from './receipts';
import { httpsTransport, type Transport } from './transport';

// The upload queue: each exported package, where a ministry address is configured, waits here
// until the ministry's receipt comes back. A failed attempt is retried with exponential backoff
// (1 min, 2, 4 … up to 6 h); after MAX_ATTEMPTS the package is marked failed, and "send now"
// puts it back. A package file that is gone or changed since the export is never sent.

export const BACKOFF_BASE_MS = 60_000;
export const BACKOFF_MAX_MS = 6 * 60 * 60 * 1000;
export const MAX_ATTEMPTS = 10;

/** The wait after the n-th failed attempt (n ≥ 1). */
export function backoffMs(attempts: number): number {
  return Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1), BACKOFF_MAX_MS);
}

const errorText = (kind: DeliveryErrorKind, detail: string) => `${kind}: ${detail}`.slice(0, 500);

function parseError(s: string | null): QueueItemDto['lastError'] {
  if (!s) return null;
  const i = s.indexOf(': ');
  return { kind: s.slice(0, i) as DeliveryErrorKind, detail: s.slice(i + 2) };
}

/** Queues a package for upload (inside the export's transaction). Does nothing without an address. */
export async function enqueueIfConfigured(trx: Kysely<DB>, sequence: number, path: string, at: string): Promise<boolean> {
  if (!(await deliveryEndpoint(trx))) return false;
  await trx
    .insertInto('delivery_queue')
    .values({ package_sequence: sequence, path, state: 'pending', attempts: 0, next_attempt_at: at, last_attempt_at: null, last_error: null, created_at: at, updated_at: at })
    .onConflict((oc) => oc.column('package_sequence').doNothing())
    .execute();
  return true;
}

export async function listQueue(ctx: Ctx): Promise<QueueItemDto[]> {
  const rows = await ctx.db
    .selectFrom('delivery_queue as q')
    .innerJoin('packages as p', 'p.sequence', 'q.package_sequence')
    .select(['q.package_sequence', 'q.state', 'q.attempts', 'q.next_attempt_at', 'q.last_attempt_at', 'q.last_error', 'p.period', 'p.file_name', 'p.status', 'p.status_reason'])
    .orderBy('q.package_sequence', 'desc')
    .execute();
  return rows.map((r) => ({
    sequence: r.package_sequence,
    period: r.period,
    fileName: r.file_name,
    state: r.state,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    lastAttemptAt: r.last_attempt_at,
    lastError: parseError(r.last_error),
    packageStatus: r.status,
    statusReason: r.status_reason,
  }));
}

type QueueRow = { package_sequence: number; path: string; attempts: number };

async function attemptFailed(ctx: Ctx, row: QueueRow, kind: DeliveryErrorKind, detail: string, permanent: boolean): Promise<DeliveryOutcome> {
  const now = ctx.now();
  const attempts = row.attempts + 1;
  const giveUp = permanent || attempts >= MAX_ATTEMPTS;
  await writeTx(ctx, async (trx, audit) => {
    await trx
      .updateTable('delivery_queue')
      .set({
        state: giveUp ? 'failed' : 'pending',
        attempts,
        next_attempt_at: giveUp ? null : new Date(now.getTime() + backoffMs(attempts)).toISOString(),
        last_attempt_at: now.toISOString(),
        last_error: errorText(kind, detail),
        updated_at: now.toISOString(),
      })
      .where('package_sequence', '=', row.package_sequence)
      .execute();
    if (giveUp) {
      await audit({ action: 'package.delivery_failed', entity: 'package', entityId: String(row.package_sequence), after: { attempts, error: errorText(kind, detail) } });
    }
  });
  return { sequence: row.package_sequence, result: giveUp ? 'failed' : 'retry', error: { kind, detail } };
}

async function deliverOne(ctx: Ctx, transport: Transport, row: QueueRow): Promise<DeliveryOutcome> {
  const pkg = await ctx.db.selectFrom('packages').select(['sequence', 'file_name', 'sha256']).where('sequence', '=', row.package_sequence).executeTakeFirstOrThrow();
  const inst = await ctx.db.selectFrom('institution').select('code').where('id', '=', 1).executeTakeFirst();
  let bytes: Buffer;
  try {
    bytes = readFileSync(row.path);
  } catch {
    return attemptFailed(ctx, row, 'file_missing', row.path, true);
  }
  if (sha256Hex(bytes) !== pkg.sha256) return attemptFailed(ctx, row, 'file_changed', row.path, true);

  let answer;
  try {
    answer = await transport.send({ fileName: pkg.file_name, bytes, sha256: pkg.sha256, institution: inst?.code ?? '', sequence: pkg.sequence });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return attemptFailed(ctx, row, 'network', err.code ?? err.message ?? 'error', false);
  }
  // A client error (too large, not a package) will not change by trying again; a timeout,
  // a throttle or a server error may.
  const permanent = answer.status >= 400 && answer.status < 500 && answer.status !== 408 && answer.status !== 429;
  if (answer.status !== 200) return attemptFailed(ctx, row, 'http', `HTTP ${answer.status}`, permanent);

  try {
    const { receipt } = await writeTx(ctx, async (trx, audit) => {
      const recorded = await recordReceipt(trx, ctx, audit, answer.body.toString('utf8'), { sequence: pkg.sequence });
      const now = ctx.now().toISOString();
      await trx
        .updateTable('delivery_queue')
        .set({ state: 'sent', attempts: row.attempts + 1, next_attempt_at: null, last_attempt_at: now, last_error: null, updated_at: now })
        .where('package_sequence', '=', pkg.sequence)
        .execute();
      return recorded;
    });
    return {
      sequence: pkg.sequence,
      result: receipt.verdict === 'accepted' ? 'acknowledged' : 'rejected',
      alreadyReceived: receipt.alreadyReceived,
    };
  } catch (e) {
    if (e instanceof AppError) return attemptFailed(ctx, row, 'receipt', e.messageKey, false);
    throw e;
  }
}

/**
 * Sends every pending package whose next attempt is due (one at a time, oldest first) and records
 * the receipts that come back. Network and server errors are retried later; nothing is thrown for
 * them: the report and the queue say what happened.
 */
export async function deliverPending(ctx: Ctx, transport: Transport, only?: number): Promise<DeliveryReportDto> {
  const now = ctx.now().toISOString();
  let q = ctx.db
    .selectFrom('delivery_queue')
    .select(['package_sequence', 'path', 'attempts'])
    .where('state', '=', 'pending')
    .where((eb) => eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', now)]))
    .orderBy('package_sequence');
  if (only !== undefined) q = q.where('package_sequence', '=', only);
  const due = await q.execute();
  const outcomes: DeliveryOutcome[] = [];
  for (const row of due) outcomes.push(await deliverOne(ctx, transport, row));
  return { attempted: due.length, outcomes };
}

/** "Send now": makes one package (or every pending one) due at once, then delivers. */
export async function deliverNow(ctx: Ctx, input: { sequence?: number }, transport?: Transport): Promise<DeliveryReportDto> {
  const endpoint = await deliveryEndpoint(ctx.db);
  if (!endpoint && !transport) throw new AppError('invalid', 'packages.delivery.errors.notConfigured');
  const now = ctx.now().toISOString();
  await writeTx(ctx, async (trx, audit) => {
    let q = trx.updateTable('delivery_queue').set({ state: 'pending', next_attempt_at: now, updated_at: now });
    if (input.sequence !== undefined) {
      const row = await trx.selectFrom('delivery_queue').select('state').where('package_sequence', '=', input.sequence).executeTakeFirst();
      if (!row) throw new AppError('not_found', 'packages.delivery.errors.notQueued', { sequence: input.sequence });
      q = q.where('package_sequence', '=', input.sequence);
      await audit({ action: 'package.deliver_now', entity: 'package', entityId: String(input.sequence), before: { state: row.state } });
    } else {
      q = q.where('state', '=', 'pending');
    }
    await q.execute();
  });
  return deliverPending(ctx, transport ?? httpsTransport(endpoint!), input.sequence);
}

/** Puts an exported package into the queue by hand (a package exported before the address was set). */
export async function enqueuePackage(ctx: Ctx, sequence: number, path: string): Promise<void> {
  await writeTx(ctx, async (trx, audit) => {
    const pkg = await trx.selectFrom('packages').select('id').where('sequence', '=', sequence).executeTakeFirst();
    if (!pkg) throw new AppError('not_found', 'packages.delivery.errors.notQueued', { sequence });
    const at = ctx.now().toISOString();
    await trx
      .insertInto('delivery_queue')
      .values({ package_sequence: sequence, path, state: 'pending', attempts: 0, next_attempt_at: at, last_attempt_at: null, last_error: null, created_at: at, updated_at: at })
      .onConflict((oc) => oc.column('package_sequence').doUpdateSet({ path, state: 'pending', next_attempt_at: at, updated_at: at }))
      .execute();
    await audit({ action: 'package.enqueue', entity: 'package', entityId: pkg.id, after: { sequence, path } });
  });
}
