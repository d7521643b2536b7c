import { call, Empty, type CallFragment } from '../contract/define';
import type { ChainCheck } from './types';
import { AuditListInput, type AuditPage } from './schema';

// The audit domain's calls: name, input schema, output type, permission.
export const auditCalls = {
  'audit.verify': call<ChainCheck>()(Empty, 'audit.read'),
  'audit.list': call<AuditPage>()(AuditListInput, 'audit.read'),
  'audit.actors': call<string[]>()(Empty, 'audit.read'),
} satisfies CallFragment;
