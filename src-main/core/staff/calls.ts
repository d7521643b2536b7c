import { call, type CallFragment } from '../contract/define';
import { IdInput } from '../residents/schema';
import type { AuditEntryView } from '../audit/schema';
import { StaffCreateInput, StaffListInput, StaffSearchInput, StaffUpdateInput, TrainingAddInput, TrainingUpdateInput, type StaffDto, type StaffListItem, type StaffPage, type StaffTrainingDto } from './schema';

// The staff domain's calls: name, input schema, output type, permission.
export const staffCalls = {
  'staff.list': call<StaffPage>()(StaffListInput, 'staff.read'),
  'staff.search': call<StaffListItem[]>()(StaffSearchInput, 'staff.read'),
  'staff.get': call<StaffDto>()(IdInput, 'staff.read'),
  'staff.create': call<StaffDto>()(StaffCreateInput, 'staff.write'),
  'staff.update': call<StaffDto>()(StaffUpdateInput, 'staff.write'),
  'staff.trainingAdd': call<StaffTrainingDto>()(TrainingAddInput, 'staff.write'),
  'staff.trainingUpdate': call<StaffTrainingDto>()(TrainingUpdateInput, 'staff.write'),
  'staff.history': call<AuditEntryView[]>()(IdInput, 'audit.read'),
} satisfies CallFragment;
