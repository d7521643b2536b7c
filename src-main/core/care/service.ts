import type { Ctx } from '../context';
import { AppError } from '../contract/errors';
import { deriveStatus, episodesOf, openAbsence } from './queries';
import { toAssessmentDto, toEpisodeDto, toReferralDto } from './rows';
import { plansOf, visitsOf } from './plans';
import { TIMELINE_KINDS, type CareDto, type TimelineItem } from './schema';

// A child's care record: status (derived), referrals with their assessments, episodes, and the
// timeline of all of them in date order.

export async function getCare(ctx: Ctx, residentId: string): Promise<CareDto> {
  const resident = await ctx.db.selectFrom('residents').select('id').where('id', '=', residentId).executeTakeFirst();
  if (!resident) throw new AppError('not_found', 'residents.notFound');
  const episodes = await episodesOf(ctx.db, residentId);
  const refRows = await ctx.db.selectFrom('referrals').selectAll().where('resident_id', '=', residentId).orderBy('referred_on').execute();
  const episodeIds = episodes.map((e) => e.id);
  const refIds = refRows.map((r) => r.id);
  const assessments = refIds.length + episodeIds.length === 0 ? [] : await ctx.db
    .selectFrom('assessments')
    .selectAll()
    .where((eb) => eb.or([
      ...(refIds.length ? [eb('referral_id', 'in', refIds)] : []),
      ...(episodeIds.length ? [eb('episode_id', 'in', episodeIds)] : []),
    ]))
    .orderBy('assessed_on')
    .execute();
  const dtos = assessments.map(toAssessmentDto);
  const referrals = refRows.map((r) => toReferralDto(r, dtos.filter((a) => a.referralId === r.id)));
  const plans = await plansOf(ctx.db, residentId);
  const visits = await visitsOf(ctx.db, residentId);
  const timeline: TimelineItem[] = [
    ...plans.map((p) => ({ kind: 'plan' as const, date: p.startedOn, id: p.id })),
    ...plans.flatMap((p) => p.reviews.map((r) => ({ kind: 'review' as const, date: r.reviewedOn, id: r.id }))),
    ...visits.map((v) => ({ kind: 'visit' as const, date: v.visitedOn ?? v.dueOn, id: v.id })),
    ...referrals.map((r) => ({ kind: 'referral' as const, date: r.referredOn, id: r.id })),
    ...dtos.map((a) => ({ kind: 'assessment' as const, date: a.assessedOn, id: a.id })),
    ...episodes.map((e) => ({ kind: e.kind as TimelineItem['kind'], date: e.started_on, id: e.id })),
  ];
  // Stable: by date, then in the order a stay's events happen.
  const order = (k: TimelineItem['kind']) => TIMELINE_KINDS.indexOf(k);
  timeline.sort((a, b) => a.date.localeCompare(b.date) || order(a.kind) - order(b.kind));
  const away = openAbsence(episodes);
  return {
    residentId,
    status: deriveStatus(episodes),
    away: away ? toEpisodeDto(away) : null,
    referrals,
    episodes: episodes.map(toEpisodeDto),
    plans,
    visits,
    timeline,
  };
}
