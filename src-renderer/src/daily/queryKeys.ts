import { callKey } from '../data/callKey';

// The daily care domain's cache keys (callKey): every key starts with its call's name, so
// `dailyKeys.all` — every daily.* call — is what a daily change makes stale.
export const dailyKeys = {
  all: ['daily'] as const,
  rollCall: (date: string, group: string) => callKey('daily.rollCall', { date, group }),
  day: (date: string) => callKey('daily.day', { date }),
  month: (month: string) => callKey('daily.month', { month }),
  childLog: (residentId: string) => callKey('daily.childLog', { residentId }),
  incidents: (status: 'open' | 'all') => callKey('daily.incidents', { status }),
  medication: (date: string) => callKey('daily.medication', { date }),
  familyContacts: (residentId: string) => callKey('daily.familyContacts', { residentId }),
};
