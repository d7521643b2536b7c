import type { HandlersOf } from '../contract/handler';
import type { staffCalls } from './calls';
import { auditHistory } from '../audit/query';
import { addTraining, createStaff, getStaff, listStaffPage, searchStaff, updateStaff, updateTraining } from './service';

// One line per call: the service that answers it.
export const staffHandlers: HandlersOf<typeof staffCalls> = {
  'staff.list': (ctx, i) => listStaffPage(ctx, i),
  'staff.search': (ctx, i) => searchStaff(ctx, i),
  'staff.get': (ctx, i) => getStaff(ctx, i.id),
  'staff.create': (ctx, i) => createStaff(ctx, i),
  'staff.update': (ctx, i) => updateStaff(ctx, i),
  'staff.trainingAdd': (ctx, i) => addTraining(ctx, i),
  'staff.trainingUpdate': (ctx, i) => updateTraining(ctx, i),
  'staff.history': (ctx, i) => auditHistory(ctx, 'staff', i.id),
};
