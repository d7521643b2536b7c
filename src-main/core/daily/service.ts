import { sql } from 'kysely';
import type { Ctx } from '../context';
import { todayOf } from '../context';
import type { AttendanceTable, CareNotesTable } from '../db/types';
import type { ReadDb } from '../db/read';
import { readTx } from '../db/read';
import { writeTx } from '../db/write';
import { appendAuditMany } from '../audit/audit';
import { AppError, invalid, type FieldIssue } from '../contract/errors';
import { uuidv7 } from '../ids';
import { azCollator } from '../text/fold';
import {
  addDays,
  CARE_NOTE_KINDS,
  daysOfMonth,
  emptyCounts,
  type AttendanceStatus,
  type CareNoteAdd,
  type CareNoteDto,
  type CareNoteKind,
  type ChildLogDay,
  type DaySummaryDto,
  type MonthCalendarDto,
  type RollCallDto,
  type RollCallQuery,
  type RollCallRow,
  type RollCallSave,
  type RollCallSaved,
} from './schema';
import {
  childrenByIds,
  childrenInCare,
  countsOfDay,
  groupsInCare,
  inCareOn,
  marksOf,
  marksOfChild,
  noteKindsOfDay,
  notesOfChild,
  notesOfDay,
  rollCallOf,
  rollCallsBetween,
} from './queries';
import { incidentsOn } from './incidents';
import { doseCounts } from './medication';
import { measuresOn } from '../safeguarding/queries';

/** A date after today is refused: a record of what happened, never of what will. */
function refuseFuture(ctx: Ctx, date: string, path = 'date') {
  if (date > todayOf(ctx)) throw invalid([{ path, message: 'validation.dateFuture' }]);
}

type ChildRow = Awaited<ReturnType<typeof childrenInCare>>[number];

const byName = (a: ChildRow, b: ChildRow) => (a.sort_key < b.sort_key ? -1 : a.sort_key > b.sort_key ? 1 : a.id < b.id ? -1 : 1);

type MarkRow = { status: string; note: string };

/** The roll call as the screen shows it: every child in care that day, and each saved mark. */
function composeRollCall(
  date: string,
  group: string,
  children: ChildRow[],
  marks: ReadonlyMap<string, MarkRow>,
  saved: { saved_at: string; saved_by: string; marked: number; children: number } | undefined,
): RollCallDto {
  const rows: RollCallRow[] = children.map((c) => {
    const m = marks.get(c.id);
    return {
      residentId: c.id,
      lastName: c.last_name,
      firstName: c.first_name,
      patronymic: c.patronymic,
      sex: c.sex as RollCallRow['sex'],
      dateOfBirth: c.date_of_birth,
      status: (m?.status as AttendanceStatus | undefined) ?? null,
      note: m?.note ?? '',
    };
  });
  return {
    date,
    group,
    saved: saved ? { at: saved.saved_at, by: saved.saved_by, marked: saved.marked, children: saved.children } : null,
    rows,
  };
}

/**
 * What a roll call reads: the children in care that day in the group and, on a past day, a child
 * marked then who has since left the group or care (that day keeps them), in name order; the
 * marks; the saved roll call's row.
 */
async function readDay(db: ReadDb, date: string, group: string) {
  const [inCare, marks, saved] = await Promise.all([childrenInCare(db, date, group), marksOf(db, date, group), rollCallOf(db, date, group)]);
  const inList = new Set(inCare.map((c) => c.id));
  const formerIds = marks.filter((m) => !inList.has(m.resident_id)).map((m) => m.resident_id);
  const children = formerIds.length ? [...inCare, ...(await childrenByIds(db, formerIds))].sort(byName) : inCare;
  return { children, inCare: inList, marks: new Map(marks.map((m) => [m.resident_id, m])), saved };
}

export async function getRollCall(ctx: Ctx, q: RollCallQuery): Promise<RollCallDto> {
  refuseFuture(ctx, q.date);
  return readTx(ctx, async (db) => {
    const d = await readDay(db, q.date, q.group);
    return composeRollCall(q.date, q.group, d.children, d.marks, d.saved);
  });
}

