import type { Ctx } from '../context';
import type { ReadDb } from '../db/read';
import type { Permission } from '../contract/permissions';
import type { MessageKey } from '../i18n/keys';

// What a domain gives the dashboard. A domain lists its signals and tallies in its own
// `<domain>/signals.ts` (a DashboardSource) and registers it with one line in ./sources.ts; the
// dashboard asks every source within one read snapshot and shows each role only what it may see.

/** What needs action today: a count, and for a signal about children, which children. */
export interface SignalValue {
  count: number;
  /** The children counted: the card then opens the list of them (dashboard.children). */
  residentIds?: string[];
}

export interface SignalDef {
  /** snake_case, unique across domains; listed in docs/DESIGN.md's "Dashboard signals" table. */
  kind: string;
  /** The card's words, plural-aware: t(label, { count }). */
  label: MessageKey;
  /** Who sees it (medical signals only for the medical roles). */
  permission: Permission;
  /** `action`: someone must act today; `warning`: soon; `info`: to know. */
  level: 'action' | 'warning' | 'info';
  compute(db: ReadDb, today: string, ctx: Ctx): Promise<SignalValue>;
}

/** A period's counts by category (referrals by outcome, exits by destination…). */
export interface TallyRow {
  key: string;
  label: MessageKey;
  count: number;
}

export interface TallyDef {
  kind: string;
  label: MessageKey;
  permission: Permission;
  compute(db: ReadDb, period: { start: string; end: string }, ctx: Ctx): Promise<TallyRow[]>;
}

export interface DashboardSource {
  signals: readonly SignalDef[];
  tallies?: readonly TallyDef[];
}
