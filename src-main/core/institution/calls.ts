import { call, Empty, type CallFragment } from '../contract/define';
import { InstitutionInput, SettingsUpdateInput, SetupCreateInput, type InstitutionDto, type SettingsDto, type SetupResult, type SetupStatus } from './schema';

// The institution domain's calls: name, input schema, output type, permission.
export const institutionCalls = {
  'setup.status': call<SetupStatus>()(Empty, 'public'),
  'setup.create': call<SetupResult>()(SetupCreateInput, 'public'),
  'institution.get': call<InstitutionDto>()(Empty, 'app.read'),
  'institution.update': call<InstitutionDto>()(InstitutionInput, 'institution.manage'),
  'settings.get': call<SettingsDto>()(Empty, 'app.read'),
  'settings.update': call<SettingsDto>()(SettingsUpdateInput, 'institution.manage'),
} satisfies CallFragment;
