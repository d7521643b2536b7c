import type { Kysely } from 'kysely';
import type { Ctx } from '../context';
import { todayOf } from '../context';
import type { CareEpisodesTable, DB } from '../db/types';
import { writeTx, type Audit } from '../db/write';
import { AppError, invalid } from '../contract/errors';
import { uuidv7 } from '../ids';
import { guardCareDay } from './closed';
import { historyIssue } from './history';

export { historyIssue };
import { FOLLOW_UP_MONTHS, syncRegister } from './episodes';
import type { EpisodeRow } from './queries';
import { toEpisodeDto } from './rows';
import { addMonths, FAMILY_DESTINATIONS, type Destination, type EpisodeDto, type EpisodeUpdate, type EpisodeVoid } from './schema';

// Corrections of an episode (edit, void), each with a reason and audited: the edited or voided
// episode is checked again against the whole history, the derived status recomputed, an exit's
// follow-up rescheduled. In a closed period the reason carries the change (care/closed.ts).

/** The columns an edit of each kind may change, from the input. */
function editedColumns(kind: string, i: EpisodeUpdate): Partial<CareEpisodesTable> {
  const req = (cond: unknown, path: string) => {
    if (cond === null || cond === undefined || cond === '') throw invalid([{ path, message: 'validation.required' }]);
  };
  switch (kind) {
    case 'admission':
      req(i.admissionType, 'admissionType');
      req(i.decidingBody, 'decidingBody');
      if (i.orderExpiresOn && i.orderExpiresOn < i.startedOn) throw invalid([{ path: 'orderExpiresOn', message: 'care.errors.orderBeforeAdmission' }]);
      return {
        started_on: i.startedOn, admission_type: i.admissionType, emergency: i.emergency ? 1 : 0, placement: i.placement ?? 'resident',
        legal_basis: i.legalBasis, deciding_body: i.decidingBody, decision_number: i.decisionNumber, decision_date: i.decisionDate,
        came_from: i.cameFrom, order_expires_on: i.orderExpiresOn, notes: i.notes,
      };
    case 'leave':
      req(i.leaveReason, 'leaveReason');
      if (i.expectedReturnOn && i.expectedReturnOn < i.startedOn) throw invalid([{ path: 'expectedReturnOn', message: 'care.errors.returnBeforeLeave' }]);
      return { started_on: i.startedOn, ended_on: i.endedOn, leave_reason: i.leaveReason, risk: i.risk, expected_return_on: i.expectedReturnOn, notes: i.notes };
    case 'missing': {
      req(i.noticedAt, 'noticedAt');
      if (i.reportedAt && i.reportedAt < i.noticedAt!) throw invalid([{ path: 'reportedAt', message: 'care.errors.reportBeforeNoticed' }]);
      return {
        started_on: i.noticedAt!.slice(0, 10), noticed_at: i.noticedAt, ended_on: i.endedOn, authorised: i.authorised ? 1 : 0,
        reported_to: i.reportedTo, reported_at: i.reportedAt, found_where: i.foundWhere, notes: i.notes,
      };
    }
    case 'exit':
      req(i.destination, 'destination');
      req(i.exitReason, 'exitReason');
      req(i.decidingBody, 'decidingBody');
      req(i.decisionNumber, 'decisionNumber');
      req(i.decisionDate, 'decisionDate');
      return {
        started_on: i.startedOn, destination: i.destination, exit_reason: i.exitReason, destination_address: i.destinationAddress,
        home_kind: i.homeKind, deciding_body: i.decidingBody, decision_number: i.decisionNumber, decision_date: i.decisionDate, notes: i.notes,
      };
    default:
      throw new AppError('not_found', 'care.errors.episodeNotFound');
  }
}

async function loadEpisode(trx: Kysely<DB>, id: string, version: number): Promise<EpisodeRow> {
  const e = await trx.selectFrom('care_episodes').selectAll().where('id', '=', id).where('voided_at', 'is', null).executeTakeFirst();
  if (!e) throw new AppError('not_found', 'care.errors.episodeNotFound');
  if (e.version !== version) throw new AppError('conflict', 'errors.staleVersion');
  return e;
}

