import { callQuery } from '../data/call';

// What the daily care screens read (see data/README.md); the keys are in queryKeys.ts.

export { dailyKeys } from './queryKeys';

export const dailyQueries = {
  rollCall: (date: string, group: string) => callQuery('daily.rollCall', { date, group }),
  day: (date: string) => callQuery('daily.day', { date }),
  month: (month: string) => callQuery('daily.month', { month }),
  childLog: (residentId: string) => callQuery('daily.childLog', { residentId }),
  incidents: (status: 'open' | 'all') => callQuery('daily.incidents', { status }),
  medication: (date: string) => callQuery('daily.medication', { date }),
  familyContacts: (residentId: string) => callQuery('daily.familyContacts', { residentId }),
  allergies: (residentId?: string) => callQuery('daily.allergies', residentId ? { residentId } : {}),
  stock: () => callQuery('daily.stock', {}),
  firstAid: (residentId?: string) => callQuery('daily.firstAid', residentId ? { residentId } : {}),
  prescriptions: (residentId: string) => callQuery('daily.prescriptions', { residentId }),
  /** The children now in care, for an incident's picker. */
  currentChildren: () => callQuery('residents.list', { status: 'current', limit: 1000 }),
};