// 8 columns a row: 1,000 rows stay well under SQLite's limit of bound parameters.
const MARKS_PER_INSERT = 1000;

/**
 * Saves a group's day in one call and one transaction: the roll call's reads, every changed mark
 * upserted in one statement, the roll call's row, and ONE audit entry for the save
 * (`roll_call.save`, entity `roll_call`, id `<date>/<group>`) listing each changed mark, child by
 * child, before and after. (One entry per changed mark cost 6.7× the floor of a bare 300-row
 * upsert in the benchmark, over the issue's 3×: the audit log's four indexes per row.) An
 * unchanged mark writes nothing; a save that changes nothing leaves the day as it was. Refused,
 * with nothing written: a date after today, a child twice, a child not in care that day, a child
 * of another group — each named by its field (`marks.<i>.residentId`).
 */
export async function saveRollCall(ctx: Ctx, input: RollCallSave): Promise<RollCallSaved> {
  refuseFuture(ctx, input.date);
  const { date, group } = input;
  return writeTx(ctx, async (trx, audit) => {
    const day = await readDay(trx, date, group);
    const current = day.marks;
    const allowed = new Set(day.children.map((c) => c.id));

    const issues: FieldIssue[] = [];
    const seen = new Set<string>();
    const strangers: Array<{ i: number; id: string }> = [];
    input.marks.forEach((m, i) => {
      if (seen.has(m.residentId)) issues.push({ path: `marks.${i}.residentId`, message: 'daily.errors.twice' });
      seen.add(m.residentId);
      if (!allowed.has(m.residentId)) strangers.push({ i, id: m.residentId });
    });
    if (strangers.length) {
      // Why each is refused: in care that day in another group, or not in care that day at all.
      const elsewhere = new Map(
        (await inCareOn(trx, date).select(['id', 'group_name']).where('id', 'in', strangers.map((s) => s.id)).execute()).map((r) => [r.id, r.group_name]),
      );
      for (const s of strangers) {
        const other = elsewhere.get(s.id);
        issues.push(
          other !== undefined
            ? { path: `marks.${s.i}.residentId`, message: 'daily.errors.otherGroup', params: { group: other } }
            : { path: `marks.${s.i}.residentId`, message: 'daily.errors.notInCare', params: { date } },
        );
      }
    }
    if (issues.length) throw invalid(issues);

    const now = ctx.now().toISOString();
    const by = ctx.actor.username;
    const rows: AttendanceTable[] = [];
    const changes: Array<{ residentId: string; before: MarkRow | null; after: MarkRow }> = [];
    const after = new Map<string, MarkRow>(current);
    for (const m of input.marks) {
      const was = current.get(m.residentId);
      if (was && was.status === m.status && was.note === m.note) continue;
      rows.push({ resident_id: m.residentId, date, group_name: group, status: m.status, note: m.note, recorded_by: by, created_at: was?.created_at ?? now, updated_at: now });
      changes.push({ residentId: m.residentId, before: was ? { status: was.status, note: was.note } : null, after: { status: m.status, note: m.note } });
      after.set(m.residentId, { status: m.status, note: m.note });
    }
    if (rows.length === 0 && day.saved) return { ...composeRollCall(date, group, day.children, current, day.saved), changed: 0 };

    for (let i = 0; i < rows.length; i += MARKS_PER_INSERT) {
      await trx
        .insertInto('attendance')
        .values(rows.slice(i, i + MARKS_PER_INSERT))
        .onConflict((oc) =>
          oc.columns(['resident_id', 'date']).doUpdateSet({
            status: (eb) => eb.ref('excluded.status'),
            note: (eb) => eb.ref('excluded.note'),
            group_name: (eb) => eb.ref('excluded.group_name'),
            recorded_by: (eb) => eb.ref('excluded.recorded_by'),
            updated_at: (eb) => eb.ref('excluded.updated_at'),
          }),
        )
        .execute();
    }
    const savedRow = {
      date,
      group_name: group,
      children: allowed.size,
      marked: after.size,
      saved_by: by,
      first_saved_at: day.saved?.first_saved_at ?? now,
      saved_at: now,
    };
    await trx
      .insertInto('roll_calls')
      .values(savedRow)
      .onConflict((oc) =>
        oc.columns(['date', 'group_name']).doUpdateSet({
          children: (eb) => eb.ref('excluded.children'),
          marked: (eb) => eb.ref('excluded.marked'),
          saved_by: (eb) => eb.ref('excluded.saved_by'),
          saved_at: (eb) => eb.ref('excluded.saved_at'),
        }),
      )
      .execute();
    if (changes.length) {
      await audit({ action: 'roll_call.save', entity: 'roll_call', entityId: `${date}/${group}`, after: { date, group, changes } });
    }
    return { ...composeRollCall(date, group, day.children, after, savedRow), changed: rows.length };
  });
}

