import type { Selectable } from 'kysely';
import type { Ctx } from '../context';
import type { AuditLogTable } from '../db/types';
import { roleCan } from '../contract/permissions';
import { fieldChanges } from './diff';
import { isMedicalField } from './medical';
import type { ChildRecordSource } from './childRecords';
import { CHILD_HISTORY_LIMIT, type AuditEntryView, type AuditListQuery, type AuditPage } from './schema';

export { CHILD_HISTORY_LIMIT };

type AuditRow = Selectable<AuditLogTable>;

function parse(v: string | null): unknown {
  return v === null ? null : JSON.parse(v);
}

/** Blanks medical values in a recorded before/after object. */
function redact(entity: string, v: unknown): unknown {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, isMedicalField(entity, k) ? null : x]));
}

/** Row → view; medical details hidden unless the reader may see them. */
export function toAuditView(r: AuditRow, canSeeMedical: boolean): AuditEntryView {
  const before = parse(r.before);
  const after = parse(r.after);
  const changes = fieldChanges(before, after).map((c) =>
    !canSeeMedical && isMedicalField(r.entity, c.field) ? { field: c.field, before: null, after: null, hidden: true as const } : c,
  );
  return {
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    via: r.via,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: canSeeMedical ? before : redact(r.entity, before),
    after: canSeeMedical ? after : redact(r.entity, after),
    changes,
  };
}

const canSeeMedical = (ctx: Ctx) => roleCan(ctx.actor.role, 'residents.medical');

/** One record's history, newest first (the History tab of a child's or staff member's page). */
export async function auditHistory(ctx: Ctx, entity: string, entityId: string): Promise<AuditEntryView[]> {
  const rows = await ctx.db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .orderBy('seq', 'desc')
    .execute();
  const medical = canSeeMedical(ctx);
  return rows.map((r) => toAuditView(r, medical));
}


/**
 * A child's History tab: the entries on the child's record and on the records other domains keep
 * for the child (`sources`, core/residents/historySources.ts), newest first, at most
 * CHILD_HISTORY_LIMIT. One query: each source is an indexed `entity = ? AND entity_id IN (…)`.
 */
export async function childHistory(ctx: Ctx, residentId: string, sources: readonly ChildRecordSource[]): Promise<AuditEntryView[]> {
  const rows = await ctx.db
    .selectFrom('audit_log')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb.and([eb('entity', '=', 'resident'), eb('entity_id', '=', residentId)]),
        ...sources.map((s) => eb.and([eb('entity', '=', s.entity), eb('entity_id', 'in', s.ids(ctx.db, residentId))])),
      ]),
    )
    .orderBy('seq', 'desc')
    .limit(CHILD_HISTORY_LIMIT)
    .execute();
  const medical = canSeeMedical(ctx);
  return rows.map((r) => toAuditView(r, medical));
}

function startOf(v: string): string {
  return v.length === 10 ? `${v}T00:00:00.000Z` : new Date(v).toISOString();
}

/** The end bound, exclusive: a day includes all of itself. */
function endOf(v: string): string {
  if (v.length !== 10) return new Date(new Date(v).getTime() + 1).toISOString();
  const d = new Date(`${v}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}

/** The audit trail screen: filters, newest first, paged. */
export async function listAudit(ctx: Ctx, f: AuditListQuery): Promise<AuditPage> {
  let q = ctx.db.selectFrom('audit_log');
  if (f.entityId) q = q.where('entity_id', '=', f.entityId);
  if (f.entity) q = q.where('entity', '=', f.entity);
  if (f.actor) q = q.where('actor', '=', f.actor);
  if (f.action) {
    q = f.action.endsWith('.')
      ? q.where('action', '>=', f.action).where('action', '<', `${f.action.slice(0, -1)}/`) // '/' sorts right after '.'
      : q.where('action', '=', f.action);
  }
  if (f.from) q = q.where('at', '>=', startOf(f.from));
  if (f.to) q = q.where('at', '<', endOf(f.to));
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q.selectAll().orderBy('seq', 'desc').limit(f.limit).offset(f.offset).execute();
  const medical = canSeeMedical(ctx);
  return { total: Number(total.n), rows: rows.map((r) => toAuditView(r, medical)) };
}

/** Everyone who appears in the log as acting, for the screen's user filter. */
export async function auditActors(ctx: Ctx): Promise<string[]> {
  const rows = await ctx.db.selectFrom('audit_log').select('actor').distinct().orderBy('actor').execute();
  return rows.map((r) => r.actor);
}
