import { z } from 'zod';
import type { MessageKey } from '../i18n/keys';

// The dashboard's calls and what they return. Isomorphic.

export const SignalKindInput = z.strictObject({ kind: z.string().regex(/^[a-z][a-z0-9_]{0,63}$/) });

export interface SignalDto {
  kind: string;
  label: MessageKey;
  level: 'action' | 'warning' | 'info';
  count: number;
  /** True when the card opens the list of the children counted (dashboard.children). */
  children: boolean;
}

export interface TallyDto {
  kind: string;
  label: MessageKey;
  rows: Array<{ key: string; label: MessageKey; count: number }>;
}

export interface DashboardDto {
  today: string;
  /** The current quarter, which the tallies count. */
  quarter: { label: string; start: string; end: string };
  signals: SignalDto[];
  tallies: TallyDto[];
}
