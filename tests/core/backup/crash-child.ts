// The process the crash test kills (tests/core/backup/crash.test.ts): it writes through the real
// core in a loop and prints one line per acknowledged write (`ack <kind> <id>`) once the write has
// returned, i.e. committed. stdout to a pipe is synchronous on Linux: a line the parent read was
// written after the commit. Modes:
//   writes DB              children and staff members, one after the other
//   backup DB FOLDER N     backups into FOLDER back to back (file names from N on), children beside them
//   export DB OUTDIR N     package exports of successive months (from the N-th), children beside them
import { join } from 'node:path';
import { openDatabase } from '../../../src-main/core/db/connection';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import { systemCtx } from '../../../src-main/core/session';
import { writeBackup } from '../../../src-main/core/backup/backup';
import { backupFileName } from '../../../src-main/core/backup/files';
import { exportPackage } from '../../../src-main/core/packages/export/exporter';
import { openSigner } from '../../../src-main/core/packages/keys-service';
import { passphraseKeyStore } from '../../../src-main/core/packages/crypto/keystore';

const [mode, dbFile, dir, from] = process.argv.slice(2);
const conn = await openDatabase(dbFile!);
const ctx = systemCtx(conn.db, 'test');
const ack = (kind: string, id: string) => process.stdout.write(`ack ${kind} ${id}\n`);
let n = 0;
const tag = `${process.pid}`;

async function child(): Promise<void> {
  const r = await dispatch(ctx, 'residents.create', {
    lastName: 'Sınaq', firstName: `Uşaq ${tag}-${n++}`, patronymic: '', sex: 'F', dateOfBirth: '2016-05-01',
    admissionDate: '2026-11-20', legalStatus: 'orphan', confirmDuplicate: true,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  ack('resident', r.value.id);
}

async function staff(): Promise<void> {
  const r = await dispatch(ctx, 'staff.create', {
    lastName: 'Sınaq', firstName: `İşçi ${tag}-${n++}`, patronymic: '', sex: 'M', dateOfBirth: '1980-01-01',
    position: 'caregiver', employmentType: 'full_time', hiredDate: '2020-01-01',
  });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  ack('staff', r.value.id);
}

/** `yielding`: a macrotask between writes, as the app's calls arrive (IPC, HTTP), so the backup's steps run between them. */
async function writesForever(yielding = false): Promise<never> {
  for (;;) {
    await child();
    await staff();
    if (yielding) await new Promise((r) => setImmediate(r));
  }
}

process.stdout.write('ready\n');
if (mode === 'writes') await writesForever();
if (mode === 'backup') {
  void writesForever(true);
  for (let i = Number(from); ; i++) {
    const name = backupFileName(new Date(Date.UTC(2026, 0, 1) + i * 1000));
    await writeBackup({ sqlite: conn.sqlite, out: join(dir!, name), passphrase: 'crash test passphrase', logN: 10 });
    ack('backup', name);
  }
}
if (mode === 'export') {
  const signer = await openSigner(ctx, passphraseKeyStore('correct horse battery staple'));
  void writesForever(true);
  for (let i = Number(from); ; i++) {
    const period = `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    const r = await exportPackage(ctx, { period, outDir: dir!, signer, acceptProblems: 'crash test' });
    ack('package', r.fileName);
  }
}
