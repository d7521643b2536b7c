// Profiling aid (not part of `npm run bench`): one export of the last quarter at scale 1 from the
// cached institution, then N verifications, so `node --cpu-prof` shows where each spends its time.
//   npx tsx bench/profile-package.ts [export|verify|dump] [rounds]   (dump: the package and its keys to bench/results/)
//   node --import tsx --cpu-prof --cpu-prof-dir=<dir> bench/profile-package.ts verify 20
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src-main/core/db/connection';
import { systemCtx } from '../src-main/core/session';
import { periodOf, previousPeriod } from '../src-main/core/reports/period';
import { exportPackage } from '../src-main/core/packages/export/exporter';
import { verifyPackage } from '../src-main/core/packages/verify/verifier';
import { copyOf, institutionAt } from './institution';
import { packageKeys } from './package-keys';
import { trustFileText } from '../src-main/core/packages/keys-service';

const what = process.argv[2] ?? 'verify';
const rounds = Number(process.argv[3] ?? 20);
const today = new Date().toISOString().slice(0, 10);
const dir = mkdtempSync(join(tmpdir(), 'qaygi-prof-'));
try {
  const inst = await institutionAt(1, today, (s) => process.stderr.write(s));
  const conn = await openDatabase(copyOf(inst, dir));
  const ctx = systemCtx(conn.db, 'cli');
  const quarter = previousPeriod(periodOf('quarter', inst.today));
  const { ministry, signer, trust } = await packageKeys(ctx);
  const n = what === 'export' ? rounds : 1;
  let path = '';
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    path = (await exportPackage(ctx, { period: quarter.label, outDir: join(dir, `p${i}`), signer, acceptProblems: 'benchmark' })).path;
    if (what === 'export') process.stderr.write(`export ${(performance.now() - t0).toFixed(1)} ms\n`);
  }
  const bytes = readFileSync(path);
  if (what === 'dump') {
    mkdirSync(join('bench', 'results'), { recursive: true });
    writeFileSync(join('bench', 'results', 'package.age'), bytes);
    writeFileSync(join('bench', 'results', 'package-keys.json'), JSON.stringify({ identity: ministry.identity, trust: await trustFileText(ctx) }));
  }
  if (what === 'verify') {
    for (let i = 0; i < rounds; i++) {
      const t0 = performance.now();
      const r = await verifyPackage(bytes, { identity: ministry.identity, trust, now: new Date() });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      if (i === 0) process.stderr.write(`${r.value.resources.map((x) => `${x.name} ${x.rows} rows ${r.value.files.get(`data/${x.name}.csv`)!.length} B`).join('\n')}\n`);
      process.stderr.write(`verify ${(performance.now() - t0).toFixed(1)} ms\n`);
    }
  }
  await conn.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
