import { call, type CallFragment } from '../contract/define';
import { IdInput } from '../residents/schema';
import {
  AssessmentAddInput, AssessmentUpdateInput, GoalSaveInput, PlanApproveInput, PlanCloseInput, PlanCreateInput, PlanListInput, PlanUpdateInput, ResidentIdInput,
  ReviewAddInput, SchoolingSaveInput, SupportSaveInput,
  type AssessmentDto, type ChildEducationDto, type PlanDto, type PlanPage, type SchoolingDto, type SupportDto,
} from './schema';

// The education domain's calls: name, input schema, output type, permission. Teachers write
// plans; approving one (draft → active) is education.approve.
export const educationCalls = {
  'education.child': call<ChildEducationDto>()(ResidentIdInput, 'education.read'),
  'education.schoolingSave': call<SchoolingDto>()(SchoolingSaveInput, 'education.write'),
  'education.assessmentAdd': call<AssessmentDto>()(AssessmentAddInput, 'education.write'),
  'education.assessmentUpdate': call<AssessmentDto>()(AssessmentUpdateInput, 'education.write'),
  'education.supportSave': call<SupportDto>()(SupportSaveInput, 'education.write'),
  'education.planList': call<PlanPage>()(PlanListInput, 'education.read'),
  'education.planGet': call<PlanDto>()(IdInput, 'education.read'),
  'education.planCreate': call<PlanDto>()(PlanCreateInput, 'education.write'),
  'education.planUpdate': call<PlanDto>()(PlanUpdateInput, 'education.write'),
  'education.goalSave': call<PlanDto>()(GoalSaveInput, 'education.write'),
  'education.planApprove': call<PlanDto>()(PlanApproveInput, 'education.approve'),
  'education.planClose': call<PlanDto>()(PlanCloseInput, 'education.write'),
  'education.reviewAdd': call<PlanDto>()(ReviewAddInput, 'education.write'),
} satisfies CallFragment;
