import { call, type CallFragment } from '../contract/define';
import { IdInput } from '../residents/schema';
import {
  AdmitInput, AssessmentInput, ExitInput, LeaveInput, MissingInput, MissingReportInput, ReferralCreateInput, ReferralListInput,
  ReferralOutcomeInput, RelativeCreateInput, PlanCreateInput, ReviewInput, ApprovalInput, VisitInput, type PlanDto, type ReviewDto, type VisitDto, RelativeUpdateInput, ResidentIdInput, ReturnInput, EpisodeUpdateInput, EpisodeVoidInput, GoalSaveInput, ReadinessInput, type GoalDto,
  type AdmitResult, type AssessmentDto, type CareDto, type EpisodeDto, type ReferralDto, type ReferralListItem, type RelativeDto,
} from './schema';

// The care domain's calls: referrals and assessments (gatekeeping), episodes, relatives.
export const careCalls = {
  'care.get': call<CareDto>()(ResidentIdInput, 'care.read'),
  'care.referrals': call<ReferralListItem[]>()(ReferralListInput, 'care.read'),
  'care.referral': call<ReferralDto>()(IdInput, 'care.read'),
  'care.referralCreate': call<ReferralDto>()(ReferralCreateInput, 'care.write'),
  'care.assess': call<AssessmentDto>()(AssessmentInput, 'care.write'),
  'care.referralOutcome': call<ReferralDto>()(ReferralOutcomeInput, 'care.write'),
  'care.admit': call<AdmitResult>()(AdmitInput, 'care.write'),
  'care.leave': call<EpisodeDto>()(LeaveInput, 'care.write'),
  'care.missing': call<EpisodeDto>()(MissingInput, 'care.write'),
  'care.missingReport': call<EpisodeDto>()(MissingReportInput, 'care.write'),
  'care.return': call<EpisodeDto>()(ReturnInput, 'care.write'),
  'care.exit': call<EpisodeDto>()(ExitInput, 'care.write'),
  'care.episodeUpdate': call<EpisodeDto>()(EpisodeUpdateInput, 'care.write'),
  'care.episodeVoid': call<EpisodeDto>()(EpisodeVoidInput, 'care.write'),
  'care.planCreate': call<PlanDto>()(PlanCreateInput, 'care.write'),
  'care.review': call<ReviewDto>()(ReviewInput, 'care.write'),
  'care.goalSave': call<GoalDto>()(GoalSaveInput, 'care.write'),
  'care.readiness': call<PlanDto>()(ReadinessInput, 'care.write'),
  'care.approve': call<{ id: string; approval: 'approved' | 'rejected' }>()(ApprovalInput, 'care.approve'),
  'care.visit': call<VisitDto>()(VisitInput, 'care.write'),
  'care.relatives': call<RelativeDto[]>()(ResidentIdInput, 'care.read'),
  'care.relativeCreate': call<RelativeDto>()(RelativeCreateInput, 'care.write'),
  'care.relativeUpdate': call<RelativeDto>()(RelativeUpdateInput, 'care.write'),
} satisfies CallFragment;
