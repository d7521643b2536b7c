import type { Ctx } from '../context';
import { todayOf } from '../context';
import { writeTx } from '../db/write';
import { AppError, invalid, type FieldIssue } from '../contract/errors';
import { uuidv7 } from '../ids';
import type { ReadDb } from '../db/read';
import { toAssessmentDto, toReferralDto } from './rows';
import type { AssessmentCreate, AssessmentDto, ReferralCreate, ReferralDto, ReferralListItem, ReferralOutcome } from './schema';
import type { ReferralsTable } from '../db/types';

// Referrals and their assessments: the gatekeeping record. A referral that ends without an
// admission (diverted to family support or a community service, or not admitted) keeps its
// record: the placements the institution prevented.

function future(ctx: Ctx, fields: Record<string, string | null>): FieldIssue[] {
  const today = todayOf(ctx);
  return Object.entries(fields)
    .filter(([, v]) => v !== null && v > today)
    .map(([path]) => ({ path, message: 'validation.dateFuture' }));
}

export async function referralById(db: ReadDb, id: string): Promise<ReferralDto | null> {
  const r = await db.selectFrom('referrals').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) return null;
  const a = await db.selectFrom('assessments').selectAll().where('referral_id', '=', id).orderBy('assessed_on').orderBy('created_at').execute();
  return toReferralDto(r, a.map(toAssessmentDto));
}

export async function getReferral(ctx: Ctx, id: string): Promise<ReferralDto> {
  const r = await referralById(ctx.db, id);
  if (!r) throw new AppError('not_found', 'care.errors.referralNotFound');
  return r;
}

export async function createReferral(ctx: Ctx, input: ReferralCreate): Promise<ReferralDto> {
  const issues = future(ctx, { referredOn: input.referredOn, dateOfBirth: input.dateOfBirth });
  if (input.dateOfBirth && input.dateOfBirth > input.referredOn && !issues.length) issues.push({ path: 'dateOfBirth', message: 'care.errors.bornAfterReferral' });
  if (issues.length) throw invalid(issues);
  return writeTx(ctx, async (trx, audit) => {
    if (input.residentId && !(await trx.selectFrom('residents').select('id').where('id', '=', input.residentId).executeTakeFirst())) {
      throw new AppError('not_found', 'residents.notFound');
    }
    const at = ctx.now().toISOString();
    const row: ReferralsTable = {
      id: uuidv7(ctx.now().getTime()), resident_id: input.residentId, last_name: input.lastName, first_name: input.firstName,
      patronymic: input.patronymic, sex: input.sex, date_of_birth: input.dateOfBirth, referred_on: input.referredOn,
      referrer: input.referrer, referrer_name: input.referrerName, reasons: JSON.stringify(input.reasons),
      child_situation: input.childSituation, family_situation: input.familySituation, consent: input.consent ? 1 : 0,
      risk_level: input.riskLevel, status: 'referred', outcome: null, outcome_on: null, outcome_service: '', outcome_place: '',
      outcome_reason: '', notes: input.notes, version: 1, created_at: at, updated_at: at,
    };
    await trx.insertInto('referrals').values(row).execute();
    const dto = toReferralDto(row, []);
    await audit({ action: 'referral.create', entity: 'referral', entityId: row.id, after: dto });
    return dto;
  });
}

/** An assessment of a referral, or of an emergency admission made without one. */
export async function assess(ctx: Ctx, input: AssessmentCreate): Promise<AssessmentDto> {
  if (!input.referralId && !input.episodeId) throw invalid([{ path: 'referralId', message: 'care.errors.assessmentTarget' }]);
  const issues = future(ctx, { assessedOn: input.assessedOn });
  if (issues.length) throw invalid(issues);
  return writeTx(ctx, async (trx, audit) => {
    let since: string;
    if (input.referralId) {
      const r = await trx.selectFrom('referrals').select(['referred_on']).where('id', '=', input.referralId).executeTakeFirst();
      if (!r) throw new AppError('not_found', 'care.errors.referralNotFound');
      since = r.referred_on;
    } else {
      const e = await trx.selectFrom('care_episodes').select(['started_on', 'kind']).where('id', '=', input.episodeId!).executeTakeFirst();
      if (!e || e.kind !== 'admission') throw new AppError('not_found', 'care.errors.episodeNotFound');
      since = e.started_on;
    }
    if (input.assessedOn < since) throw invalid([{ path: 'assessedOn', message: 'care.errors.assessmentBeforeReferral', params: { date: since } }]);
    const at = ctx.now().toISOString();
    const row = {
      id: uuidv7(ctx.now().getTime()), referral_id: input.referralId, episode_id: input.referralId ? null : input.episodeId,
      assessed_on: input.assessedOn, assessed_by: input.assessedBy, needs: JSON.stringify(input.needs),
      recommendation: input.recommendation, notes: input.notes, created_at: at, updated_at: at,
    };
    await trx.insertInto('assessments').values(row).execute();
    const dto = toAssessmentDto(row);
    await audit({ action: 'assessment.create', entity: 'assessment', entityId: row.id, after: dto });
    return dto;
  });
}

