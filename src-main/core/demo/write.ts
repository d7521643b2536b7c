import { sql, type Kysely } from 'kysely';
import type { Ctx } from '../context';
import { todayOf } from '../context';
import type { DB, ResidentsTable } from '../db/types';
import { writeTx } from '../db/write';
import { AppError } from '../contract/errors';
import { appendAuditMany } from '../audit/audit';
import { residentColumns, toResidentDto } from '../residents/service';
import { writeDemoStaff, type DemoAccount } from '../staff/demo';
import { writeDemoEducation, type DemoEducationSummary } from '../education/demo';
import { generateDemo, withKeyWorkers, type Demo } from './generate';
import { Prng } from './prng';
import { writeDemoCare, type DemoCareSummary } from '../care/demo';
import { writeDemoDaily, type DemoDailySummary } from '../daily/demo';
import { writeDemoSafeguarding, type DemoSafeguardingSummary } from '../safeguarding/demo';
import { writeDemoDocuments, type DemoDocumentsSummary } from '../documents/demo';

export interface DemoSummary {
  institution: { code: string; nameAz: string; nameEn: string; region: string };
  residents: number;
  dayAttendees: number;
  discharged: number;
  withoutFin: number;
  withDisability: number;
  staff: { current: number; former: number; trainings: number };
  /** One account per role, with its password in clear: to be shown once, never stored. */
  accounts: Array<DemoAccount & { displayName: string }>;
  education: DemoEducationSummary;
  /** Referrals, episodes, relatives, plans and follow-up visits (core/care/demo.ts). */
  care: DemoCareSummary;
  auditEntries: number;
  /** The children's papers on file and their consents (core/documents/demo.ts). */
  documents: DemoDocumentsSummary;
  /** The past year's roll calls and care notes (null when not asked for: the benchmark's own history). */
  daily: DemoDailySummary | null;
  /** Measures of control, complaints, allergies, stock, first aid (with daily; core/safeguarding/demo.ts). */
  safeguarding: DemoSafeguardingSummary | null;
}

// 30 columns a row: 500 rows stay well under SQLite's limit of bound parameters.
const ROWS_PER_INSERT = 500;

/**
 * Writes the demo institution into an empty database, in one transaction: the institution, its
 * staff with their trainings and one account per role, then the children (batched inserts), whose
 * groups' key workers are the institution's own caregivers. Every record gets its audit entry,
 * chained like any other write. Refuses a database that already holds an institution or children
 * (nothing is written then).
 */
export async function writeDemo(ctx: Ctx, opts: { children: number; seed: number; daily?: boolean }): Promise<DemoSummary> {
  const today = todayOf(ctx);
  const generated = generateDemo({ children: opts.children, seed: opts.seed, today });
  return writeTx(ctx, async (trx, audit) => {
    const { n } = await trx.selectFrom('residents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    if (Number(n) > 0) throw new AppError('conflict', 'app.demo.hasResidents', { count: Number(n) });
    const existing = await trx.selectFrom('institution').select('code').executeTakeFirst();
    if (existing) throw new AppError('conflict', 'app.demo.hasInstitution', { code: existing.code });

    const inst = generated.institution;
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
        created_at: generated.institutionCreatedAt,
        updated_at: generated.institutionCreatedAt,
      })
      .execute();
    await audit({ action: 'institution.create', entity: 'institution', entityId: '1', after: inst });

    // Staff from a stream of their own: adding or changing staff never shifts the children.
    const staff = await writeDemoStaff(trx, ctx, audit, new Prng(opts.seed, 'staff'), { today, children: opts.children });
    const demo = withKeyWorkers(generated, await currentCaregivers(trx));

    const rows = residentRows(demo);
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
      await trx.insertInto('residents').values(rows.slice(i, i + ROWS_PER_INSERT)).execute();
    }
    await appendAuditMany(
      trx,
      ctx,
      rows.map((r) => ({ action: 'resident.create', entity: 'resident', entityId: r.id, after: toResidentDto(r, true) })),
    );
    // Education from a stream of its own, like staff: it never shifts the children.
    const education = await writeDemoEducation(trx, ctx, new Prng(opts.seed, 'education'), { today, children: rows });
    await appendAuditMany(trx, ctx, education.audit);
    // Care from a stream of its own too: the children's admissions, exits, families and plans.
    const care = await writeDemoCare(trx, ctx, new Prng(opts.seed, 'care'), rows, today);
    // Daily records from a stream of their own, after the children they are about.
    const daily = opts.daily === false ? null : await writeDemoDaily(trx, ctx, new Prng(opts.seed, 'daily'), { today });
    const safeguarding = opts.daily === false ? null : await writeDemoSafeguarding(trx, ctx, new Prng(opts.seed, 'safeguarding'), { today });
    // Documents from a stream of their own, after the children they are about.
    const documents = await writeDemoDocuments(trx, ctx, new Prng(opts.seed, 'documents'), rows, today);
    const names = new Map(
      (await trx.selectFrom('users').select(['username', 'display_name']).execute()).map((u) => [u.username, u.display_name]),
    );
    return {
      ...summarise(demo),
      staff: { current: staff.staff - staff.former, former: staff.former, trainings: staff.trainings },
      accounts: staff.accounts.map((a) => ({ ...a, displayName: names.get(a.username) ?? '' })),
      education: education.summary,
      care,
      daily,
      safeguarding,
      documents,
      auditEntries: documents.auditEntries + 1 + staff.staff + staff.trainings + staff.accounts.length + rows.length + education.summary.auditEntries + care.auditEntries + (daily?.auditEntries ?? 0) + (safeguarding?.auditEntries ?? 0),
    };
  });
}

/**
 * "Surname Name" of the current caregivers, in the order they were written: the first is the one
 * with the `caregiver` demo account, so signing in as caregiver shows a key worker of a group.
 */
async function currentCaregivers(trx: Kysely<DB>): Promise<string[]> {
  const rows = await trx
    .selectFrom('staff')
    .select(['last_name', 'first_name'])
    .where('position', '=', 'caregiver')
    .where('left_date', 'is', null)
    .orderBy(sql`rowid`)
    .execute();
  return rows.map((r) => `${r.last_name} ${r.first_name}`);
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

function summarise(demo: Demo): Omit<DemoSummary, 'staff' | 'accounts' | 'education' | 'care' | 'daily' | 'safeguarding' | 'documents' | 'auditEntries'> {
  const f = demo.children.map((c) => c.fields);
  const { code, nameAz, nameEn, region } = demo.institution;
  return {
    institution: { code, nameAz, nameEn, region },
    residents: f.filter((c) => c.status === 'resident').length,
    dayAttendees: f.filter((c) => c.status === 'day_attendee').length,
    discharged: f.filter((c) => c.status === 'discharged').length,
    withoutFin: f.filter((c) => c.status !== 'discharged' && !c.fin).length,
    withDisability: f.filter((c) => c.status !== 'discharged' && c.disability).length,
  };
}
