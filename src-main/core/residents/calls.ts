import { call, Empty, type CallFragment } from '../contract/define';
import { IdInput, ResidentCreateInput, ResidentListInput, ResidentSearchInput, ResidentUpdateInput, type ResidentDto, type ResidentListItem, type ResidentPage } from './schema';
import type { AuditEntryView } from '../audit/schema';
import type { RecordReadView } from '../reads/schema';

// The residents domain's calls: name, input schema, output type, permission.
export const residentsCalls = {
  'residents.create': call<ResidentDto>()(ResidentCreateInput, 'residents.write'),
  'residents.update': call<ResidentDto>()(ResidentUpdateInput, 'residents.write'),
  'residents.get': call<ResidentDto>()(IdInput, 'residents.read'),
  'residents.list': call<ResidentPage>()(ResidentListInput, 'residents.read'),
  'residents.search': call<ResidentListItem[]>()(ResidentSearchInput, 'residents.read'),
  'residents.groups': call<string[]>()(Empty, 'residents.read'),
  'residents.history': call<AuditEntryView[]>()(IdInput, 'audit.read'),
  /** Who opened the child's record (the read log of a shared PC), newest first. */
  'residents.reads': call<RecordReadView[]>()(IdInput, 'audit.read'),
} satisfies CallFragment;
