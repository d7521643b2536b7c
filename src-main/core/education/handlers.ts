import type { HandlersOf } from '../contract/handler';
import type { educationCalls } from './calls';
import {
  addAssessment, updateAssessment, addReview, approvePlan, childEducation, closePlan, createPlan, getPlan, listPlanPage, saveGoal, saveSchooling, saveSupport,
  updatePlan,
} from './service';

// One line per call: the service that answers it.
export const educationHandlers: HandlersOf<typeof educationCalls> = {
  'education.child': (ctx, i) => childEducation(ctx, i.residentId),
  'education.schoolingSave': (ctx, i) => saveSchooling(ctx, i),
  'education.assessmentAdd': (ctx, i) => addAssessment(ctx, i),
  'education.assessmentUpdate': (ctx, i) => updateAssessment(ctx, i),
  'education.supportSave': (ctx, i) => saveSupport(ctx, i),
  'education.planList': (ctx, i) => listPlanPage(ctx, i),
  'education.planGet': (ctx, i) => getPlan(ctx, i.id),
  'education.planCreate': (ctx, i) => createPlan(ctx, i),
  'education.planUpdate': (ctx, i) => updatePlan(ctx, i),
  'education.goalSave': (ctx, i) => saveGoal(ctx, i),
  'education.planApprove': (ctx, i) => approvePlan(ctx, i),
  'education.planClose': (ctx, i) => closePlan(ctx, i),
  'education.reviewAdd': (ctx, i) => addReview(ctx, i),
};
