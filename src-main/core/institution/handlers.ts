import type { HandlersOf } from '../contract/handler';
import type { institutionCalls } from './calls';
import { getInstitution, setupCreate, setupStatus, updateInstitution } from './service';
import { getSettings, updateSettings } from './settings';

// One line per call: the service that answers it.
export const institutionHandlers: HandlersOf<typeof institutionCalls> = {
  'setup.status': (ctx) => setupStatus(ctx),
  'setup.create': (ctx, i) => setupCreate(ctx, i),
  'institution.get': (ctx) => getInstitution(ctx),
  'institution.update': (ctx, i) => updateInstitution(ctx, i),
  'settings.get': (ctx) => getSettings(ctx),
  'settings.update': (ctx, i) => updateSettings(ctx, i),
};
