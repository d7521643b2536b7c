// Usage: npx tsx bench/same-answers.ts <tree> <database>
// Fingerprints of what a tree's code answers on one database: the whole indicator report (DTO and
// every drill-down list) of eight periods, and every file of three periods' packages (the bytes of
// each CSV as the export renders them, and the pre-check's result). Run it with the tree before a
// speed change (e.g. `git archive <commit> src-main package.json | tar -x -C /tmp/before`, with a
// node_modules link) and after, on a copy of the bench's file, and diff the two outputs: a speed
// change must not change a byte of them.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

const [tree, file] = process.argv.slice(2);
if (!tree || !file) throw new Error('usage: tsx bench/same-answers.ts <tree> <database>');
const root = resolve(tree);
const { openDatabase } = await import(`${root}/src-main/core/db/connection.ts`);
const { readTx } = await import(`${root}/src-main/core/db/read.ts`);
const { computeOn } = await import(`${root}/src-main/core/reports/run.ts`);
const { parseReportPeriod } = await import(`${root}/src-main/core/reports/period.ts`);
const { runPrecheck, requirePeriod } = await import(`${root}/src-main/core/packages/export/precheck.ts`);
const { renderCsv } = await import(`${root}/src-main/core/packages/export/resources/render.ts`);
const { RESOURCES } = await import(`${root}/src-main/core/packages/export/resources/index.ts`);

const hash = (s: string | Buffer) => createHash('sha256').update(s).digest('hex').slice(0, 16);
const conn = await openDatabase(file);
const ctx = { db: conn.db };
const today = '2026-12-01';
for (const label of ['2026-Q3', '2026-Q4', '2026-Q1', '2025', '2026-11', '2019-Q2', '2024-02', '2017-03-15..2018-09-30']) {
  const c = await readTx(ctx as never, (db: unknown) => computeOn(db, parseReportPeriod(label), today));
  const cells = JSON.stringify([...(c.cells as Map<string, unknown>)].sort(([a], [b]) => (a < b ? -1 : 1)));
  console.log('report', label, hash(JSON.stringify(c.dto)), hash(cells));
}
for (const label of ['2026-Q3', '2026-Q1', '2021-Q4']) {
  const { result, collected } = await readTx(ctx as never, (db: unknown) => runPrecheck(db, requirePeriod(label), today));
  for (const def of RESOURCES as Array<{ name: string; schema: unknown }>) {
    const rows = (collected as Array<{ name: string; rows: unknown[] }>).find((x) => x.name === def.name)!.rows;
    console.log('package', label, def.name, rows.length, hash(renderCsv(def.schema, rows)));
  }
  console.log('package', label, 'pre-check', hash(JSON.stringify(result)));
}
await conn.close();
