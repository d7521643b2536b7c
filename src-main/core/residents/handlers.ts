import type { HandlersOf } from '../contract/handler';
import type { residentsCalls } from './calls';
import { createResident, getResident, listResidentPage, residentGroups, searchResidents, updateResident } from './service';
import { auditHistory } from '../audit/query';

// One line per call: the service that answers it.
export const residentsHandlers: HandlersOf<typeof residentsCalls> = {
  'residents.create': (ctx, i) => createResident(ctx, i),
  'residents.update': (ctx, i) => updateResident(ctx, i),
  'residents.get': (ctx, i) => getResident(ctx, i.id),
  'residents.list': (ctx, i) => listResidentPage(ctx, i),
  'residents.search': (ctx, i) => searchResidents(ctx, i),
  'residents.groups': (ctx) => residentGroups(ctx),
  'residents.history': (ctx, i) => auditHistory(ctx, 'resident', i.id),
};