async function historyOf(trx: Kysely<DB>, residentId: string): Promise<EpisodeRow[]> {
  return trx.selectFrom('care_episodes').selectAll().where('resident_id', '=', residentId).where('voided_at', 'is', null).execute();
}

/** An exit's follow-up: visits not yet made are rescheduled from the (new) exit day, or dropped when it is no longer into a family. */
async function rescheduleVisits(trx: Kysely<DB>, exit: EpisodeRow, now: Date, months: readonly number[]): Promise<void> {
  await trx.deleteFrom('follow_up_visits').where('exit_id', '=', exit.id).where('visited_on', 'is', null).execute();
  if (exit.voided_at !== null || !FAMILY_DESTINATIONS.includes(exit.destination as Destination)) return;
  const done = new Set(
    (await trx.selectFrom('follow_up_visits').select('month_offset').where('exit_id', '=', exit.id).execute()).map((v) => v.month_offset),
  );
  const at = now.toISOString();
  const rows = months.filter((m) => !done.has(m)).map((m) => ({
    id: uuidv7(now.getTime()), resident_id: exit.resident_id, exit_id: exit.id, due_on: addMonths(exit.started_on, m), month_offset: m,
    visited_on: null, seen: null, not_seen_reason: '', placement_status: null, services: '[]', outcome: null, next_visit_on: null,
    notes: '', created_at: at, updated_at: at,
  }));
  if (rows.length) await trx.insertInto('follow_up_visits').values(rows).execute();
}

/**
 * The plans an exit closed: exitCare closes the stay's active plans on the exit day, so they are
 * the child's closed plans that ended that day and began on or before it (a plan closed when the
 * next one began ends on that plan's first day instead).
 */
async function plansClosedBy(trx: Kysely<DB>, exit: EpisodeRow) {
  return trx
    .selectFrom('case_plans')
    .select(['id', 'version'])
    .where('resident_id', '=', exit.resident_id)
    .where('status', '=', 'closed')
    .where('ends_on', '=', exit.started_on)
    .where('started_on', '<=', exit.started_on)
    .execute();
}

/** An exit moved to another day: the plans it closed end on the new day (audited, with the reason). */
async function movePlansClosedBy(trx: Kysely<DB>, audit: Audit, exit: EpisodeRow, newDay: string, now: Date, reason: string): Promise<void> {
  for (const p of await plansClosedBy(trx, exit)) {
    await trx.updateTable('case_plans').set({ ends_on: newDay, version: p.version + 1, updated_at: now.toISOString() }).where('id', '=', p.id).execute();
    await audit({ action: 'plan.update', entity: 'case_plan', entityId: p.id, before: { endsOn: exit.started_on }, after: { endsOn: newDay, reason } });
  }
}

/** An exit voided: the stay goes on, and so do the plans the exit closed. */
async function reopenPlansClosedBy(trx: Kysely<DB>, audit: Audit, exit: EpisodeRow, now: Date, reason: string): Promise<void> {
  for (const p of await plansClosedBy(trx, exit)) {
    await trx.updateTable('case_plans').set({ status: 'active', ends_on: null, version: p.version + 1, updated_at: now.toISOString() }).where('id', '=', p.id).execute();
    await audit({ action: 'plan.reopen', entity: 'case_plan', entityId: p.id, before: { status: 'closed', endsOn: exit.started_on }, after: { status: 'active', endsOn: null, reason } });
  }
}

