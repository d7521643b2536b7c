import type { CallInput } from '@core/contract/calls';
import { az } from '@core/i18n/index';
import { parseDateInput } from '../format';

// The audit screen's filters and the `audit.list` input they make. Pure.

export interface AuditFilters {
  /** The child or staff member the entries are about. */
  person: { entity: 'resident' | 'staff'; id: string; label: string } | null;
  actor: string | null;
  entity: string | null;
  /** An exact action ("staff.update") or a prefix ending in a dot ("auth."). */
  action: string | null;
  /** Calendar days as typed or chosen (YYYY-MM-DD when valid). */
  from: string;
  to: string;
}

export const NO_FILTERS: AuditFilters = { person: null, actor: null, entity: null, action: null, from: '', to: '' };

export const PAGE_SIZE = 50;

export function isFiltered(f: AuditFilters): boolean {
  return !!(f.person || f.actor || f.entity || f.action || f.from || f.to);
}

/** Start of a local calendar day as an instant: the screen's days are the PC's days, not UTC's. */
export function localDayStart(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toISOString();
}

/** The last millisecond of a local calendar day (the core treats an instant `to` as inclusive). */
export function localDayEnd(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(new Date(y, m - 1, d + 1).getTime() - 1).toISOString();
}

export function auditQuery(f: AuditFilters, page: number): CallInput<'audit.list'> {
  const q: CallInput<'audit.list'> = { offset: page * PAGE_SIZE, limit: PAGE_SIZE };
  if (f.person) q.entityId = f.person.id;
  if (f.actor) q.actor = f.actor;
  if (f.entity) q.entity = f.entity;
  if (f.action) q.action = f.action;
  const from = parseDateInput(f.from);
  const to = parseDateInput(f.to);
  if (from) q.from = localDayStart(from);
  if (to) q.to = localDayEnd(to);
  return q;
}

/** Every action the log knows words for, by group ("auth" → ["auth.signIn", …]), from the messages. */
export function knownActions(): Array<{ group: string; actions: string[] }> {
  return Object.entries(az.audit.action).map(([group, verbs]) => ({
    group,
    actions: Object.keys(verbs).map((v) => `${group}.${v}`),
  }));
}

export function knownEntities(): string[] {
  return Object.keys(az.audit.entity);
}
