import type { Ctx } from '../context';
import { todayOf } from '../context';
import type { ResidentsTable } from '../db/types';
import { writeTx } from '../db/write';
import { AppError } from '../contract/errors';
import { appendAuditMany } from '../audit/audit';
import { residentColumns, toResidentDto } from '../residents/service';
import { generateDemo, type Demo } from './generate';

export interface DemoSummary {
  institution: { code: string; nameAz: string; nameEn: string; region: string };
  residents: number;
  dayAttendees: number;
  discharged: number;
  withoutFin: number;
  withDisability: number;
  auditEntries: number;
}

// 30 columns a row: 500 rows stay well under SQLite's limit of bound parameters.
const ROWS_PER_INSERT = 500;

/**
 * Writes the demo institution into an empty database: one transaction, batched inserts, and an
 * audit entry for the institution and for every child, chained like any other write. Refuses a
 * database that already holds an institution or children (nothing is written then).
 */
export async function writeDemo(ctx: Ctx, opts: { children: number; seed: number }): Promise<DemoSummary> {
  const demo = generateDemo({ ...opts, today: todayOf(ctx) });
  return writeTx(ctx, async (trx, audit) => {
    const { n } = await trx.selectFrom('residents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    if (Number(n) > 0) throw new AppError('conflict', 'demo.hasResidents', { count: Number(n) });
    const existing = await trx.selectFrom('institution').select('code').executeTakeFirst();
    if (existing) throw new AppError('conflict', 'demo.hasInstitution', { code: existing.code });

    const inst = demo.institution;
    await trx
      .insertInto('institution')
      .values({
        id: 1,
        code: inst.code,
        name_az: inst.nameAz,
        name_en: inst.nameEn,
        type: inst.type,
        region: inst.region,
        address: inst.address,
        capacity: inst.capacity,
        created_at: demo.institutionCreatedAt,
        updated_at: demo.institutionCreatedAt,
      })
      .execute();
    await audit({ action: 'institution.create', entity: 'institution', entityId: '1', after: inst });

    const rows = residentRows(demo);
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
      await trx.insertInto('residents').values(rows.slice(i, i + ROWS_PER_INSERT)).execute();
    }
    await appendAuditMany(
      trx,
      ctx,
      rows.map((r) => ({ action: 'resident.create', entity: 'resident', entityId: r.id, after: toResidentDto(r, true) })),
    );
    return summarise(demo, rows.length + 1);
  });
}

export function residentRows(demo: Demo): ResidentsTable[] {
  return demo.children.map((c) => ({
    id: c.id,
    version: 1,
    created_at: c.createdAt,
    updated_at: c.createdAt,
    ...residentColumns(c.fields),
  }));
}

function summarise(demo: Demo, auditEntries: number): DemoSummary {
  const f = demo.children.map((c) => c.fields);
  const { code, nameAz, nameEn, region } = demo.institution;
  return {
    institution: { code, nameAz, nameEn, region },
    residents: f.filter((c) => c.status === 'resident').length,
    dayAttendees: f.filter((c) => c.status === 'day_attendee').length,
    discharged: f.filter((c) => c.status === 'discharged').length,
    withoutFin: f.filter((c) => c.status !== 'discharged' && !c.fin).length,
    withDisability: f.filter((c) => c.status !== 'discharged' && c.disability).length,
    auditEntries,
  };
}
