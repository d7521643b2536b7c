import type { HandlersOf } from '../contract/handler';
import type { safeguardingCalls } from './calls';
import { getRestraint, listComplaints, listRestraints, recordComplaint, recordRestraint, recordRestraintTalk, signOffRestraint, updateComplaint, voidRecord } from './service';

// One line per call: the service that answers it.
export const safeguardingHandlers: HandlersOf<typeof safeguardingCalls> = {
  'safeguarding.restraints': (ctx, i) => listRestraints(ctx, i),
  'safeguarding.restraint': (ctx, i) => getRestraint(ctx, i.id),
  'safeguarding.recordRestraint': (ctx, i) => recordRestraint(ctx, i),
  'safeguarding.signOffRestraint': (ctx, i) => signOffRestraint(ctx, i),
  'safeguarding.recordRestraintTalk': (ctx, i) => recordRestraintTalk(ctx, i),
  'safeguarding.complaints': (ctx, i) => listComplaints(ctx, i),
  'safeguarding.recordComplaint': (ctx, i) => recordComplaint(ctx, i),
  'safeguarding.updateComplaint': (ctx, i) => updateComplaint(ctx, i),
  'safeguarding.voidRestraint': (ctx, i) => voidRecord(ctx, 'restraints', i),
  'safeguarding.voidComplaint': (ctx, i) => voidRecord(ctx, 'complaints', i),
};
