import type { Ctx } from '../context';
import type { CallName, CallOutput, ParsedInput } from './calls';
import { ROLE_PERMISSIONS } from './permissions';
import { APP_VERSION } from '../app/version';
import { SCHEMA_VERSION } from '../db/migrate';
import { todayOf } from '../context';
import { auditForEntity, verifyAuditChain } from '../audit/audit';
import {
  createResident,
  getResident,
  listResidentPage,
  residentGroups,
  searchResidents,
  updateResident,
} from '../residents/service';

export type Handlers = { [K in CallName]: (ctx: Ctx, input: ParsedInput<K>) => Promise<CallOutput<K>> };

// One line per call: the service that answers it.
export const handlers: Handlers = {
  'app.info': async (ctx) => ({
    version: APP_VERSION,
    schemaVersion: SCHEMA_VERSION,
    actor: { username: ctx.actor.username, role: ctx.actor.role },
    permissions: [...ROLE_PERMISSIONS[ctx.actor.role]],
    today: todayOf(ctx),
  }),
  'residents.create': (ctx, i) => createResident(ctx, i),
  'residents.update': (ctx, i) => updateResident(ctx, i),
  'residents.get': (ctx, i) => getResident(ctx, i.id),
  'residents.list': (ctx, i) => listResidentPage(ctx, i),
  'residents.search': (ctx, i) => searchResidents(ctx, i),
  'residents.groups': (ctx) => residentGroups(ctx),
  'residents.history': (ctx, i) => auditForEntity(ctx.db, 'resident', i.id),
  'audit.verify': (ctx) => verifyAuditChain(ctx.db),
};