/** Corrects an episode: its kind's fields as they should be, with the reason; the history checked again. */
export async function updateEpisode(ctx: Ctx, input: EpisodeUpdate): Promise<EpisodeDto> {
  const today = todayOf(ctx);
  for (const [path, v] of Object.entries({ startedOn: input.startedOn, endedOn: input.endedOn, decisionDate: input.decisionDate, noticedAt: input.noticedAt, reportedAt: input.reportedAt })) {
    if (v && v.slice(0, 10) > today) throw invalid([{ path, message: 'validation.dateFuture' }]);
  }
  return writeTx(ctx, async (trx, audit) => {
    const e = await loadEpisode(trx, input.id, input.version);
    const set = editedColumns(e.kind, input);
    const next: EpisodeRow = { ...e, ...set };
    const changed = (Object.keys(set) as Array<keyof CareEpisodesTable>).filter((k) => e[k] !== next[k]);
    if (changed.length === 0) return toEpisodeDto(e);
    const others = (await historyOf(trx, e.resident_id)).filter((x) => x.id !== e.id);
    const bad = historyIssue([...others, next]);
    if (bad) throw invalid([bad]);
    const dateCol = e.kind === 'missing' ? 'noticedAt' : 'startedOn';
    await guardCareDay(trx, ctx, audit, { entity: 'care_episode', entityId: e.id, day: e.started_on, path: dateCol, reason: input.reason });
    if (next.started_on !== e.started_on) await guardCareDay(trx, ctx, audit, { entity: 'care_episode', entityId: e.id, day: next.started_on, path: dateCol, reason: input.reason });
    const now = ctx.now();
    await trx.updateTable('care_episodes').set({ ...set, version: e.version + 1, updated_at: now.toISOString() }).where('id', '=', e.id).execute();
    const before = toEpisodeDto(e) as unknown as Record<string, unknown>;
    const after = toEpisodeDto(next) as unknown as Record<string, unknown>;
    const keys = Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
    await audit({
      action: 'care.episodeUpdate', entity: 'care_episode', entityId: e.id,
      before: { residentId: e.resident_id, kind: e.kind, ...Object.fromEntries(keys.map((k) => [k, before[k]])) },
      after: { residentId: e.resident_id, kind: e.kind, ...Object.fromEntries(keys.map((k) => [k, after[k]])), reason: input.reason },
    });
    if (e.kind === 'exit' && next.started_on !== e.started_on) await movePlansClosedBy(trx, audit, e, next.started_on, now, input.reason);
    if (e.kind === 'exit' && (next.started_on !== e.started_on || next.destination !== e.destination)) await rescheduleVisits(trx, next, now, FOLLOW_UP_MONTHS);
    await syncRegister(trx, ctx, audit, e.resident_id);
    return toEpisodeDto({ ...next, version: e.version + 1 });
  });
}

/** Voids a mistaken episode (kept, marked, with the reason); what is left must still be a valid history. */
export async function voidEpisode(ctx: Ctx, input: EpisodeVoid): Promise<EpisodeDto> {
  return writeTx(ctx, async (trx, audit) => {
    const e = await loadEpisode(trx, input.id, input.version);
    const others = (await historyOf(trx, e.resident_id)).filter((x) => x.id !== e.id);
    if (e.kind === 'admission' && !others.some((x) => x.kind === 'admission')) throw invalid([{ path: 'id', message: 'care.errors.voidOnlyAdmission' }]);
    if (e.kind === 'exit') {
      const made = await trx.selectFrom('follow_up_visits').select('id').where('exit_id', '=', e.id).where('visited_on', 'is not', null).executeTakeFirst();
      if (made) throw invalid([{ path: 'id', message: 'care.errors.exitHasVisits' }]);
    }
    const bad = historyIssue(others);
    if (bad) throw invalid([{ path: 'id', message: 'care.errors.voidBreaksHistory' }]);
    await guardCareDay(trx, ctx, audit, { entity: 'care_episode', entityId: e.id, day: e.started_on, path: 'id', reason: input.reason });
    const now = ctx.now().toISOString();
    await trx.updateTable('care_episodes').set({ voided_at: now, void_reason: input.reason, version: e.version + 1, updated_at: now }).where('id', '=', e.id).execute();
    await audit({
      action: 'care.episodeVoid', entity: 'care_episode', entityId: e.id,
      before: { residentId: e.resident_id, kind: e.kind, startedOn: e.started_on, voided: false },
      after: { residentId: e.resident_id, kind: e.kind, startedOn: e.started_on, voided: true, reason: input.reason },
    });
    if (e.kind === 'exit') {
      await trx.deleteFrom('follow_up_visits').where('exit_id', '=', e.id).where('visited_on', 'is', null).execute();
      await reopenPlansClosedBy(trx, audit, e, ctx.now(), input.reason);
    }
    await syncRegister(trx, ctx, audit, e.resident_id);
    return toEpisodeDto({ ...e, voided_at: now, void_reason: input.reason, version: e.version + 1 });
  });
}
