import { sql } from 'kysely';
import type { ResourceDef, ResourceRow } from './types';
import { dailyAggregatesTable } from '../../format/schemas/daily-aggregates';
import { packageChildSet } from '../children';

// The rows of daily_aggregates for a period (the table's schema: format/schemas/daily-aggregates.ts):
// GROUP BY counts of the daily tables, never a text column. Children are those of residents.csv
// (export/children.ts), so every row's resident_id resolves. Measures of
// control come from `restraints` (issue 11's safeguarding part writes it; until then it is empty).

const month = sql<string>`substr(date, 1, 7)`;

export const dailyAggregatesResource: ResourceDef = {
  ...dailyAggregatesTable,
  async rows(db, period) {
    // The children of the package as a set from the rows residents.csv read (once per export), not
    // a subquery each of the four counts would evaluate again over the whole register.
    const inPackage = await packageChildSet(db, period);
    // One child's counts per month and value of `column`, from a table with a date and a void mark
    // (attendance has no void mark: a mark is corrected, not voided).
    const countBy = (table: 'attendance' | 'family_contacts' | 'restraints', column: 'status' | 'kind' | 'measure', voidable: boolean) => {
      let q = db
        .selectFrom(table)
        .select((eb) => [sql.ref<string>('resident_id').as('resident_id'), month.as('month'), sql.ref<string>(column).as('key'), eb.fn.countAll<number>().as('n')])
        .where('date', '>=', period.start)
        .where('date', '<=', period.end);
      if (voidable) q = q.where('voided_at', 'is', null);
      return q.groupBy(['resident_id', 'month', 'key']).execute();
    };
    const [days, contacts, incidents, measures] = await Promise.all([
      countBy('attendance', 'status', false),
      countBy('family_contacts', 'kind', true),
      db
        .selectFrom('incident_children as c')
        .innerJoin('incidents as i', 'i.id', 'c.incident_id')
        .select((eb) => [
          'c.resident_id',
          sql<string>`substr(i.date, 1, 7)`.as('month'),
          sql<string>`i.kind || '/' || i.severity`.as('key'),
          eb.fn.countAll<number>().as('n'),
        ])
        .where('i.date', '>=', period.start)
        .where('i.date', '<=', period.end)
        .where('i.voided_at', 'is', null)
        .groupBy(['c.resident_id', 'month', 'key'])
        .execute(),
      countBy('restraints', 'measure', true),
    ]);
    const rows: ResourceRow[] = [];
    const add = (measure: string, list: Array<{ resident_id: string; month: string; key: string; n: number }>) => {
      for (const r of list) if (inPackage.has(r.resident_id)) rows.push({ resident_id: r.resident_id, month: r.month, category: `${measure}:${r.key}`, value: Number(r.n) });
    };
    add('days', days);
    add('contacts', contacts);
    add('incidents', incidents);
    add('measures', measures);
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    return rows.sort(
      (a, b) => cmp(String(a.resident_id), String(b.resident_id)) || cmp(String(a.month), String(b.month)) || cmp(String(a.category), String(b.category)),
    );
  },
  source: (row) => ({ entity: 'resident', id: String(row.resident_id) }),
};
