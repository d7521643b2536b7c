import { todayOf, type Ctx } from '../context';
import { readTx } from '../db/read';
import { AppError, invalid } from '../contract/errors';
import { roleCan } from '../contract/permissions';
import { countPaths, type Computed } from './compute';
import { parseReportPeriod, type ReportPeriod } from './period';
import { computeOn } from './run';
import type { Indicator, IndicatorsDto, ReportChildRow } from './schema';

// reports.indicators and reports.children: one computation (compute.ts) over one snapshot; the
// drill-down lists the children behind exactly the number the indicators show.

function periodOrRefuse(label: string): ReportPeriod {
  const p = parseReportPeriod(label);
  if (!p) throw invalid([{ path: 'period', message: 'reports.errors.period' }]);
  return p;
}

export async function computeFor(ctx: Ctx, label: string): Promise<Computed> {
  const period = periodOrRefuse(label);
  return readTx(ctx, (db) => computeOn(db, period, todayOf(ctx)));
}

export async function getIndicators(ctx: Ctx, label: string): Promise<IndicatorsDto> {
  return (await computeFor(ctx, label)).dto;
}

/** The children behind one number; only for roles that may read the register of children. */
export async function indicatorChildren(ctx: Ctx, input: { period: string; indicator: Indicator; cell: string }): Promise<ReportChildRow[]> {
  if (!roleCan(ctx.actor.role, 'residents.read')) throw new AppError('forbidden', 'errors.forbidden');
  const { dto, cells } = await computeFor(ctx, input.period);
  const key = `${input.indicator}.${input.cell}`;
  if (!countPaths(dto).includes(key)) throw invalid([{ path: 'cell', message: 'reports.errors.cell' }]);
  const members = cells.get(key) ?? [];
  const residentIds = [...new Set(members.filter((m) => m.ref === 'resident').map((m) => m.id))];
  const referralIds = [...new Set(members.filter((m) => m.ref === 'referral').map((m) => m.id))];
  const people = new Map<string, Omit<ReportChildRow, 'date'>>();
  const chunks = <T,>(xs: T[]) => Array.from({ length: Math.ceil(xs.length / 500) }, (_, i) => xs.slice(i * 500, i * 500 + 500));
  for (const ids of chunks(residentIds)) {
    const rows = await ctx.db.selectFrom('residents').select(['id', 'last_name', 'first_name', 'patronymic', 'sex', 'date_of_birth']).where('id', 'in', ids).execute();
    for (const r of rows) {
      people.set(`resident:${r.id}`, { residentId: r.id, referralId: null, lastName: r.last_name, firstName: r.first_name, patronymic: r.patronymic, sex: r.sex, dateOfBirth: r.date_of_birth });
    }
  }
  for (const ids of chunks(referralIds)) {
    const rows = await ctx.db.selectFrom('referrals').select(['id', 'resident_id', 'last_name', 'first_name', 'patronymic', 'sex', 'date_of_birth']).where('id', 'in', ids).execute();
    for (const r of rows) {
      people.set(`referral:${r.id}`, { residentId: r.resident_id, referralId: r.id, lastName: r.last_name, firstName: r.first_name, patronymic: r.patronymic, sex: r.sex, dateOfBirth: r.date_of_birth });
    }
  }
  const out: ReportChildRow[] = [];
  for (const m of members) {
    const p = people.get(`${m.ref}:${m.id}`);
    if (p) out.push({ ...p, date: m.date });
  }
  const collator = new Intl.Collator('az');
  return out.sort((a, b) => collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName) || a.date.localeCompare(b.date));
}