function noteDto(r: Awaited<ReturnType<typeof notesOfDay>>[number]): CareNoteDto {
  return {
    id: r.id,
    residentId: r.resident_id,
    lastName: r.last_name,
    firstName: r.first_name,
    date: r.date,
    time: r.time,
    kind: r.kind as CareNoteKind,
    text: r.text,
    author: r.author,
    createdAt: r.created_at,
  };
}

/**
 * One note for one or several children (the same text on each child's log), in one transaction
 * with one audit entry per child. A child not in care on the note's date is refused.
 */
export async function addCareNotes(ctx: Ctx, input: CareNoteAdd): Promise<{ ids: string[] }> {
  refuseFuture(ctx, input.date);
  const ids = [...new Set(input.residentIds)];
  return writeTx(ctx, async (trx) => {
    const found = new Set((await inCareOn(trx, input.date).select('id').where('id', 'in', ids).execute()).map((r) => r.id));
    const issues: FieldIssue[] = [];
    input.residentIds.forEach((id, i) => {
      if (!found.has(id)) issues.push({ path: `residentIds.${i}`, message: 'daily.errors.notInCare', params: { date: input.date } });
    });
    if (issues.length) throw invalid(issues);
    const now = ctx.now().toISOString();
    const rows: CareNotesTable[] = ids.map((id) => ({
      id: uuidv7(ctx.now().getTime()),
      resident_id: id,
      date: input.date,
      time: input.time,
      kind: input.kind,
      text: input.text,
      author: ctx.actor.username,
      created_at: now,
      updated_at: now,
      voided_at: null,
      void_reason: '',
    }));
    await trx.insertInto('care_notes').values(rows).execute();
    await appendAuditMany(
      trx,
      ctx,
      rows.map((r) => ({
        action: 'care_note.create',
        entity: 'resident',
        entityId: r.resident_id,
        after: { noteId: r.id, date: r.date, time: r.time, kind: r.kind, text: r.text },
      })),
    );
    return { ids: rows.map((r) => r.id) };
  });
}

/** A child's daily log: each day with a mark or a note, newest first. */
export async function childLog(ctx: Ctx, input: { residentId: string; to?: string; days: number }): Promise<ChildLogDay[]> {
  const to = input.to ?? todayOf(ctx);
  const from = addDays(to, -(input.days - 1));
  return readTx(ctx, async (db) => {
    const exists = await db.selectFrom('residents').select('id').where('id', '=', input.residentId).executeTakeFirst();
    if (!exists) throw new AppError('not_found', 'residents.notFound');
    const [marks, notes] = await Promise.all([marksOfChild(db, input.residentId, from, to), notesOfChild(db, input.residentId, from, to)]);
    const days = new Map<string, ChildLogDay>();
    const day = (date: string) => {
      let d = days.get(date);
      if (!d) days.set(date, (d = { date, status: null, statusNote: '', notes: [] }));
      return d;
    };
    for (const m of marks) Object.assign(day(m.date), { status: m.status as AttendanceStatus, statusNote: m.note });
    for (const n of notes) day(n.date).notes.push(noteDto(n));
    return [...days.values()].sort((a, b) => (a.date < b.date ? 1 : -1));
  });
}

