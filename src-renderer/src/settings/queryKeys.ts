import { callKey } from '../data/callKey';

// The cache keys of the settings screens, as their queries build them (callKey): the accounts
// (auth domain), the institution's details and its settings (institution domain). The audit
// screen reads `users.list` under the same key (audit/useSubjectNames.ts). Pure.

export const userKeys = {
  all: ['users'] as const,
  list: () => callKey('users.list', {}),
};

export const institutionKeys = {
  all: ['institution'] as const,
  detail: () => callKey('institution.get', {}),
};

export const settingsKeys = {
  all: ['settings'] as const,
  detail: () => callKey('settings.get', {}),
};
