import type { Ctx } from '../context';
import { contract, type CallName, type CallOutput, type ParsedInput } from './calls';
import { checkHandlers } from './handler';
import { mergeFragments } from './define';
import { appHandlers } from '../app/handlers';
import { auditHandlers } from '../audit/handlers';
import { backupHandlers } from '../backup/handlers';
import { authHandlers } from '../auth/handlers';
import { careHandlers } from '../care/handlers';
import { dailyHandlers } from '../daily/handlers';
import { dashboardHandlers } from '../dashboard/handlers';
import { educationHandlers } from '../education/handlers';
import { documentsHandlers } from '../documents/handlers';
import { importsHandlers } from '../imports/handlers';
import { exportsHandlers } from '../exports/handlers';
import { institutionHandlers } from '../institution/handlers';
import { packagesHandlers } from '../packages/handlers';
import { printHandlers } from '../print/handlers';
import { reportsHandlers } from '../reports/handlers';
import { residentsHandlers } from '../residents/handlers';
import { safeguardingHandlers } from '../safeguarding/handlers';
import { staffHandlers } from '../staff/handlers';

export type Handlers = { [K in CallName]: (ctx: Ctx, input: ParsedInput<K>) => Promise<CallOutput<K>> };

// Each domain answers its own calls in `<domain>/handlers.ts`; this file lists the domains (one
// line each), merges them, and refuses at start a declared call without a handler (the type
// below refuses it at compile time too) or a handler for an undeclared call.
const merged = mergeFragments('handler', [
  appHandlers,
  auditHandlers,
  backupHandlers,
  authHandlers,
  careHandlers,
  dailyHandlers,
  dashboardHandlers,
  educationHandlers,
  documentsHandlers,
  importsHandlers,
  exportsHandlers,
  institutionHandlers,
  packagesHandlers,
  printHandlers,
  reportsHandlers,
  residentsHandlers,
  safeguardingHandlers,
  staffHandlers,
] as const);
checkHandlers(contract, merged);

export const handlers: Handlers = merged;
