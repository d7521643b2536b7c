// `npm run bench`: speed of the residents register and the daily roll call on a synthetic institution (10,000 current
// children by default, plus the discharged ones), built with the demo generator in a temporary file.
// Every operation goes through `dispatch` (permission, zod, service, Kysely) and is reported as a
// median over several repetitions, next to a baseline measured in the same run: raw better-sqlite3
// prepared statements doing the same SQL work. The ratio is what the layers above SQLite cost.
//   npm run bench -- [--children N] [--reps R]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src-main/core/db/connection';
import { systemCtx } from '../src-main/core/session';
import { todayOf } from '../src-main/core/context';
import { dispatch } from '../src-main/core/contract/dispatch';
import type { Result } from '../src-main/core/contract/errors';
import { generateDemo } from '../src-main/core/demo/generate';
import { residentRows, writeDemo } from '../src-main/core/demo/write';
import { residentColumns } from '../src-main/core/residents/service';
import { ResidentCreateInput } from '../src-main/core/residents/schema';
import { uuidv7 } from '../src-main/core/ids';
import { periodOf, previousPeriod } from '../src-main/core/reports/period';

const { values: args } = parseArgs({ options: { children: { type: 'string' }, reps: { type: 'string' } } });
const CHILDREN = Number(args.children ?? 10_000);
const REPS = Number(args.reps ?? 9);
const PAGE = 100;

interface Row {
  name: string;
  ms: number;
  baseMs: number;
  baseline: string;
  runs: string;
}
const results: Row[] = [];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Median milliseconds per call: `reps` timed rounds of `inner` calls each, after one warm-up round. */
async function measure(fn: (i: number) => unknown, reps = REPS, targetMs = 25): Promise<{ ms: number; runs: string }> {
  let i = 0;
  await fn(i++); // warm-up (first-call compilation), not timed
  const t0 = performance.now();
  for (let w = 0; w < 3; w++) await fn(i++); // an estimate of one call
  const once = Math.max((performance.now() - t0) / 3, 0.001);
  const inner = Math.max(1, Math.min(2000, Math.round(targetMs / once)));
  const times: number[] = [];
  for (let r = 0; r < reps; r++) {
    const start = performance.now();
    for (let k = 0; k < inner; k++) await fn(i++);
    times.push((performance.now() - start) / inner);
  }
  return { ms: median(times), runs: `${reps}×${inner}` };
}

async function bench(name: string, op: (i: number) => unknown, baseline: string, base: (i: number) => unknown, reps = REPS) {
  const b = await measure(base, reps);
  const m = await measure(op, reps);
  results.push({ name, ms: m.ms, baseMs: b.ms, baseline, runs: m.runs });
  process.stderr.write(`  ${name}: ${m.ms.toFixed(3)} ms\n`);
}

