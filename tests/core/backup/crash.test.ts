import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../src-main/core/audit/audit';
import { openDatabase } from '../../../src-main/core/db/connection';
import { systemCtx } from '../../../src-main/core/session';
import { removeLeftovers, writeBackup } from '../../../src-main/core/backup/backup';
import { backupTimeOf, PARTIAL_SUFFIX } from '../../../src-main/core/backup/files';
import { discardRestore, prepareRestore } from '../../../src-main/core/backup/restore';
import { ageDecrypt } from '../../../src-main/core/packages/crypto/age';
import { exportPackage } from '../../../src-main/core/packages/export/exporter';
import { openSigner } from '../../../src-main/core/packages/keys-service';
import { tempDir } from '../../helpers/db';
import { addChild, addCleanChildren, readyInstitution, store } from '../packages/db-fixture';

// Nothing lost on a crash: a child process writes children and staff members through the real
// core (and, in the other rounds, takes backups or exports packages at the same time) and prints
// each acknowledged write; it is killed with SIGKILL at a random moment. After every kill the
// database passes the integrity check, every acknowledged write is in it, the audit chain holds,
// and no half-written backup or package carries a whole one's name. Random moments, but from a
// seed printed with each failure.

const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'crash-child.ts');
const PASSPHRASE = 'crash test passphrase';

let seed = Number(process.env.QAYGI_CRASH_SEED ?? Date.now() % 100_000);
const random = () => {
  // mulberry32: the same seed, the same kill moments.
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const startSeed = seed;

interface Killed {
  acks: Array<[kind: string, id: string]>;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Starts the child, waits until it is writing, then SIGKILLs it after `minMs`…`maxMs` more. */
function runAndKill(args: string[], minMs: number, maxMs: number): Promise<Killed> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    let armed = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (!armed && out.includes('ack ')) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), minMs + random() * (maxMs - minMs));
      }
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (_code, signal) => {
      // Only whole lines: a line cut by the kill was not acknowledged.
      const lines = out.split('\n').slice(0, -1);
      const acks = lines.filter((l) => l.startsWith('ack ')).map((l) => l.split(' ').slice(1) as [string, string]);
      done({ acks, signal, stderr });
    });
  });
}

/** The database after a kill, as the app would open it next: whole, every acknowledged write in it, the chain intact. */
async function checkDatabase(dbFile: string, acked: Array<[string, string]>, note: string): Promise<void> {
  const conn = await openDatabase(dbFile);
  try {
    expect(conn.sqlite.pragma('integrity_check'), note).toEqual([{ integrity_check: 'ok' }]);
    const residents = new Set((conn.sqlite.prepare('SELECT id FROM residents').all() as Array<{ id: string }>).map((r) => r.id));
    const staff = new Set((conn.sqlite.prepare('SELECT id FROM staff').all() as Array<{ id: string }>).map((r) => r.id));
    const packages = new Set((conn.sqlite.prepare('SELECT file_name FROM packages').all() as Array<{ file_name: string }>).map((r) => r.file_name));
    const lost = acked.filter(([kind, id]) =>
      kind === 'resident' ? !residents.has(id) : kind === 'staff' ? !staff.has(id) : kind === 'package' ? !packages.has(id) : false,
    );
    expect(lost, note).toEqual([]);
    expect(await verifyAuditChain(conn.db), note).toMatchObject({ ok: true });
  } finally {
    await conn.close();
  }
}

