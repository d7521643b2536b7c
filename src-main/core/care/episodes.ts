import type { Kysely } from 'kysely';
import type { Ctx } from '../context';
import { todayOf } from '../context';
import type { DB, ResidentsTable } from '../db/types';
import { writeTx, type Audit } from '../db/write';
import { AppError, invalid, type FieldIssue } from '../contract/errors';
import type { MessageKey } from '../i18n/keys';
import { uuidv7 } from '../ids';
import { residentColumns, toResidentDto } from '../residents/service';
import type { LegalStatus, ResidentFields } from '../residents/schema';
import { blankEpisode, decidingBodyOfBasis } from './register';
import { deriveStatus, episodesOf, lastStay, openAbsence, registerStatus, sortEpisodes, type EpisodeRow } from './queries';
import { toEpisodeDto } from './rows';
import { refuseClosedDay } from './closed';
import {
  addMonths,
  FAMILY_DESTINATIONS,
  type Admit,
  type AdmitResult,
  type EpisodeDto,
  type Exit,
  type Leave,
  type Missing,
  type MissingReport,
  type ReferralReason,
  type Return,
} from './schema';

// Care episodes: admission, leave, missing, exit (which closes the stay's active plans). Each write checks the rules of the child's
// history ("Bad input": nothing dated in the future, nothing overlapping another stay, no exit
// without an admission, no return before the leave) and then keeps the register's status and
// admission fields (residents.status, .admission_*) equal to what the episodes say, in the same
// transaction: the rest of the app reads the register.

/** Months after a family exit at which the child is visited (issue 9 §5). */
export const FOLLOW_UP_MONTHS = [1, 3, 6, 12] as const;

function refuse(path: string, message: MessageKey, params?: FieldIssue['params']): never {
  throw invalid([{ path, message, ...(params ? { params } : {}) }]);
}

function notFuture(ctx: Ctx, fields: Record<string, string | null | undefined>): void {
  const today = todayOf(ctx);
  const issues: FieldIssue[] = [];
  for (const [path, v] of Object.entries(fields)) if (v && v.slice(0, 10) > today) issues.push({ path, message: 'validation.dateFuture' });
  if (issues.length) throw invalid(issues);
}

