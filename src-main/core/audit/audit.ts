import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/types';
import type { ReadDb } from '../db/read';
import type { Ctx } from '../context';
import type { ChainCheck } from './types';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditInput {
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

interface HashedFields {
  seq: number;
  at: string;
  actor: string;
  via: string;
  action: string;
  entity: string;
  entity_id: string;
  before: string | null;
  after: string | null;
  prev_hash: string;
}

function entryHash(f: HashedFields): string {
  const canonical = JSON.stringify([
    f.seq, f.at, f.actor, f.via, f.action, f.entity, f.entity_id, f.before, f.after, f.prev_hash,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Appends one entry to the hash chain. Call inside the transaction that makes the change. */
export async function appendAudit(trx: Transaction<DB> | Kysely<DB>, ctx: Ctx, e: AuditInput): Promise<void> {
  const last = await trx
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const fields: HashedFields = {
    seq: (last?.seq ?? 0) + 1,
    at: ctx.now().toISOString(),
    actor: ctx.actor.username,
    via: ctx.actor.via,
    action: e.action,
    entity: e.entity,
    entity_id: e.entityId,
    before: e.before === undefined ? null : JSON.stringify(e.before),
    after: e.after === undefined ? null : JSON.stringify(e.after),
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  await trx.insertInto('audit_log').values({ ...fields, hash: entryHash(fields) }).execute();
}


/**
 * Appends many entries in order, exactly as one `appendAudit` per entry would, but hashed in
 * memory and inserted in batches (bulk writes such as the demo institution). Same transaction rule.
 */
export async function appendAuditMany(trx: Transaction<DB> | Kysely<DB>, ctx: Ctx, entries: AuditInput[]): Promise<void> {
  const last = await trx.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  let seq = last?.seq ?? 0;
  let prev = last?.hash ?? GENESIS_HASH;
  const at = ctx.now().toISOString();
  const rows = entries.map((e) => {
    const fields: HashedFields = {
      seq: ++seq,
      at,
      actor: ctx.actor.username,
      via: ctx.actor.via,
      action: e.action,
      entity: e.entity,
      entity_id: e.entityId,
      before: e.before === undefined ? null : JSON.stringify(e.before),
      after: e.after === undefined ? null : JSON.stringify(e.after),
      prev_hash: prev,
    };
    prev = entryHash(fields);
    return { ...fields, hash: prev };
  });
  // 11 columns a row: 2,000 rows stay well under SQLite's limit of bound parameters.
  for (let i = 0; i < rows.length; i += 2000) await trx.insertInto('audit_log').values(rows.slice(i, i + 2000)).execute();
}

/** The chain's last entry (its sequence and hash), or null for an empty log. */
export async function auditHead(db: ReadDb): Promise<{ seq: number; hash: string } | null> {
  const r = await db.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return r ? { seq: r.seq, hash: r.hash } : null;
}

/**
 * Whether the local chain still holds each head a package anchored (the ministry's verifier state
 * keeps them): the entry at that sequence must exist with that hash. A chain rewritten after the
 * package was made fails here even when it is consistent with itself.
 */
export async function checkAnchors(
  db: ReadDb,
  anchors: Array<{ seq: number; hash: string }>,
): Promise<Array<{ seq: number; hash: string; found: 'same' | 'changed' | 'missing' }>> {
  const out = [];
  for (const a of anchors) {
    const r = await db.selectFrom('audit_log').select('hash').where('seq', '=', a.seq).executeTakeFirst();
    out.push({ ...a, found: !r ? ('missing' as const) : r.hash === a.hash ? ('same' as const) : ('changed' as const) });
  }
  return out;
}

/** Walks the whole chain; names the first entry whose hash, link or number does not hold. */
export async function verifyAuditChain(db: ReadDb): Promise<ChainCheck> {
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  const pageSize = 5000;
  for (let after = 0; ; ) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    for (const r of rows) {
      count++;
      if (r.seq !== expectedSeq) return { ok: false, entries: count, brokenAt: r.seq, reason: 'sequence' };
      if (r.prev_hash !== prev) return { ok: false, entries: count, brokenAt: r.seq, reason: 'link' };
      if (entryHash(r) !== r.hash) return { ok: false, entries: count, brokenAt: r.seq, reason: 'hash' };
      prev = r.hash;
      expectedSeq++;
      after = r.seq;
    }
    if (rows.length < pageSize) return { ok: true, entries: count };
  }
}


