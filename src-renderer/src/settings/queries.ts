import { callQuery } from '../data/call';

// What the settings screens read (see data/README.md); the keys are in queryKeys.ts.

export { institutionKeys, settingsKeys, userKeys } from './queryKeys';

/** Enough to offer every staff member in the account dialog's list. */
export const STAFF_OPTIONS_LIMIT = 1000;

export const userQueries = {
  list: () => callQuery('users.list', {}),
};

export const institutionQueries = {
  detail: () => callQuery('institution.get', {}),
};

export const settingsQueries = {
  detail: () => callQuery('settings.get', {}),
};
