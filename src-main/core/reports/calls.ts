import { call, type CallFragment } from '../contract/define';
import { ChildrenInput, IndicatorsInput, type IndicatorsDto, type ReportChildRow } from './schema';

// The reports domain's calls: the indicators for a period, and the children behind one number.
// The drill-down also needs residents.read (checked in the service).
export const reportsCalls = {
  'reports.indicators': call<IndicatorsDto>()(IndicatorsInput, 'reports.read'),
  'reports.children': call<ReportChildRow[]>()(ChildrenInput, 'reports.read'),
} satisfies CallFragment;
