import type { HandlersOf } from '../contract/handler';
import type { residentsCalls } from './calls';
import { createResident, getResident, listResidentPage, residentGroups, searchResidents, updateResident } from './service';
import { childHistory } from '../audit/query';
import { CHILD_RECORD_SOURCES } from './historySources';
import { recordRead, recordReads } from '../reads/reads';

// One line per call: the service that answers it.
export const residentsHandlers: HandlersOf<typeof residentsCalls> = {
  'residents.create': (ctx, i) => createResident(ctx, i),
  'residents.update': (ctx, i) => updateResident(ctx, i),
  'residents.get': async (ctx, i) => {
    const r = await getResident(ctx, i.id);
    await recordRead(ctx, 'resident', r.id);
    return r;
  },
  'residents.list': (ctx, i) => listResidentPage(ctx, i),
  'residents.search': (ctx, i) => searchResidents(ctx, i),
  'residents.groups': (ctx) => residentGroups(ctx),
  'residents.history': (ctx, i) => childHistory(ctx, i.id, CHILD_RECORD_SOURCES),
  'residents.reads': (ctx, i) => recordReads(ctx.db, 'resident', i.id),
};
