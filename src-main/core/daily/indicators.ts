import { sql } from 'kysely';
import { shareOf, Tally, type IndicatorSectionDef, type IndicatorSource, type SectionRow } from '../reports/source';
import { ATTENDANCE_STATUS_LABEL, INCIDENT_KIND_LABEL, SEVERITY_LABEL } from './i18n/labels';
import { ATTENDANCE_STATUSES, INCIDENT_KINDS, SEVERITIES } from './schema';
import { familyContactIndicators } from './family-indicators';

// Daily care's indicators (definitions: docs/DESIGN.md, "Indicators"): days of attendance by
// status from the roll call, incidents by kind and severity, and family contact (the children
// living here with a contact in the period's last 3 months; those whose contact is restricted).

const attendance: IndicatorSectionDef = {
  id: 'attendance',
  title: 'reports.sections.attendance',
  rows: () => [
    { cell: 'total', label: 'reports.rows.attendanceMarked', format: 'number' },
    ...ATTENDANCE_STATUSES.map((s, i): SectionRow => ({ cell: `byStatus.${s}`, label: ATTENDANCE_STATUS_LABEL[s], format: 'number', ...(i === 0 ? { heading: 'reports.sections.byStatus' as const } : {}) })),
    { cell: 'children', label: 'reports.rows.attendanceChildren', format: 'number' },
  ],
  chart: { kind: 'bar', cells: ATTENDANCE_STATUSES.map((s) => `byStatus.${s}`) },
  async compute(db, { period, residents }) {
    const t = new Tally();
    // The days by status from attendance_date_group alone (date, group, status: no row of the table
    // read; the planner, left to itself, skip-scans the primary key and reads every row); the
    // children marked, one primary-key seek each. Every mark is of a child of the register (a
    // foreign key), as the children are (`residents` holds every child of the register).
    const byStatus = await sql<{ status: string; days: number }>`SELECT status, count(*) AS days
      FROM attendance INDEXED BY attendance_date_group WHERE date >= ${period.start} AND date <= ${period.end}
      GROUP BY status`.execute(db);
    for (const r of byStatus.rows) {
      t.plus('total', Number(r.days));
      if ((ATTENDANCE_STATUSES as readonly string[]).includes(r.status)) t.plus(`byStatus.${r.status}`, Number(r.days));
    }
    const marked = await db.selectFrom('residents').select('residents.id')
      .where((eb) => eb.exists(eb.selectFrom('attendance as a').select(sql<number>`1`.as('one')).whereRef('a.resident_id', '=', 'residents.id')
        .where('a.date', '>=', period.start).where('a.date', '<=', period.end)))
      .execute();
    t.set('children', marked.filter((r) => residents.has(r.id)).length);
    return t;
  },
};

const incidents: IndicatorSectionDef = {
  id: 'incidents',
  title: 'reports.sections.incidents',
  rows: () => [
    { cell: 'total', label: 'reports.rows.incidentsTotal', format: 'number' },
    { cell: 'childrenInvolved', label: 'reports.rows.incidentChildren', format: 'count' },
    ...INCIDENT_KINDS.map((k, i): SectionRow => ({ cell: `byKind.${k}`, label: INCIDENT_KIND_LABEL[k], format: 'number', ...(i === 0 ? { heading: 'reports.sections.byKind' as const } : {}) })),
    ...SEVERITIES.map((s, i): SectionRow => ({ cell: `bySeverity.${s}`, label: SEVERITY_LABEL[s], format: 'number', ...(i === 0 ? { heading: 'reports.sections.bySeverity' as const } : {}) })),
  ],
  chart: { kind: 'bar', cells: SEVERITIES.map((s) => `bySeverity.${s}`) },
  async compute(db, { period, residents }) {
    const t = new Tally();
    const rows = await db.selectFrom('incidents').select(['id', 'date', 'kind', 'severity'])
      .where('voided_at', 'is', null).where('date', '>=', period.start).where('date', '<=', period.end).execute();
    const involved = await db.selectFrom('incident_children as c').innerJoin('incidents as i', 'i.id', 'c.incident_id')
      .select(['c.resident_id', 'i.date'])
      .where('i.voided_at', 'is', null).where('i.date', '>=', period.start).where('i.date', '<=', period.end)
      .orderBy('i.date').execute();
    for (const r of rows) {
      t.plus('total');
      t.plus(`byKind.${r.kind}`);
      t.plus(`bySeverity.${r.severity}`);
    }
    const seen = new Set<string>();
    for (const c of involved) {
      if (seen.has(c.resident_id) || !residents.has(c.resident_id)) continue;
      seen.add(c.resident_id);
      t.add('childrenInvolved', c.resident_id, c.date);
    }
    return t;
  },
};

/** UNICEF/BCN core indicator "family contact": ./family-indicators.ts says who is counted. */
const familyContact: IndicatorSectionDef = {
  id: 'familyContact',
  title: 'reports.sections.familyContact',
  rows: () => [
    { cell: 'inCare', label: 'reports.rows.familyInCare', format: 'count' },
    { cell: 'withContact', label: 'reports.rows.withFamilyContact', format: 'count', core: true },
    { cell: 'share', label: 'reports.rows.familyContactShare', format: 'share', core: true, base: 'inCare' },
    { cell: 'restricted', label: 'reports.rows.contactRestricted', format: 'count' },
  ],
  async compute(db, { period }) {
    const t = new Tally();
    const f = await familyContactIndicators(db, period);
    for (const id of f.inCare.residentIds) t.add('inCare', id, period.end);
    for (const id of f.withContactLast3Months.residentIds) t.add('withContact', id, period.end);
    for (const id of f.contactRestricted.residentIds) t.add('restricted', id, period.end);
    t.set('share', shareOf(f.withContactLast3Months.count, f.inCare.count));
    return t;
  },
};

export const dailyIndicators: IndicatorSource = { sections: [attendance, incidents, familyContact] };
