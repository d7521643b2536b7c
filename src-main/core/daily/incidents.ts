import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/types';
import type { Ctx } from '../context';
import { todayOf } from '../context';
import type { ReadDb } from '../db/read';
import { readTx } from '../db/read';
import { writeTx } from '../db/write';
import { appendAuditMany } from '../audit/audit';
import { AppError, invalid, type FieldIssue } from '../contract/errors';
import { uuidv7 } from '../ids';
import { inCareOn } from './queries';
import {
  NOTIFY_PARTIES,
  requiredParties,
  type IncidentCreate,
  type IncidentDto,
  type IncidentKind,
  type IncidentNotify,
  type NotifyParty,
  type Severity,
} from './schema';

// Incidents: one or more children, a kind and a severity, what happened and what was done, who
// was told and when. The kinds that must be notified without delay get their required parties as
// rows at once (required = 1, notified_at NULL): until each is recorded, the incident is overdue.
// Each change is audited on the incident, and its creation on each child involved too.

/** Open incidents at high or critical severity (the dashboard keeps them until closed). */
export const SERIOUS: readonly Severity[] = ['high', 'critical'];

async function readIncidents(db: ReadDb, where: { ids?: string[]; status?: 'open' | 'closed' | 'all'; limit?: number }): Promise<IncidentDto[]> {
  let q = db.selectFrom('incidents').selectAll().where('voided_at', 'is', null);
  if (where.ids) q = q.where('id', 'in', where.ids.length ? where.ids : ['']);
  if (where.status && where.status !== 'all') q = q.where('status', '=', where.status);
  const rows = await q.orderBy('date', 'desc').orderBy('time', 'desc').orderBy('id', 'desc').limit(where.limit ?? 1000).execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [children, notes] = await Promise.all([
    db
      .selectFrom('incident_children')
      .innerJoin('residents', 'residents.id', 'incident_children.resident_id')
      .select(['incident_children.incident_id', 'residents.id', 'residents.last_name', 'residents.first_name', 'residents.patronymic'])
      .where('incident_children.incident_id', 'in', ids)
      .orderBy('residents.sort_key')
      .execute(),
    db.selectFrom('incident_notifications').selectAll().where('incident_id', 'in', ids).execute(),
  ]);
  return rows.map((r) => {
    const n = notes
      .filter((x) => x.incident_id === r.id)
      .sort((a, b) => NOTIFY_PARTIES.indexOf(a.party as NotifyParty) - NOTIFY_PARTIES.indexOf(b.party as NotifyParty))
      .map((x) => ({ party: x.party as NotifyParty, required: x.required === 1, notifiedAt: x.notified_at, notifiedBy: x.notified_by, contact: x.contact, note: x.note }));
    return {
      id: r.id,
      version: r.version,
      date: r.date,
      time: r.time,
      place: r.place,
      kind: r.kind as IncidentKind,
      severity: r.severity as Severity,
      policeInvolved: r.police_involved === 1,
      whatHappened: r.what_happened,
      actionsTaken: r.actions_taken,
      status: r.status,
      closedAt: r.closed_at,
      closedBy: r.closed_by,
      outcome: r.outcome,
      reportedBy: r.reported_by,
      children: children
        .filter((c) => c.incident_id === r.id)
        .map((c) => ({ residentId: c.id, lastName: c.last_name, firstName: c.first_name, patronymic: c.patronymic })),
      notifications: n,
      overdue: n.some((x) => x.required && !x.notifiedAt),
      createdAt: r.created_at,
    };
  });
}

export async function listIncidents(ctx: Ctx, q: { status: 'open' | 'closed' | 'all'; limit: number }): Promise<IncidentDto[]> {
  return readTx(ctx, (db) => readIncidents(db, q));
}

export async function getIncident(ctx: Ctx, id: string): Promise<IncidentDto> {
  const [dto] = await readTx(ctx, (db) => readIncidents(db, { ids: [id] }));
  if (!dto) throw new AppError('not_found', 'daily.errors.incidentNotFound');
  return dto;
}