/** Unwraps a dispatch result; a failed call is a bug in the benchmark, not a number to report. */
async function ok<T>(p: Promise<Result<T>>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const dir = mkdtempSync(join(tmpdir(), 'qaygi-bench-'));
try {
  process.stderr.write(`Building a synthetic institution of ${CHILDREN} children in ${dir} …\n`);
  const conn = await openDatabase(join(dir, 'bench.db'));
  const ctx = systemCtx(conn.db, 'cli');
  // daily: false — the daily section below writes its own ten years of history for one group.
  const summary = await writeDemo(ctx, { children: CHILDREN, seed: 1, daily: false });
  const raw = conn.sqlite; // the same file through the same driver, without the layers above it
  const current = summary.residents + summary.dayAttendees;
  const ids = raw.prepare('SELECT id FROM residents ORDER BY id').pluck().all() as string[];
  const pick = (i: number) => ids[(i * 7919) % ids.length]!;

  const LIST = `SELECT id, fin, last_name, first_name, patronymic, sex, date_of_birth, group_name, status, admission_date, disability
    FROM residents WHERE status IN ('resident', 'day_attendee')`;
  const COUNT = `SELECT count(*) FROM residents WHERE status IN ('resident', 'day_attendee')`;
  const rawPage = raw.prepare(`${LIST} ORDER BY sort_key, id LIMIT ? OFFSET ?`);
  const rawCount = raw.prepare(COUNT);
  const match = `(search_key LIKE ? OR search_key LIKE ?)`;
  const rawFiltered = raw.prepare(`${LIST} AND ${match} ORDER BY sort_key, id LIMIT ? OFFSET 0`);
  const rawFilteredCount = raw.prepare(`${COUNT} AND ${match}`);
  const rawSearch = raw.prepare(`SELECT id, last_name, first_name, patronymic, date_of_birth, fin, status, search_key, sort_key
    FROM residents WHERE ${match} ORDER BY sort_key LIMIT 2000`);
  const rawGet = raw.prepare('SELECT * FROM residents WHERE id = ?');

  process.stderr.write('Measuring…\n');
  await bench(
    'residents.list, first page by name',
    () => ok(dispatch(ctx, 'residents.list', { sort: 'name', limit: PAGE })),
    'same page + count, prepared',
    () => (rawCount.get(), rawPage.all(PAGE, 0)),
  );
  const deep = Math.max(0, current - 2 * PAGE);
  await bench(
    `residents.list, page at row ${deep}`,
    () => ok(dispatch(ctx, 'residents.list', { sort: 'name', limit: PAGE, offset: deep })),
    'same page + count, prepared',
    () => (rawCount.get(), rawPage.all(PAGE, deep)),
  );
  await bench(
    'residents.list, filtered "məmmədov"',
    () => ok(dispatch(ctx, 'residents.list', { sort: 'name', limit: PAGE, query: 'məmmədov' })),
    'same LIKE page + count, prepared',
    () => (rawFilteredCount.get('memmedov%', '% memmedov%'), rawFiltered.all('memmedov%', '% memmedov%', PAGE)),
  );
  await bench(
    'residents.search "ismayilov"',
    () => ok(dispatch(ctx, 'residents.search', { query: 'ismayilov' })),
    'same LIKE candidates, prepared',
    () => rawSearch.all('ismayilov%', '% ismayilov%'),
  );
  await bench(
    'residents.get',
    (i) => ok(dispatch(ctx, 'residents.get', { id: pick(i) })),
    'SELECT * by id, prepared',
    (i) => rawGet.get(pick(i)),
  );

  // The quarter's indicators (issue 12) against the best raw SQL floor for the same headline answer:
  // the population return by sex (each admission paired with the exit that ended it) and the exits
  // by destination, two prepared GROUP BY queries; checked equal to the call's before timing.
  const quarter = previousPeriod(periodOf('quarter', todayOf(ctx)));
  const rawPopulation = raw.prepare(`WITH ev AS (
      SELECT resident_id, kind, started_on,
        lead(kind) OVER w AS next_kind, lead(started_on) OVER w AS next_on
      FROM care_episodes WHERE kind IN ('admission', 'exit') AND voided_at IS NULL AND started_on <= @end
      WINDOW w AS (PARTITION BY resident_id ORDER BY started_on, kind = 'exit', created_at)),
    s AS (SELECT resident_id, started_on AS a_on, CASE next_kind WHEN 'exit' THEN next_on END AS e_on FROM ev WHERE kind = 'admission')
    SELECT r.sex, sum(a_on < @start AND (e_on IS NULL OR e_on >= @start)) AS opening, sum(a_on >= @start) AS admissions,
      sum(e_on BETWEEN @start AND @end) AS exits, sum(e_on IS NULL OR e_on > @end) AS closing
    FROM s JOIN residents r ON r.id = s.resident_id GROUP BY r.sex ORDER BY r.sex`);
  const rawExits = raw.prepare(`SELECT destination, count(*) AS n FROM care_episodes
    WHERE kind = 'exit' AND voided_at IS NULL AND started_on BETWEEN @start AND @end GROUP BY destination`);
  const floor = () => ({ population: rawPopulation.all(quarter), exits: rawExits.all(quarter) });
  {
    const r = await ok(dispatch(ctx, 'reports.indicators', { period: quarter.label }));
    const f = floor() as { population: Array<{ sex: 'M' | 'F'; opening: number; admissions: number; exits: number; closing: number }>; exits: Array<{ destination: string; n: number }> };
    for (const row of f.population) {
      const { sex, ...flow } = row;
      if (JSON.stringify(flow) !== JSON.stringify(r.population.bySex[sex])) throw new Error(`report ≠ raw SQL for ${sex}: ${JSON.stringify([flow, r.population.bySex[sex]])}`);
    }
    for (const e of f.exits) if (r.exits.byDestination[e.destination as 'other'] !== e.n) throw new Error(`report ≠ raw SQL for exits to ${e.destination}`);
    process.stderr.write(`  ${quarter.label}: ${r.population.opening} + ${r.population.admissions} − ${r.population.exits} = ${r.population.closing}\n`);
  }
  await bench(
    `reports.indicators, ${quarter.label} (all indicators)`,
    () => ok(dispatch(ctx, 'reports.indicators', { period: quarter.label })),
    'population by sex + exits by destination, 2 prepared GROUP BYs',
    floor,
    5,
  );

  // —— issue 12, the Reports screen (reports engineer): what opening the screen asks for — the
  // quarter's whole report with every domain's section, and the previous quarter's beside it. ——
  await bench(
    `Reports screen: ${quarter.label} + ${previousPeriod(quarter).label} (all sections)`,
    () => Promise.all([quarter.label, previousPeriod(quarter).label].map((period) => ok(dispatch(ctx, 'reports.indicators', { period })))),
    'the same 2 prepared GROUP BYs, for each quarter',
    () => [quarter, previousPeriod(quarter)].map((q) => ({ population: rawPopulation.all(q), exits: rawExits.all(q) })),
    5,
  );

  // Writes: each call a new child (unique name and birthday, so no duplicate to confirm).
  const today = todayOf(ctx);
  const newChild = (i: number) => ({
    lastName: 'Sınaqov',
    firstName: 'Elçin',
    patronymic: `Ramil oğlu ${i}`,
    sex: 'M' as const,
    dateOfBirth: '2015-03-14',
    admissionDate: today,
    fin: null,
  });
  const columns = Object.keys(residentRows(generateDemo({ children: 1, seed: 1, today })).at(0)!);
  const rawInsert = raw.prepare(`INSERT INTO residents (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
  const { confirmDuplicate: _cd, ...templateFields } = ResidentCreateInput.parse({ ...newChild(0), lastName: 'Xamqaqov' });
  const template = residentColumns(templateFields);
  const rawInsertTx = raw.transaction((row: Record<string, unknown>) => rawInsert.run(row));
  await bench(
    'residents.create',
    (i) => ok(dispatch(ctx, 'residents.create', newChild(i))),
    'one INSERT in a transaction, prepared',
    (i) => {
      const now = new Date().toISOString();
      rawInsertTx({ ...template, id: uuidv7(), version: 1, created_at: now, updated_at: now, patronymic: `r${i}`, name_key: `r${i}` });
    },
  );

  const target = await ok(dispatch(ctx, 'residents.get', { id: pick(1) }));
  let version = target.version;
  const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...fields } = target;
  const rawUpdate = raw.prepare('UPDATE residents SET notes = ?, version = version + 1, updated_at = ? WHERE id = ?');
  const rawUpdateTx = raw.transaction((notes: string, id: string) => rawUpdate.run(notes, new Date().toISOString(), id));
  await bench(
    'residents.update',
    async (i) => {
      const r = await ok(dispatch(ctx, 'residents.update', { ...fields, disabilityDiagnosis: fields.disabilityDiagnosis ?? '', id: target.id, version, notes: `bench ${i}` }));
      version = r.version;
    },
    'one UPDATE in a transaction, prepared',
    (i) => rawUpdateTx(`raw ${i}`, pick(2)),
  );
  // Daily care (issue 11). A group of 300 children in care, with ten years of roll calls behind it
  // (300 × 3,652 days ≈ 1.1 million marks, written raw: they are the history, not what is measured).
  const ROLL = 300;
  const rollIds = raw
    .prepare("SELECT id FROM residents WHERE status IN ('resident', 'day_attendee') ORDER BY id LIMIT ?")
    .pluck()
    .all(ROLL) as string[];
  const ROLL_GROUP = 'Bench-300';
  const setGroup = raw.prepare("UPDATE residents SET group_name = ?, admission_date = '2016-01-01' WHERE id = ?");
  // In care on a date comes from the care episodes (care/queries.ts inCareCondition): the stay's admission moves too.
  const setAdmission = raw.prepare("UPDATE care_episodes SET started_on = '2016-01-01' WHERE resident_id = ? AND kind = 'admission'");
  raw.transaction(() => rollIds.forEach((id) => (setGroup.run(ROLL_GROUP, id), setAdmission.run(id))))();
  const day = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
  const HISTORY_DAYS = 3652;
  const STATUSES = ['present', 'present', 'present', 'present', 'school_trip', 'home_leave', 'hospital', 'other'];
  {
    const put = raw.prepare(`INSERT INTO attendance (resident_id, date, group_name, status, note, recorded_by, created_at, updated_at)
      VALUES (?, ?, ?, ?, '', 'bench', ?, ?)`);
    const rc = raw.prepare(`INSERT INTO roll_calls (date, group_name, children, marked, saved_by, first_saved_at, saved_at) VALUES (?, ?, ?, ?, 'bench', ?, ?)`);
    const t0 = performance.now();
    raw.transaction(() => {
      for (let d = 1; d <= HISTORY_DAYS; d++) {
        const date = day(d);
        const at = `${date}T08:00:00.000Z`;
        for (let k = 0; k < ROLL; k++) put.run(rollIds[k]!, date, ROLL_GROUP, STATUSES[(d + k) % STATUSES.length]!, at, at);
        rc.run(date, ROLL_GROUP, ROLL, ROLL, at, at);
      }
    })();
    raw.exec('ANALYZE');
    process.stderr.write(`  (history: ${ROLL * HISTORY_DAYS} marks in ${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
  }
  const rawRollChildren = raw.prepare(`SELECT id, last_name, first_name, patronymic, sex, date_of_birth, group_name, sort_key FROM residents
    WHERE EXISTS (SELECT 1 FROM care_episodes a WHERE a.resident_id = residents.id AND a.kind = 'admission' AND a.voided_at IS NULL AND a.started_on <= ?
      AND NOT EXISTS (SELECT 1 FROM care_episodes e WHERE e.resident_id = a.resident_id AND e.kind = 'exit' AND e.voided_at IS NULL
        AND e.started_on >= a.started_on AND e.started_on <= ?))
      AND group_name <> '' AND group_name = ? ORDER BY sort_key, id`);
  const rawRollMarks = raw.prepare('SELECT resident_id, status, note, created_at FROM attendance WHERE date = ? AND group_name = ?');
  const rawRollCall = raw.prepare('SELECT * FROM roll_calls WHERE date = ? AND group_name = ?');
  await bench(
    `daily.rollCall, ${ROLL} children, a day within 10 years of history`,
    (i) => ok(dispatch(ctx, 'daily.rollCall', { date: day(1 + ((i * 97) % HISTORY_DAYS)), group: ROLL_GROUP })),
    'same two SELECTs + the roll call row, prepared',
    (i) => {
      const date = day(1 + ((i * 97) % HISTORY_DAYS));
      return [rawRollChildren.all(date, date, ROLL_GROUP), rawRollMarks.all(date, ROLL_GROUP), rawRollCall.get(date, ROLL_GROUP)];
    },
  );
  // Saving: every save changes all 300 marks (present ↔ home leave), so each writes 300 marks and
  // 300 audit entries. The floor: the same 300 upserts as ONE prepared multi-row statement in a
  // transaction, with nothing else (no reading, no checks, no roll-call row, no audit).
  const statusOf = (i: number) => (i % 2 ? 'present' : 'home_leave');
  const upsertValues = rollIds.map(() => "(?, ?, ?, ?, '', 'bench', ?, ?)").join(', ');
  const rawUpsert = raw.prepare(`INSERT INTO attendance (resident_id, date, group_name, status, note, recorded_by, created_at, updated_at)
    VALUES ${upsertValues} ON CONFLICT (resident_id, date) DO UPDATE SET status = excluded.status, note = excluded.note,
    group_name = excluded.group_name, recorded_by = excluded.recorded_by, updated_at = excluded.updated_at`);
  const floorDate = day(HISTORY_DAYS + 10); // a day of its own, outside the measured one
  const rawSaveTx = raw.transaction((i: number) => {
    const now = new Date().toISOString();
    rawUpsert.run(rollIds.flatMap((id) => [id, floorDate, ROLL_GROUP, statusOf(i), now, now]));
  });
  await bench(
    `daily.saveRollCall, ${ROLL} children changed, audited`,
    (i) => ok(dispatch(ctx, 'daily.saveRollCall', { date: today, group: ROLL_GROUP, marks: rollIds.map((id) => ({ residentId: id, status: statusOf(i) })) })),
    `one prepared ${ROLL}-row upsert in a transaction`,
    (i) => rawSaveTx(i),
  );

  // Durability (synchronous=FULL under WAL, see db/connection.ts): a roll-call-sized write — 300
  // rows in one transaction — under FULL against the same write under NORMAL, on the same file.
  // Until the daily-care domain lands its attendance table, the rows are written to a scratch
  // table shaped like it (date × child, status).
  raw.exec(`CREATE TABLE bench_roll_call (date TEXT NOT NULL, resident_id TEXT NOT NULL, status TEXT NOT NULL, note TEXT NOT NULL, PRIMARY KEY (date, resident_id)) STRICT`);
  const rollInsert = raw.prepare('INSERT OR REPLACE INTO bench_roll_call (date, resident_id, status, note) VALUES (?, ?, ?, ?)');
  const rollCall = raw.transaction((i: number) => {
    for (let k = 0; k < 300; k++) rollInsert.run(`2026-${String((i % 12) + 1).padStart(2, '0')}-01`, ids[k % ids.length]!, 'present', '');
  });
  const withSync = (mode: 'FULL' | 'NORMAL', fn: (i: number) => unknown) => (i: number) => {
    raw.pragma(`synchronous = ${mode}`);
    try {
      return fn(i);
    } finally {
      raw.pragma('synchronous = FULL');
    }
  };
  await bench('300-row roll-call write, synchronous=FULL', withSync('FULL', rollCall), 'the same write, synchronous=NORMAL', withSync('NORMAL', rollCall));
  await conn.close();

  // The demo generation itself: generator + validation + batched Kysely inserts + audit chain, plus
  // the staff and one account per role (a deliberately slow password hash each), against inserting
  // the same generated children's rows with one prepared statement (no audit, no staff).
  const rows = residentRows(generateDemo({ children: CHILDREN, seed: 1, today }));
  const insertSql = `INSERT INTO residents (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`;
  let n = 0;
  /** Median ms of `fn` on a fresh, migrated database each time (opening it is not timed); one warm-up. */
  async function onFreshDb(reps: number, fn: (conn: Awaited<ReturnType<typeof openDatabase>>) => unknown): Promise<number> {
    const times: number[] = [];
    for (let r = 0; r <= reps; r++) {
      const conn = await openDatabase(join(dir, `demo-${n++}.db`));
      const start = performance.now();
      await fn(conn);
      if (r > 0) times.push(performance.now() - start);
      await conn.close();
    }
    return median(times);
  }
  const demoReps = 3;
  const demoBase = await onFreshDb(demoReps, (conn) => {
    const ins = conn.sqlite.prepare(insertSql);
    conn.sqlite.transaction(() => {
      for (const row of rows) ins.run(row);
    })();
  });
  // The same demo as before daily care existed (its year of roll calls is not in the baseline).
  const demoMs = await onFreshDb(demoReps, (conn) => writeDemo(systemCtx(conn.db, 'cli'), { children: CHILDREN, seed: 1, daily: false }));
  results.push({
    name: `demo: ${CHILDREN} + ${rows.length - CHILDREN} children, staff, accounts, audited`,
    ms: demoMs,
    baseMs: demoBase,
    baseline: 'the children’s rows, one prepared INSERT each',
    runs: `${demoReps}×1`,
  });

  const table = [
    ['operation', 'median ms', 'baseline ms', 'ratio', 'runs', 'baseline'],
    ...results.map((r) => [r.name, r.ms.toFixed(3), r.baseMs.toFixed(3), `${(r.ms / r.baseMs).toFixed(1)}×`, r.runs, r.baseline]),
  ];
  const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
  const line = (row: string[]) =>
    row.map((cell, c) => (c >= 1 && c <= 3 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd();
  console.log(`\nQayğı bench: ${CHILDREN} current children (${ids.length} records), Node ${process.version}\n`);
  console.log(line(table[0]!));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table.slice(1)) console.log(line(row));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
