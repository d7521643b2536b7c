import type { Ctx } from '../../context';
import { todayOf } from '../../context';
import { AppError } from '../../contract/errors';
import { isInstitutionCode } from '../format/names';
import { parsePeriod, type Period } from '../format/period';
import { activeKeyRow, institutionRow, lastPackageOfPeriod, lastPackageRow, recipientRow } from '../queries';
import { RESOURCES, type ResourceRow } from './resources/index';
import type { ExportPrerequisite, PrecheckDto, PrecheckProblem } from '../schema';
import { FORMULA_START, formatCell } from '../format/table-schema';
import type { ReadDb } from '../../db/read';
import { inPackageCondition } from './children';

// The pre-check: what would make the period's package wrong. "Acceptable" problems may be sent on
// with the director's reason (it goes into the signed statement); "blocking" ones must be fixed.
// Rules are a table: one entry per kind of problem.

interface Found {
  entity: string | null;
  entityId: string | null;
  label: string;
  field?: string;
}

interface Rule {
  code: string;
  severity: PrecheckProblem['severity'];
  find(db: ReadDb, period: Period, today: string): Promise<Found[]>;
}

const childLabel = (r: { last_name: string; first_name: string; patronymic: string }) =>
  [r.last_name, r.first_name, r.patronymic].filter(Boolean).join(' ');

const childrenIn = (db: ReadDb, period: Period) =>
  db
    .selectFrom('residents')
    .select(['id', 'last_name', 'first_name', 'patronymic'])
    .where(inPackageCondition(period.end))
    .orderBy('sort_key')
    .orderBy('id');

export const PRECHECK_RULES: Rule[] = [
  {
    // Exported before its last day, the package will not hold what happens later in the period.
    code: 'period_not_ended',
    severity: 'acceptable',
    async find(_db, period, today) {
      return today <= period.end ? [{ entity: null, entityId: null, label: period.label }] : [];
    },
  },
  {
    // Admitted by a commission or a court, but the decision's number or date is not recorded.
    code: 'admission_decision_missing',
    severity: 'acceptable',
    async find(db, period) {
      const rows = await childrenIn(db, period)
        .where('admission_basis', 'in', ['commission', 'court'])
        .where((eb) => eb.or([eb('admission_decision_number', '=', ''), eb('admission_decision_date', 'is', null)]))
        .execute();
      return rows.map((r) => ({ entity: 'resident', entityId: r.id, label: childLabel(r), field: 'admissionDecisionNumber' }));
    },
  },
  {
    // A child with documents (a birth certificate on record) has a FIN; only a child without
    // documents may have none.
    code: 'fin_missing',
    severity: 'acceptable',
    async find(db, period) {
      const rows = await childrenIn(db, period).where('fin', 'is', null).where('birth_certificate', 'is not', null).execute();
      return rows.map((r) => ({ entity: 'resident', entityId: r.id, label: childLabel(r), field: 'fin' }));
    },
  },
  {
    code: 'disability_degree_missing',
    severity: 'acceptable',
    async find(db, period) {
      const rows = await childrenIn(db, period).where('disability', '=', 1).where('disability_degree', 'is', null).execute();
      return rows.map((r) => ({ entity: 'resident', entityId: r.id, label: childLabel(r), field: 'disabilityDegree' }));
    },
  },
];

/** Text a spreadsheet would run as a formula (= + - @ tab CR first): the verifier refuses it, so must the export. */
async function formulaProblems(db: ReadDb, collected: Array<{ name: string; rows: ResourceRow[] }>): Promise<PrecheckProblem[]> {
  const out: PrecheckProblem[] = [];
  for (const { name, rows } of collected) {
    const def = RESOURCES.find((r) => r.name === name)!;
    for (const row of rows) {
      for (const f of def.schema.fields) {
        const cell = formatCell(f, row[f.name] ?? null);
        if (cell === null || !FORMULA_START.test(cell)) continue;
        const src = def.source(row);
        let label = src?.id ?? name;
        if (src?.entity === 'resident') {
          const r = await db.selectFrom('residents').select(['last_name', 'first_name', 'patronymic']).where('id', '=', src.id).executeTakeFirst();
          if (r) label = childLabel(r);
        }
        out.push({ code: 'formula_text', severity: 'blocking', entity: src?.entity ?? null, entityId: src?.id ?? null, label, field: f.name });
      }
    }
  }
  return out;
}

export async function collectResources(db: ReadDb, period: Period) {
  const out: Array<{ name: string; rows: ResourceRow[] }> = [];
  for (const def of RESOURCES) out.push({ name: def.name, rows: await def.rows(db, period) });
  return out;
}

export function requirePeriod(label: string): Period {
  const p = parsePeriod(label);
  if (!p) throw new AppError('invalid', 'errors.invalid', undefined, [{ path: 'period', message: 'packages.validation.period' }]);
  return p;
}

/** Everything the pre-check knows, and the data it read (so that the export reads it once). */
export async function runPrecheck(
  db: ReadDb,
  period: Period,
  today: string,
): Promise<{ result: PrecheckDto; collected: Array<{ name: string; rows: ResourceRow[] }> }> {
  if (period.start > today) {
    throw new AppError('invalid', 'packages.errors.periodFuture', { period: period.label }, [
      { path: 'period', message: 'packages.validation.periodFuture' },
    ]);
  }
  const [inst, key, rec, last, lastOfPeriod] = await Promise.all([
    institutionRow(db),
    activeKeyRow(db),
    recipientRow(db),
    lastPackageRow(db),
    lastPackageOfPeriod(db, period.label),
  ]);
  const missing: ExportPrerequisite[] = [];
  if (!inst) missing.push('institution');
  else if (!isInstitutionCode(inst.code)) missing.push('institution_code');
  if (!key) missing.push('signing_key');
  if (!rec) missing.push('recipient');
  const problems: PrecheckProblem[] = [];
  for (const rule of PRECHECK_RULES) {
    for (const f of await rule.find(db, period, today)) problems.push({ code: rule.code, severity: rule.severity, ...f });
  }
  const collected = await collectResources(db, period);
  problems.push(...(await formulaProblems(db, collected)));
  return {
    result: {
      period: { label: period.label, start: period.start, end: period.end },
      sequence: (last?.sequence ?? 0) + 1,
      supersedes: lastOfPeriod?.sequence ?? null,
      missing,
      problems,
      counts: Object.fromEntries(collected.map((c) => [c.name, c.rows.length])),
    },
    collected,
  };
}

export async function precheckPackage(ctx: Ctx, periodLabel: string): Promise<PrecheckDto> {
  return (await runPrecheck(ctx.db, requirePeriod(periodLabel), todayOf(ctx))).result;
}