const NOTES_SHOWN = 200;

/** A date's counts by status for each group and in all, and its notes. */
export async function daySummary(ctx: Ctx, date: string): Promise<DaySummaryDto> {
  refuseFuture(ctx, date);
  return readTx(ctx, async (db) => {
    const [groups, counts, saved, notes, kinds, incidents, doses, measures] = await Promise.all([
      groupsInCare(db, date),
      countsOfDay(db, date),
      rollCallsBetween(db, date, date),
      notesOfDay(db, date, NOTES_SHOWN),
      noteKindsOfDay(db, date),
      incidentsOn(db, date),
      doseCounts(db, date),
      measuresOn(db, date),
    ]);
    const names = new Set([...groups.map((g) => g.group_name), ...counts.map((c) => c.group_name)]);
    const savedGroups = new Set(saved.map((s) => s.group_name));
    const totals = { ...emptyCounts(), children: 0, unmarked: 0 };
    const out = [...names].sort(azCollator.compare).map((group) => {
      const c = emptyCounts();
      for (const r of counts) if (r.group_name === group) c[r.status as AttendanceStatus] += Number(r.n);
      const marked = Object.values(c).reduce((a, b) => a + b, 0);
      const children = Math.max(Number(groups.find((g) => g.group_name === group)?.children ?? 0), marked);
      for (const s of Object.keys(c) as AttendanceStatus[]) totals[s] += c[s];
      totals.children += children;
      totals.unmarked += children - marked;
      return { group, children, saved: savedGroups.has(group), counts: c, unmarked: children - marked };
    });
    const notesByKind = Object.fromEntries(CARE_NOTE_KINDS.map((k) => [k, 0])) as Record<CareNoteKind, number>;
    for (const k of kinds) notesByKind[k.kind as CareNoteKind] = Number(k.n);
    return { date, groups: out, totals, notes: notes.map(noteDto), notesByKind, incidents, doses, measures };
  });
}

/**
 * A month's calendar: for each day, the groups whose roll call is saved and those still missing.
 * A group is expected on a day (past or today) from the day its first current child was admitted
 * (inCareOn's rule); days after today expect nothing.
 */
export async function monthCalendar(ctx: Ctx, month: string): Promise<MonthCalendarDto> {
  const today = todayOf(ctx);
  const days = daysOfMonth(month);
  return readTx(ctx, async (db) => {
    const [groups, saved] = await Promise.all([groupsInCare(db, days[days.length - 1]!), rollCallsBetween(db, days[0]!, days[days.length - 1]!)]);
    const savedOn = new Map<string, Set<string>>();
    for (const s of saved) (savedOn.get(s.date) ?? savedOn.set(s.date, new Set()).get(s.date)!).add(s.group_name);
    const names = [...new Set([...groups.map((g) => g.group_name), ...saved.map((s) => s.group_name)])].sort(azCollator.compare);
    return {
      month,
      groups: names,
      days: days.map((date) => {
        const done = savedOn.get(date) ?? new Set<string>();
        const missing = date > today ? [] : groups.filter((g) => g.since <= date && !done.has(g.group_name)).map((g) => g.group_name);
        return { date, saved: names.filter((n) => done.has(n)), missing: missing.sort(azCollator.compare) };
      }),
    };
  });
}

/** Groups with children in care today and no saved roll call (the dashboard's signal). */
export async function groupsMissingRollCall(db: ReadDb, today: string): Promise<string[]> {
  const rows = await inCareOn(db, today)
    .select('group_name')
    .distinct()
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('roll_calls').select(sql<number>`1`.as('one')).where('roll_calls.date', '=', today).whereRef('roll_calls.group_name', '=', 'residents.group_name'))),
    )
    .execute();
  return rows.map((r) => r.group_name);
}