/**
 * Records an incident. Refused, nothing written: a date after today, no child, a child not in
 * care on that date, a notification time after now or a party twice.
 */
export async function createIncident(ctx: Ctx, input: IncidentCreate): Promise<IncidentDto> {
  return writeTx(ctx, (trx) => createIncidentIn(trx, ctx, input));
}

/** An incident inside the caller's transaction (the roll call's missing child: core/daily/missing.ts). */
export async function createIncidentIn(trx: Kysely<DB>, ctx: Ctx, input: IncidentCreate): Promise<IncidentDto> {
  const issues: FieldIssue[] = [];
  if (input.date > todayOf(ctx)) issues.push({ path: 'date', message: 'validation.dateFuture' });
  const nowIso = ctx.now().toISOString();
  const parties = new Set<string>();
  input.notifications.forEach((n, i) => {
    if (parties.has(n.party)) issues.push({ path: `notifications.${i}.party`, message: 'daily.errors.twice' });
    parties.add(n.party);
    if (n.notifiedAt > nowIso) issues.push({ path: `notifications.${i}.notifiedAt`, message: 'validation.dateFuture' });
  });
  if (issues.length) throw invalid(issues);
  const ids = [...new Set(input.residentIds)];
  {
    const found = new Set((await inCareOn(trx, input.date).select('id').where('id', 'in', ids).execute()).map((r) => r.id));
    input.residentIds.forEach((id, i) => {
      if (!found.has(id)) issues.push({ path: `residentIds.${i}`, message: 'daily.errors.notInCare', params: { date: input.date } });
    });
    if (issues.length) throw invalid(issues);
    const id = uuidv7(ctx.now().getTime());
    const by = ctx.actor.username;
    await trx
      .insertInto('incidents')
      .values({
        id,
        date: input.date,
        time: input.time,
        place: input.place,
        kind: input.kind,
        severity: input.severity,
        police_involved: input.policeInvolved ? 1 : 0,
        what_happened: input.whatHappened,
        actions_taken: input.actionsTaken,
        status: 'open',
        closed_at: null,
        closed_by: null,
        outcome: '',
        reported_by: by,
        version: 1,
        created_at: nowIso,
        updated_at: nowIso,
        voided_at: null,
        void_reason: '',
      })
      .execute();
    await trx.insertInto('incident_children').values(ids.map((r) => ({ incident_id: id, resident_id: r }))).execute();
    const required = new Set(requiredParties(input.kind, input.severity, input.policeInvolved));
    const given = new Map(input.notifications.map((n) => [n.party, n]));
    const rows = NOTIFY_PARTIES.filter((p) => required.has(p) || given.has(p)).map((party) => {
      const n = given.get(party);
      return {
        incident_id: id,
        party,
        required: required.has(party) ? 1 : 0,
        notified_at: n?.notifiedAt ?? null,
        notified_by: n ? by : null,
        contact: n?.contact ?? '',
        note: n?.note ?? '',
        created_at: nowIso,
        updated_at: nowIso,
      };
    });
    if (rows.length) await trx.insertInto('incident_notifications').values(rows).execute();
    const [dto] = await readIncidents(trx, { ids: [id] });
    const { children: _c, ...fields } = dto!;
    await appendAuditMany(trx, ctx, [
      { action: 'incident.create', entity: 'incident', entityId: id, after: { ...fields, residentIds: ids } },
      ...ids.map((r) => ({ action: 'incident.involve', entity: 'resident', entityId: r, after: { incidentId: id, date: input.date, kind: input.kind, severity: input.severity } })),
    ]);
    return dto!;
  }
}

