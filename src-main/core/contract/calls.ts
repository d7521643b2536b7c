import { z } from 'zod';
import type { Permission } from './permissions';
import {
  IdInput,
  ResidentCreateInput,
  ResidentListInput,
  ResidentSearchInput,
  ResidentUpdateInput,
  type ResidentDto,
  type ResidentListItem,
  type ResidentPage,
} from '../residents/schema';
import type { AuditEntryDto, ChainCheck } from '../audit/types';
import type { AppInfo } from '../app/types';

// The one contract: every call the renderer, the web harness and the CLI can make, declared once
// with its input schema, its output type and the permission it needs. Isomorphic (no Node imports).

export interface CallDef<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  permission: Permission;
  /** Phantom: carries the output type only. */
  output?: O;
}

function call<O>() {
  return <I extends z.ZodType>(input: I, permission: Permission): CallDef<I, O> => ({ input, permission });
}

const Empty = z.object({}).strict();

export const contract = {
  'app.info': call<AppInfo>()(Empty, 'app.read'),
  'residents.create': call<ResidentDto>()(ResidentCreateInput, 'residents.write'),
  'residents.update': call<ResidentDto>()(ResidentUpdateInput, 'residents.write'),
  'residents.get': call<ResidentDto>()(IdInput, 'residents.read'),
  'residents.list': call<ResidentPage>()(ResidentListInput, 'residents.read'),
  'residents.search': call<ResidentListItem[]>()(ResidentSearchInput, 'residents.read'),
  'residents.groups': call<string[]>()(Empty, 'residents.read'),
  'residents.history': call<AuditEntryDto[]>()(IdInput, 'audit.read'),
  'audit.verify': call<ChainCheck>()(Empty, 'audit.read'),
} satisfies Record<string, CallDef>;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = NonNullable<Contract[K]['output']>;

export function isCallName(name: string): name is CallName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
