import type { z } from 'zod';
import { mergeFragments } from './define';
import { appCalls } from '../app/calls';
import { auditCalls } from '../audit/calls';
import { backupCalls } from '../backup/calls';
import { authCalls } from '../auth/calls';
import { careCalls } from '../care/calls';
import { dailyCalls } from '../daily/calls';
import { dashboardCalls } from '../dashboard/calls';
import { educationCalls } from '../education/calls';
import { documentsCalls } from '../documents/calls';
import { importsCalls } from '../imports/calls';
import { exportsCalls } from '../exports/calls';
import { institutionCalls } from '../institution/calls';
import { packagesCalls } from '../packages/calls';
import { printCalls } from '../print/calls';
import { reportsCalls } from '../reports/calls';
import { residentsCalls } from '../residents/calls';
import { safeguardingCalls } from '../safeguarding/calls';
import { staffCalls } from '../staff/calls';

export type { CallDef } from './define';

// The one contract: every call the renderer, the web harness and the CLI can make. Each domain
// declares its own calls in `<domain>/calls.ts`; this file only lists the domains (one line each)
// and merges them, refusing a name declared twice. Isomorphic (no Node imports).
export const contract = mergeFragments('call', [
  appCalls,
  auditCalls,
  backupCalls,
  authCalls,
  careCalls,
  dailyCalls,
  dashboardCalls,
  educationCalls,
  documentsCalls,
  importsCalls,
  exportsCalls,
  institutionCalls,
  packagesCalls,
  printCalls,
  reportsCalls,
  residentsCalls,
  safeguardingCalls,
  staffCalls,
] as const);

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = NonNullable<Contract[K]['output']>;

export function isCallName(name: string): name is CallName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