// Under load (a shared CI machine) fewer writes, backups or packages complete between the random
// kills: each test keeps killing past its base rounds, up to a cap, until it has exercised what it
// checks; the checks after the loop still fail when that never happens.
describe('nothing lost on a crash', { timeout: 180_000 }, () => {
  it(`keeps every acknowledged write through 20 SIGKILLs (seed ${startSeed})`, async () => {
    const dbFile = join(tempDir(), 'qaygi.db');
    const acked: Array<[string, string]> = [];
    const enough = () => acked.filter(([k]) => k === 'resident').length > 20 && acked.filter(([k]) => k === 'staff').length > 20;
    for (let round = 0; round < 20 || (!enough() && round < 40); round++) {
      const k = await runAndKill(['writes', dbFile], 0, 150);
      expect(k.signal, k.stderr).toBe('SIGKILL');
      acked.push(...k.acks);
      await checkDatabase(dbFile, acked, `round ${round}, seed ${startSeed}`);
    }
    expect(acked.filter(([k]) => k === 'resident').length).toBeGreaterThan(20);
    expect(acked.filter(([k]) => k === 'staff').length).toBeGreaterThan(20);
  });

  it(`never leaves a half-written backup under a backup's name, and the next backup works (seed ${startSeed})`, async () => {
    const dir = tempDir();
    const dbFile = join(dir, 'qaygi.db');
    const folder = join(dir, 'backups');
    mkdirSync(folder);
    const acked: Array<[string, string]> = [];
    const checked = new Set<string>();
    let killedMidway = 0;
    for (let round = 0; round < 8 || ((checked.size <= 3 || killedMidway === 0) && round < 24); round++) {
      const k = await runAndKill(['backup', dbFile, folder, String(round * 1000)], 50, 700);
      expect(k.signal, k.stderr).toBe('SIGKILL');
      acked.push(...k.acks);
      const note = `round ${round}, seed ${startSeed}`;
      await checkDatabase(dbFile, acked, note);
      const names = readdirSync(folder);
      if (names.some((n) => n.endsWith(PARTIAL_SUFFIX)) || readdirSync(dir).some((n) => n.startsWith('.qaygi-backup-'))) killedMidway++;
      // Every acknowledged backup is there; every file named as a backup is a whole one, which a
      // restore accepts (decrypts, integrity_check, audit chain, schema).
      for (const [kind, name] of k.acks) if (kind === 'backup') expect(names, note).toContain(name);
      for (const name of names.filter((n) => backupTimeOf(n) && !checked.has(n))) {
        const p = await prepareRestore({ dbFile: join(tempDir(), 'scratch.db'), from: join(folder, name), passphrase: PASSPHRASE, now: () => new Date() });
        discardRestore(p);
        checked.add(name);
      }
    }
    expect(checked.size).toBeGreaterThan(3);
    // The kills did land inside backups (a .partial or a plain copy left behind), not only between them.
    expect(killedMidway).toBeGreaterThan(0);

    // The next backup: the leftovers go, the backup is whole.
    const conn = await openDatabase(dbFile);
    try {
      removeLeftovers(dir, folder);
      const out = join(folder, 'qaygi-backup-20270101T000000Z.age');
      await writeBackup({ sqlite: conn.sqlite, out, passphrase: PASSPHRASE, logN: 10 });
      expect(readdirSync(folder).filter((n) => !backupTimeOf(n))).toEqual([]);
      expect(readdirSync(dir).filter((n) => n.startsWith('.qaygi-'))).toEqual([]);
      discardRestore(await prepareRestore({ dbFile: join(tempDir(), 'scratch.db'), from: out, passphrase: PASSPHRASE, now: () => new Date() }));
    } finally {
      await conn.close();
    }
  });

  it(`never leaves a half-written package under a package's name, and the next export works (seed ${startSeed})`, async () => {
    const dir = tempDir();
    const dbFile = join(dir, 'qaygi.db');
    const outDir = join(dir, 'packages');
    let ministryIdentity: string;
    {
      const conn = await openDatabase(dbFile);
      const ctx = systemCtx(conn.db, 'test', () => new Date('2026-11-26T10:00:00Z'));
      const { ministry } = await readyInstitution(ctx);
      ministryIdentity = ministry.identity;
      await addCleanChildren(ctx);
      // Enough children that an export takes a while: the kills fall inside exports, and the
      // months exported stay in the past.
      for (let i = 0; i < 150; i++) await addChild(ctx, { firstName: `Uşaq ${i}`, admissionDate: '2010-01-01', dateOfBirth: '2009-06-01' });
      await conn.close();
    }
    const acked: Array<[string, string]> = [];
    const checked = new Set<string>();
    for (let round = 0; round < 8 || (!acked.some(([k]) => k === 'package') && round < 20); round++) {
      // Months from where the last run stopped: each export makes one file (recorded, or whole and
      // unrecorded when the kill fell between its rename and its commit), so no name comes twice.
      const made = existsSync(outDir) ? readdirSync(outDir).filter((n) => !n.endsWith(PARTIAL_SUFFIX)).length : 0;
      const k = await runAndKill(['export', dbFile, outDir, String(made)], 0, 600);
      expect(k.signal, k.stderr).toBe('SIGKILL');
      acked.push(...k.acks);
      const note = `round ${round}, seed ${startSeed}`;
      await checkDatabase(dbFile, acked, note);
      const names = existsSync(outDir) ? readdirSync(outDir) : [];
      // Every file named as a package decrypts to its last chunk: whole (a crash between the
      // rename and the record leaves a whole file no record names, never a half one).
      for (const name of names.filter((n) => !n.endsWith(PARTIAL_SUFFIX) && !checked.has(n))) {
        expect(() => ageDecrypt(readFileSync(join(outDir, name)), ministryIdentity), `${note}: ${name}`).not.toThrow();
        checked.add(name);
      }
    }
    expect(acked.filter(([k]) => k === 'package').length).toBeGreaterThan(0);
    const conn = await openDatabase(dbFile);
    try {
      const ctx = systemCtx(conn.db, 'test', () => new Date('2026-11-26T10:00:00Z'));
      // Every recorded package has its file.
      for (const { file_name } of conn.sqlite.prepare('SELECT file_name FROM packages').all() as Array<{ file_name: string }>) {
        expect(existsSync(join(outDir, file_name))).toBe(true);
      }
      const r = await exportPackage(ctx, { period: '2026-Q3', outDir, signer: await openSigner(ctx, store()), acceptProblems: 'after the crashes' });
      expect(existsSync(r.path)).toBe(true);
    } finally {
      await conn.close();
    }
  });
});