/** A referral that ends without an admission: diverted (which service, where) or not admitted (why). */
export async function recordOutcome(ctx: Ctx, input: ReferralOutcome): Promise<ReferralDto> {
  const issues = future(ctx, { outcomeOn: input.outcomeOn });
  if (input.outcome === 'not_admitted' && !input.outcomeReason) issues.push({ path: 'outcomeReason', message: 'validation.required' });
  if (input.outcome !== 'not_admitted' && !input.outcomeService) issues.push({ path: 'outcomeService', message: 'validation.required' });
  if (issues.length) throw invalid(issues);
  return writeTx(ctx, async (trx, audit) => {
    const r = await trx.selectFrom('referrals').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!r) throw new AppError('not_found', 'care.errors.referralNotFound');
    if (r.version !== input.version) throw new AppError('conflict', 'errors.staleVersion');
    if (r.outcome === 'admitted_resident' || r.outcome === 'admitted_day_care') throw invalid([{ path: 'outcome', message: 'care.errors.referralUsed' }]);
    if (input.outcomeOn < r.referred_on) throw invalid([{ path: 'outcomeOn', message: 'care.errors.outcomeBeforeReferral', params: { date: r.referred_on } }]);
    const set = {
      status: 'rejected', outcome: input.outcome, outcome_on: input.outcomeOn, outcome_service: input.outcomeService,
      outcome_place: input.outcomePlace, outcome_reason: input.outcomeReason,
    };
    await trx.updateTable('referrals').set({ ...set, version: r.version + 1, updated_at: ctx.now().toISOString() }).where('id', '=', r.id).execute();
    await audit({
      action: 'referral.outcome', entity: 'referral', entityId: r.id,
      before: { status: r.status, outcome: r.outcome, outcomeOn: r.outcome_on, outcomeService: r.outcome_service, outcomePlace: r.outcome_place, outcomeReason: r.outcome_reason },
      after: { status: set.status, outcome: set.outcome, outcomeOn: set.outcome_on, outcomeService: set.outcome_service, outcomePlace: set.outcome_place, outcomeReason: set.outcome_reason },
    });
    return (await referralById(trx, r.id))!;
  });
}

export async function listReferrals(ctx: Ctx, status: 'open' | 'all' | 'referred' | 'accepted' | 'rejected'): Promise<ReferralListItem[]> {
  let q = ctx.db
    .selectFrom('referrals as r')
    .select(['r.id', 'r.resident_id', 'r.last_name', 'r.first_name', 'r.patronymic', 'r.referred_on', 'r.referrer', 'r.risk_level', 'r.status', 'r.outcome'])
    .select((eb) => eb.exists(eb.selectFrom('assessments as a').select('a.id').whereRef('a.referral_id', '=', 'r.id')).as('assessed'));
  if (status === 'open') q = q.where('r.outcome', 'is', null);
  else if (status !== 'all') q = q.where('r.status', '=', status);
  const rows = await q.orderBy('r.referred_on', 'desc').orderBy('r.created_at', 'desc').limit(1000).execute();
  return rows.map((r) => ({
    id: r.id, residentId: r.resident_id, lastName: r.last_name, firstName: r.first_name, patronymic: r.patronymic,
    referredOn: r.referred_on, referrer: r.referrer as ReferralListItem['referrer'], riskLevel: r.risk_level as ReferralListItem['riskLevel'],
    status: r.status as ReferralListItem['status'], outcome: r.outcome as ReferralListItem['outcome'], assessed: Boolean(r.assessed),
  }));
}