/** Records that a party was told (or corrects when): a required one stops counting as overdue. */
export async function notifyIncident(ctx: Ctx, input: IncidentNotify): Promise<IncidentDto> {
  if (input.notifiedAt > ctx.now().toISOString()) throw invalid([{ path: 'notifiedAt', message: 'validation.dateFuture' }]);
  return writeTx(ctx, async (trx, audit) => {
    const inc = await trx.selectFrom('incidents').select(['id', 'date']).where('id', '=', input.incidentId).where('voided_at', 'is', null).executeTakeFirst();
    if (!inc) throw new AppError('not_found', 'daily.errors.incidentNotFound');
    const was = await trx.selectFrom('incident_notifications').selectAll().where('incident_id', '=', input.incidentId).where('party', '=', input.party).executeTakeFirst();
    const now = ctx.now().toISOString();
    const row = { notified_at: input.notifiedAt, notified_by: ctx.actor.username, contact: input.contact, note: input.note, updated_at: now };
    if (was) await trx.updateTable('incident_notifications').set(row).where('incident_id', '=', input.incidentId).where('party', '=', input.party).execute();
    else await trx.insertInto('incident_notifications').values({ incident_id: input.incidentId, party: input.party, required: 0, created_at: now, ...row }).execute();
    await trx.updateTable('incidents').set({ updated_at: now, version: sql`version + 1` }).where('id', '=', input.incidentId).execute();
    const pick = (r: { notified_at: string | null; contact: string; note: string } | undefined) =>
      r ? { party: input.party, notifiedAt: r.notified_at, contact: r.contact, note: r.note } : undefined;
    await audit({ action: 'incident.notify', entity: 'incident', entityId: input.incidentId, before: pick(was), after: pick(row) });
    const [dto] = await readIncidents(trx, { ids: [input.incidentId] });
    return dto!;
  });
}

/** Closes an open incident with its outcome (stale version refused). */
export async function closeIncident(ctx: Ctx, input: { id: string; version: number; outcome: string }): Promise<IncidentDto> {
  return writeTx(ctx, async (trx, audit) => {
    const cur = await trx.selectFrom('incidents').select(['status', 'version', 'outcome']).where('id', '=', input.id).where('voided_at', 'is', null).executeTakeFirst();
    if (!cur) throw new AppError('not_found', 'daily.errors.incidentNotFound');
    if (cur.version !== input.version) throw new AppError('conflict', 'errors.staleVersion');
    if (cur.status === 'closed') throw new AppError('conflict', 'daily.errors.incidentClosed');
    const now = ctx.now().toISOString();
    await trx
      .updateTable('incidents')
      .set({ status: 'closed', closed_at: now, closed_by: ctx.actor.username, outcome: input.outcome, updated_at: now, version: cur.version + 1 })
      .where('id', '=', input.id)
      .execute();
    await audit({ action: 'incident.close', entity: 'incident', entityId: input.id, before: { status: 'open', outcome: cur.outcome }, after: { status: 'closed', outcome: input.outcome } });
    const [dto] = await readIncidents(trx, { ids: [input.id] });
    return dto!;
  });
}

/** Open incidents at high or critical severity. */
export async function openSeriousIncidents(db: ReadDb): Promise<number> {
  const r = await db
    .selectFrom('incidents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'open')
    .where('severity', 'in', [...SERIOUS])
    .where('voided_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Incidents with a required notification not recorded yet. */
export async function incidentsOverdue(db: ReadDb): Promise<number> {
  const r = await db
    .selectFrom('incident_notifications')
    .innerJoin('incidents', 'incidents.id', 'incident_notifications.incident_id')
    .select(sql<number>`count(DISTINCT incident_notifications.incident_id)`.as('n'))
    .where('incident_notifications.required', '=', 1)
    .where('incident_notifications.notified_at', 'is', null)
    .where('incidents.voided_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** A date's incidents: how many, and how many high or critical. */
export async function incidentsOn(db: ReadDb, date: string): Promise<{ total: number; serious: number }> {
  const rows = await db
    .selectFrom('incidents')
    .select((eb) => ['severity', eb.fn.countAll<number>().as('n')])
    .where('date', '=', date)
    .where('voided_at', 'is', null)
    .groupBy('severity')
    .execute();
  return {
    total: rows.reduce((s, r) => s + Number(r.n), 0),
    serious: rows.filter((r) => SERIOUS.includes(r.severity as Severity)).reduce((s, r) => s + Number(r.n), 0),
  };
}
