import type { HandlersOf } from '../contract/handler';
import type { auditCalls } from './calls';
import { verifyAuditChain } from './audit';
import { auditActors, listAudit } from './query';

// One line per call: the service that answers it.
export const auditHandlers: HandlersOf<typeof auditCalls> = {
  'audit.verify': (ctx) => verifyAuditChain(ctx.db),
  'audit.list': (ctx, i) => listAudit(ctx, i),
  'audit.actors': (ctx) => auditActors(ctx),
};
