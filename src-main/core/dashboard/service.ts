import type { Ctx } from '../context';
import { todayOf } from '../context';
import { readTx } from '../db/read';
import { AppError } from '../contract/errors';
import { roleCan } from '../contract/permissions';
import { residentsByIds } from '../residents/service';
import type { ResidentListItem } from '../residents/schema';
import type { DashboardDto } from './schema';
import type { DashboardSource, SignalDef } from './signal';
import { DASHBOARD_SOURCES } from './sources';

/** The calendar quarter a date falls in: `2026-Q4`, 2026-10-01 … 2026-12-31. */
export function quarterOf(day: string): DashboardDto['quarter'] {
  const year = Number(day.slice(0, 4));
  const q = Math.floor((Number(day.slice(5, 7)) - 1) / 3);
  const pad = (n: number) => String(n).padStart(2, '0');
  const endMonth = q * 3 + 3;
  const lastDay = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
  return { label: `${year}-Q${q + 1}`, start: `${year}-${pad(q * 3 + 1)}-01`, end: `${year}-${pad(endMonth)}-${pad(lastDay)}` };
}

function visible<T extends { permission: SignalDef['permission'] }>(ctx: Ctx, defs: readonly T[]): T[] {
  return defs.filter((d) => roleCan(ctx.actor.role, d.permission));
}

/** Every signal and tally the role may see, from one snapshot; signals in the sources' order. */
export async function getDashboard(ctx: Ctx, sources: readonly DashboardSource[] = DASHBOARD_SOURCES): Promise<DashboardDto> {
  const today = todayOf(ctx);
  const quarter = quarterOf(today);
  return readTx(ctx, async (db) => {
    const signals = [];
    for (const def of visible(ctx, sources.flatMap((s) => s.signals))) {
      const v = await def.compute(db, today, ctx);
      signals.push({ kind: def.kind, label: def.label, level: def.level, count: v.count, children: v.residentIds !== undefined });
    }
    const tallies = [];
    for (const def of visible(ctx, sources.flatMap((s) => s.tallies ?? []))) {
      tallies.push({ kind: def.kind, label: def.label, rows: await def.compute(db, quarter, ctx) });
    }
    return { today, quarter, signals, tallies };
  });
}

/** The children a signal counts, as list rows; refused for a signal the role may not see. */
export async function signalChildren(
  ctx: Ctx,
  kind: string,
  sources: readonly DashboardSource[] = DASHBOARD_SOURCES,
): Promise<ResidentListItem[]> {
  const def = sources.flatMap((s) => s.signals).find((d) => d.kind === kind);
  if (!def) throw new AppError('not_found', 'dashboard.errors.unknownSignal', { kind });
  if (!roleCan(ctx.actor.role, def.permission)) throw new AppError('forbidden', 'errors.forbidden');
  const v = await readTx(ctx, (db) => def.compute(db, todayOf(ctx), ctx));
  if (!v.residentIds) throw new AppError('invalid', 'dashboard.errors.notAboutChildren', { kind });
  return residentsByIds(ctx, v.residentIds);
}
