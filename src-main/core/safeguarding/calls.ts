import { call, type CallFragment } from '../contract/define';
import {
  ComplaintCreateInput,
  ComplaintListInput,
  ComplaintUpdateInput,
  IdInput,
  VoidInput,
  RestraintCreateInput,
  RestraintListInput,
  RestraintSignOffInput,
  RestraintTalkInput,
  type ComplaintDto,
  type RestraintDto,
} from './schema';

// Safeguarding's calls. Measures of control and complaints are read and written by those who write
// daily records (daily.write: caregivers, social workers, medical staff, psychologists, the
// director) — as incidents are: a complaint about a member of staff is not for every account.
// Only the director signs off a measure of control (safeguarding.signoff), and only the director
// voids a mistaken record (so that nobody else can take a measure out of the director's sight).
export const safeguardingCalls = {
  'safeguarding.restraints': call<RestraintDto[]>()(RestraintListInput, 'daily.write'),
  'safeguarding.restraint': call<RestraintDto>()(IdInput, 'daily.write'),
  'safeguarding.recordRestraint': call<RestraintDto>()(RestraintCreateInput, 'daily.write'),
  'safeguarding.signOffRestraint': call<RestraintDto>()(RestraintSignOffInput, 'safeguarding.signoff'),
  'safeguarding.recordRestraintTalk': call<RestraintDto>()(RestraintTalkInput, 'daily.write'),
  'safeguarding.complaints': call<ComplaintDto[]>()(ComplaintListInput, 'daily.write'),
  'safeguarding.recordComplaint': call<ComplaintDto>()(ComplaintCreateInput, 'daily.write'),
  'safeguarding.updateComplaint': call<ComplaintDto>()(ComplaintUpdateInput, 'daily.write'),
  'safeguarding.voidRestraint': call<{ id: string }>()(VoidInput, 'safeguarding.signoff'),
  'safeguarding.voidComplaint': call<{ id: string }>()(VoidInput, 'safeguarding.signoff'),
} satisfies CallFragment;
