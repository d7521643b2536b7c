import { call, type CallFragment } from '../contract/define';
import { ChildrenXlsxInput, IndicatorsXlsxInput, PersonalFileInput, RegisterInput, RegisterXlsxInput, StaffXlsxInput, type ExportFileDto, type PersonalFileDto, type RegisterDto } from './schema';

// The exports' calls: each writes one file in the core and returns its bytes for the renderer to
// save (a download in the web harness). Lists of people also need the register's read permission
// (checked in the service).
export const exportsCalls = {
  'exports.indicatorsXlsx': call<ExportFileDto>()(IndicatorsXlsxInput, 'reports.read'),
  'exports.childrenXlsx': call<ExportFileDto>()(ChildrenXlsxInput, 'reports.read'),
  'exports.staffXlsx': call<ExportFileDto>()(StaffXlsxInput, 'reports.read'),
  /** The register of children for its print page. */
  'exports.register': call<RegisterDto>()(RegisterInput, 'reports.read'),
  'exports.registerXlsx': call<ExportFileDto>()(RegisterXlsxInput, 'reports.read'),
  /** A child's personal file for its print page (medical parts per role, in the service). */
  'exports.personalFile': call<PersonalFileDto>()(PersonalFileInput, 'residents.read'),
} satisfies CallFragment;
