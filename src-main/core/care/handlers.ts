import type { HandlersOf } from '../contract/handler';
import type { careCalls } from './calls';
import { admit, endAbsence, exitCare, reportMissing, startLeave, startMissing } from './episodes';
import { assess, createReferral, getReferral, listReferrals, recordOutcome } from './referrals';
import { createRelative, listRelatives, updateRelative } from './relatives';
import { getCare } from './service';
import { updateEpisode, voidEpisode } from './corrections';
import { createPlan, decideApproval, recordVisit, reviewPlan, saveGoal, saveReadiness } from './plans';

export const careHandlers: HandlersOf<typeof careCalls> = {
  'care.get': (ctx, i) => getCare(ctx, i.residentId),
  'care.referrals': (ctx, i) => listReferrals(ctx, i.status),
  'care.referral': (ctx, i) => getReferral(ctx, i.id),
  'care.referralCreate': (ctx, i) => createReferral(ctx, i),
  'care.assess': (ctx, i) => assess(ctx, i),
  'care.referralOutcome': (ctx, i) => recordOutcome(ctx, i),
  'care.admit': (ctx, i) => admit(ctx, i),
  'care.leave': (ctx, i) => startLeave(ctx, i),
  'care.missing': (ctx, i) => startMissing(ctx, i),
  'care.missingReport': (ctx, i) => reportMissing(ctx, i),
  'care.return': (ctx, i) => endAbsence(ctx, i),
  'care.exit': (ctx, i) => exitCare(ctx, i),
  'care.episodeUpdate': (ctx, i) => updateEpisode(ctx, i),
  'care.episodeVoid': (ctx, i) => voidEpisode(ctx, i),
  'care.planCreate': (ctx, i) => createPlan(ctx, i),
  'care.review': (ctx, i) => reviewPlan(ctx, i),
  'care.goalSave': (ctx, i) => saveGoal(ctx, i),
  'care.readiness': (ctx, i) => saveReadiness(ctx, i),
  'care.approve': (ctx, i) => decideApproval(ctx, i),
  'care.visit': (ctx, i) => recordVisit(ctx, i),
  'care.relatives': (ctx, i) => listRelatives(ctx, i.residentId),
  'care.relativeCreate': (ctx, i) => createRelative(ctx, i),
  'care.relativeUpdate': (ctx, i) => updateRelative(ctx, i),
};
