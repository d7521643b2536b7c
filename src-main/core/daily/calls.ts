import { call, type CallFragment } from '../contract/define';
import {
  CareNoteAddInput,
  ChildLogInput,
  DayInput,
  MonthInput,
  RollCallGetInput,
  RollCallSaveInput,
  type ChildLogDay,
  type DaySummaryDto,
  type MonthCalendarDto,
  type RollCallDto,
  type RollCallSaved,
} from './schema';

// The daily care domain's calls. Caregivers read and write the roll call and the notes
// (daily.write); every signed-in role reads them (daily.read).
export const dailyCalls = {
  'daily.rollCall': call<RollCallDto>()(RollCallGetInput, 'daily.read'),
  'daily.saveRollCall': call<RollCallSaved>()(RollCallSaveInput, 'daily.write'),
  'daily.addNotes': call<{ ids: string[] }>()(CareNoteAddInput, 'daily.write'),
  'daily.childLog': call<ChildLogDay[]>()(ChildLogInput, 'daily.read'),
  'daily.day': call<DaySummaryDto>()(DayInput, 'daily.read'),
  'daily.month': call<MonthCalendarDto>()(MonthInput, 'daily.read'),
} satisfies CallFragment;