async function residentRow(trx: Kysely<DB>, id: string): Promise<ResidentsTable> {
  const r = await trx.selectFrom('residents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw new AppError('not_found', 'residents.notFound');
  return r;
}

/**
 * The register follows the episodes: status, and the admission fields of the current (or last)
 * stay's admission. Audited as a change of the resident when anything differs.
 */
export async function syncRegister(trx: Kysely<DB>, ctx: Ctx, audit: Audit, residentId: string): Promise<void> {
  const current = await residentRow(trx, residentId);
  const episodes = await episodesOf(trx, residentId);
  const stay = lastStay(episodes);
  const next: Partial<ResidentsTable> = { status: registerStatus(deriveStatus(episodes)) };
  if (stay) {
    const a = stay.admission;
    next.admission_date = a.started_on;
    if (a.origin === 'care') {
      next.admission_basis = a.deciding_body === 'court' || a.deciding_body === 'commission' ? a.deciding_body : 'other';
      next.admission_decision_number = a.decision_number;
      next.admission_decision_date = a.decision_date;
      next.admission_authority = a.legal_basis;
    }
  }
  const keys = (Object.keys(next) as Array<keyof ResidentsTable>).filter((k) => current[k] !== next[k]);
  if (keys.length === 0) return;
  const camel = (k: string) => k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  await trx
    .updateTable('residents')
    .set({ ...next, version: current.version + 1, updated_at: ctx.now().toISOString() })
    .where('id', '=', residentId)
    .execute();
  await audit({
    action: 'resident.update',
    entity: 'resident',
    entityId: residentId,
    before: Object.fromEntries(keys.map((k) => [camel(k), current[k]])),
    after: Object.fromEntries(keys.map((k) => [camel(k), next[k]])),
  });
}

const ACTION: Record<string, string> = { admission: 'care.admission', leave: 'care.leave', missing: 'care.missing', exit: 'care.exit' };

async function insertEpisode(trx: Kysely<DB>, audit: Audit, row: ReturnType<typeof blankEpisode>): Promise<EpisodeDto> {
  await trx.insertInto('care_episodes').values(row).execute();
  const dto = toEpisodeDto(row);
  await audit({ action: ACTION[row.kind]!, entity: 'care_episode', entityId: row.id, after: { residentId: row.resident_id, ...dto } });
  return dto;
}

const LEGAL_STATUS_OF_REASON: Partial<Record<ReferralReason, LegalStatus>> = {
  orphaned: 'orphan',
  abandonment: 'parents_unknown',
  parent_illness: 'parents_unable',
  parent_prison: 'parents_unable',
  poverty: 'parents_request_poverty',
};

async function assessed(trx: Kysely<DB>, referralId: string, by: string): Promise<boolean> {
  const a = await trx.selectFrom('assessments').select('id').where('referral_id', '=', referralId).where('assessed_on', '<=', by).executeTakeFirst();
  return a !== undefined;
}

/**
 * Admits a child: from a referral that was assessed, or in an emergency without one (the
 * assessment then falls due within the set days). A child new to the institution enters the
 * register from the referral's identity.
 */
export async function admit(ctx: Ctx, input: Admit): Promise<AdmitResult> {
  notFuture(ctx, { admittedOn: input.admittedOn, decisionDate: input.decisionDate });
  if (input.orderExpiresOn && input.orderExpiresOn < input.admittedOn) refuse('orderExpiresOn', 'care.errors.orderBeforeAdmission');
  return writeTx(ctx, async (trx, audit) => {
    await refuseClosedDay(trx, input.admittedOn, 'admittedOn');
    const referral = input.referralId
      ? await trx.selectFrom('referrals').selectAll().where('id', '=', input.referralId).executeTakeFirst()
      : undefined;
    if (input.referralId && !referral) refuse('referralId', 'care.errors.referralNotFound');
    if (referral) {
      if (referral.status === 'rejected') refuse('referralId', 'care.errors.referralRejected');
      if (referral.outcome === 'admitted_resident' || referral.outcome === 'admitted_day_care') refuse('referralId', 'care.errors.referralUsed');
      if (input.admittedOn < referral.referred_on) refuse('admittedOn', 'care.errors.admissionBeforeReferral');
      if (!input.emergency && !(await assessed(trx, referral.id, input.admittedOn))) refuse('referralId', 'care.errors.assessmentRequired');
    } else if (!input.emergency || !input.residentId) {
      refuse('referralId', 'care.errors.referralRequired');
    }
    const residentId = input.residentId ?? referral?.resident_id ?? null;
    const history = residentId ? await episodesOf(trx, residentId) : [];
    if (residentId) await residentRow(trx, residentId);
    const stay = lastStay(history);
    if (stay && !stay.exit) refuse('admittedOn', 'care.errors.alreadyInCare');
    if (stay?.exit && input.admittedOn <= stay.exit.started_on) refuse('admittedOn', 'care.errors.overlapsStay', { date: stay.exit.started_on });
    if (stay && input.admissionType === 'new') refuse('admissionType', 'care.errors.readmissionExpected');
    if (!stay && input.admissionType === 'readmission') refuse('admissionType', 'care.errors.noEarlierStay');
    if (!residentId && !referral!.date_of_birth) refuse('referralId', 'care.errors.dateOfBirthRequired');
    if (!residentId && referral!.date_of_birth! > input.admittedOn) refuse('admittedOn', 'care.errors.admissionBeforeBirth');

    const now = ctx.now();
    let id = residentId;
    if (!id) {
      const r = referral!;
      const reasons = JSON.parse(r.reasons) as ReferralReason[];
      const fields: ResidentFields = {
        fin: null, birthCertificate: null, lastName: r.last_name, firstName: r.first_name, patronymic: r.patronymic, sex: r.sex,
        dateOfBirth: r.date_of_birth!, placeOfBirth: '', citizenship: '',
        legalStatus: reasons.map((x) => LEGAL_STATUS_OF_REASON[x]).find((x) => x !== undefined) ?? 'other',
        disability: false, disabilityDegree: null, disabilityDiagnosis: '', groupName: input.groupName, room: '', keyWorker: '',
        status: input.placement === 'day_care' ? 'day_attendee' : 'resident',
        admissionDate: input.admittedOn, admissionBasis: decidingBodyOfBasis(input.decidingBody),
        admissionDecisionNumber: input.decisionNumber, admissionDecisionDate: input.decisionDate, admissionAuthority: input.legalBasis, notes: '',
      };
      const at = now.toISOString();
      const row: ResidentsTable = { id: uuidv7(now.getTime()), version: 1, created_at: at, updated_at: at, ...residentColumns(fields) };
      await trx.insertInto('residents').values(row).execute();
      await audit({ action: 'resident.create', entity: 'resident', entityId: row.id, after: toResidentDto(row, true) });
      id = row.id;
    }
    const episode = await insertEpisode(
      trx,
      audit,
      blankEpisode(now, {
        resident_id: id,
        kind: 'admission',
        started_on: input.admittedOn,
        admission_type: input.admissionType,
        emergency: input.emergency ? 1 : 0,
        placement: input.placement,
        referral_id: referral?.id ?? null,
        previous_exit_id: stay?.exit?.id ?? null,
        came_from: input.cameFrom,
        order_months: input.orderMonths,
        order_expires_on: input.orderExpiresOn ?? (input.orderMonths ? addMonths(input.admittedOn, input.orderMonths) : null),
        legal_basis: input.legalBasis,
        deciding_body: input.decidingBody,
        decision_number: input.decisionNumber,
        decision_date: input.decisionDate,
        notes: input.notes,
      }),
    );
    if (referral) {
      const outcome = input.placement === 'day_care' ? 'admitted_day_care' : 'admitted_resident';
      const after = { residentId: id, status: 'accepted', outcome, outcomeOn: input.admittedOn };
      await trx
        .updateTable('referrals')
        .set({ resident_id: id, status: 'accepted', outcome, outcome_on: input.admittedOn, version: referral.version + 1, updated_at: now.toISOString() })
        .where('id', '=', referral.id)
        .execute();
      await audit({
        action: 'referral.outcome', entity: 'referral', entityId: referral.id,
        before: { residentId: referral.resident_id, status: referral.status, outcome: referral.outcome, outcomeOn: referral.outcome_on }, after,
      });
    }
    // A re-admission within a year of a family exit is the placement breaking down.
    if (stay?.exit && input.admittedOn <= addMonths(stay.exit.started_on, 12)) {
      await trx.updateTable('follow_up_visits').set({ outcome: 'reentered', updated_at: now.toISOString() })
        .where('exit_id', '=', stay.exit.id).where('visited_on', 'is', null).execute();
    }
    await syncRegister(trx, ctx, audit, id);
    return { residentId: id, episode };
  });
}

/** The open stay of a child, refused with `path` when there is none. */
function openStay(history: EpisodeRow[], path: string) {
  const stay = lastStay(history);
  if (!stay || stay.exit) refuse(path, 'care.errors.notInCare');
  return stay;
}

function checkNewAbsence(history: EpisodeRow[], path: string, day: string) {
  const stay = openStay(history, path);
  if (openAbsence(history)) refuse(path, 'care.errors.alreadyAway');
  if (day < stay.admission.started_on) refuse(path, 'care.errors.beforeAdmission', { date: stay.admission.started_on });
  const lastEnd = stay.events.reduce((m, e) => ((e.ended_on ?? e.started_on) > m ? (e.ended_on ?? e.started_on) : m), '');
  if (day < lastEnd) refuse(path, 'care.errors.overlapsAbsence', { date: lastEnd });
}

export async function startLeave(ctx: Ctx, input: Leave): Promise<EpisodeDto> {
  notFuture(ctx, { startedOn: input.startedOn });
  if (input.expectedReturnOn && input.expectedReturnOn < input.startedOn) refuse('expectedReturnOn', 'care.errors.returnBeforeLeave');
  return writeTx(ctx, async (trx, audit) => {
    await refuseClosedDay(trx, input.startedOn, 'startedOn');
    await residentRow(trx, input.residentId);
    checkNewAbsence(await episodesOf(trx, input.residentId), 'startedOn', input.startedOn);
    const dto = await insertEpisode(trx, audit, blankEpisode(ctx.now(), {
      resident_id: input.residentId, kind: 'leave', started_on: input.startedOn, leave_reason: input.leaveReason,
      risk: input.risk, expected_return_on: input.expectedReturnOn, notes: input.notes,
    }));
    await syncRegister(trx, ctx, audit, input.residentId);
    return dto;
  });
}

export async function startMissing(ctx: Ctx, input: Missing): Promise<EpisodeDto> {
  return writeTx(ctx, (trx, audit) => startMissingIn(trx, ctx, audit, input));
}

/**
 * A missing episode inside the caller's transaction (daily care's roll call opens it together
 * with the incident, core/daily/missing.ts): the same checks, the same audit, the register synced.
 */
export async function startMissingIn(trx: Kysely<DB>, ctx: Ctx, audit: Audit, input: Missing): Promise<EpisodeDto> {
  if (input.noticedAt > ctx.now().toISOString()) refuse('noticedAt', 'validation.dateFuture');
  if (input.reportedAt && input.reportedAt > ctx.now().toISOString()) refuse('reportedAt', 'validation.dateFuture');
  if (input.reportedAt && input.reportedAt < input.noticedAt) refuse('reportedAt', 'care.errors.reportBeforeNoticed');
  await refuseClosedDay(trx, input.noticedAt, 'noticedAt');
  await residentRow(trx, input.residentId);
  const day = input.noticedAt.slice(0, 10);
  checkNewAbsence(await episodesOf(trx, input.residentId), 'noticedAt', day);
  const dto = await insertEpisode(trx, audit, blankEpisode(ctx.now(), {
    resident_id: input.residentId, kind: 'missing', started_on: day, noticed_at: input.noticedAt,
    authorised: input.authorised ? 1 : 0, reported_to: input.reportedTo, reported_at: input.reportedAt, notes: input.notes,
  }));
  await syncRegister(trx, ctx, audit, input.residentId);
  return dto;
}

async function openEpisode(trx: Kysely<DB>, id: string, kinds: string[]): Promise<EpisodeRow> {
  const e = await trx.selectFrom('care_episodes').selectAll().where('id', '=', id).where('voided_at', 'is', null).executeTakeFirst();
  if (!e || !kinds.includes(e.kind)) throw new AppError('not_found', 'care.errors.episodeNotFound');
  if (e.ended_on !== null) refuse('endedOn', 'care.errors.alreadyReturned');
  return e;
}

/** The end of a leave (the child came back) or of a missing episode (found: where). */
export async function endAbsence(ctx: Ctx, input: Return): Promise<EpisodeDto> {
  notFuture(ctx, { endedOn: input.endedOn });
  return writeTx(ctx, async (trx, audit) => {
    await refuseClosedDay(trx, input.endedOn, 'endedOn');
    const e = await openEpisode(trx, input.episodeId, ['leave', 'missing']);
    if (input.endedOn < e.started_on) refuse('endedOn', 'care.errors.returnBeforeLeave', { date: e.started_on });
    const set = { ended_on: input.endedOn, found_where: e.kind === 'missing' ? input.foundWhere : e.found_where };
    await trx.updateTable('care_episodes').set({ ...set, version: e.version + 1, updated_at: ctx.now().toISOString() }).where('id', '=', e.id).execute();
    await audit({
      action: 'care.return', entity: 'care_episode', entityId: e.id,
      before: { endedOn: null, foundWhere: e.found_where }, after: { endedOn: set.ended_on, foundWhere: set.found_where },
    });
    await syncRegister(trx, ctx, audit, e.resident_id);
    return toEpisodeDto({ ...e, ...set });
  });
}

export async function reportMissing(ctx: Ctx, input: MissingReport): Promise<EpisodeDto> {
  if (input.reportedAt > ctx.now().toISOString()) refuse('reportedAt', 'validation.dateFuture');
  return writeTx(ctx, async (trx, audit) => {
    await refuseClosedDay(trx, input.reportedAt, 'reportedAt');
    const e = await openEpisode(trx, input.episodeId, ['missing']);
    if (input.reportedAt < e.noticed_at!) refuse('reportedAt', 'care.errors.reportBeforeNoticed');
    const set = { reported_to: input.reportedTo, reported_at: input.reportedAt };
    await trx.updateTable('care_episodes').set({ ...set, version: e.version + 1, updated_at: ctx.now().toISOString() }).where('id', '=', e.id).execute();
    await audit({
      action: 'care.missingReport', entity: 'care_episode', entityId: e.id,
      before: { reportedTo: e.reported_to, reportedAt: e.reported_at }, after: { reportedTo: set.reported_to, reportedAt: set.reported_at },
    });
    return toEpisodeDto({ ...e, ...set });
  });
}

/**
 * The stay's plans end with its exit (what follows is the follow-up after it): the child's active
 * plans close on the exit day. Also for an exit an import records (imports/episodes.ts).
 */
export async function closePlansAtExit(trx: Kysely<DB>, audit: Audit, residentId: string, exitedOn: string, now: Date): Promise<void> {
  const plans = await trx.selectFrom('case_plans').select(['id', 'version']).where('resident_id', '=', residentId).where('status', '=', 'active').execute();
  for (const p of plans) {
    await trx.updateTable('case_plans').set({ status: 'closed', ends_on: exitedOn, version: p.version + 1, updated_at: now.toISOString() }).where('id', '=', p.id).execute();
    await audit({ action: 'plan.close', entity: 'case_plan', entityId: p.id, before: { status: 'active' }, after: { status: 'closed', endsOn: exitedOn } });
  }
}

/**
 * The child leaves care: destination, reason and decision. A leave or missing episode still open
 * ends on the exit day. An exit into a family schedules the follow-up visits (1, 3, 6, 12 months).
 */
export async function exitCare(ctx: Ctx, input: Exit): Promise<EpisodeDto> {
  notFuture(ctx, { exitedOn: input.exitedOn, decisionDate: input.decisionDate });
  return writeTx(ctx, async (trx, audit) => {
    await refuseClosedDay(trx, input.exitedOn, 'exitedOn');
    await residentRow(trx, input.residentId);
    const history = await episodesOf(trx, input.residentId);
    const stay = openStay(history, 'exitedOn');
    if (input.exitedOn < stay.admission.started_on) refuse('exitedOn', 'care.errors.exitBeforeAdmission', { date: stay.admission.started_on });
    const latest = sortEpisodes(stay.events).at(-1);
    if (latest && input.exitedOn < latest.started_on) refuse('exitedOn', 'care.errors.overlapsAbsence', { date: latest.started_on });
    const now = ctx.now();
    const away = openAbsence(history);
    if (away) {
      await trx.updateTable('care_episodes').set({ ended_on: input.exitedOn, version: away.version + 1, updated_at: now.toISOString() }).where('id', '=', away.id).execute();
      await audit({ action: 'care.return', entity: 'care_episode', entityId: away.id, before: { endedOn: null }, after: { endedOn: input.exitedOn } });
    }
    const dto = await insertEpisode(trx, audit, blankEpisode(now, {
      resident_id: input.residentId, kind: 'exit', started_on: input.exitedOn, destination: input.destination,
      exit_reason: input.exitReason, destination_address: input.destinationAddress, home_kind: input.homeKind,
      deciding_body: input.decidingBody, decision_number: input.decisionNumber, decision_date: input.decisionDate, notes: input.notes,
      approval: input.requestApproval ? 'requested' : null,
    }));
    await closePlansAtExit(trx, audit, input.residentId, input.exitedOn, now);
    if (FAMILY_DESTINATIONS.includes(input.destination)) {
      const at = now.toISOString();
      await trx
        .insertInto('follow_up_visits')
        .values(FOLLOW_UP_MONTHS.map((m) => ({
          id: uuidv7(now.getTime()), resident_id: input.residentId, exit_id: dto.id, due_on: addMonths(input.exitedOn, m), month_offset: m,
          visited_on: null, seen: null, not_seen_reason: '', placement_status: null, services: '[]', outcome: null, next_visit_on: null,
          notes: '', created_at: at, updated_at: at,
        })))
        .execute();
    }
    await syncRegister(trx, ctx, audit, input.residentId);
    return dto;
  });
}
