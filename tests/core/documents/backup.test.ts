import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Ctx } from '../../../src-main/core/context';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import { EXPORT_WORKER_SOURCE } from '../../../src-main/core/packages/export/worker-source';
import { composeHost } from '../../../src-main/host/compose';
import type { BackupJobDto } from '../../../src-main/core/backup/schema';
import { actor, tempDb } from '../../helpers/db';
import { childInput } from '../../helpers/residents';
import { tinyPdf, tinyPng } from '../../helpers/documents';

// Issue 15: a backup holds every document, and a restore brings each file back byte-identical
// (the bytes live in the database, attachment_blobs). Through the calls, on the host's composition.

const PASS = 'sənədlərin ehtiyat nüsxəsi';
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('documents in a backup', () => {
  it('restores every file byte-identical, a large one over many pages included, and forgets what was added after the backup', async () => {
    const { conn, dir } = await tempDb();
    const host = await composeHost({
      conn, via: 'web', packagesDir: join(dir, 'packages'), keyStore: {}, exportWorker: EXPORT_WORKER_SOURCE, delivery: false,
      backup: { logN: 10, schedule: false },
    });
    const ctx = (): Ctx => ({ db: conn.db, now: () => new Date(), actor: actor('director'), host: host.state });
    const call = async <T,>(name: string, input: unknown): Promise<T> => {
      const r = await dispatch(ctx(), name as never, input as never);
      if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
      return r.value as T;
    };
    const child = await call<{ id: string }>('residents.create', childInput());
    // A scan of 3 MB (random bytes after a PDF header: nothing compresses, it spans many pages).
    const big = Buffer.concat([tinyPdf('Qərar'), randomBytes(3 * 1024 * 1024)]);
    const photo = tinyPng(64, 48, [10, 120, 200]);
    const files = [
      { docType: 'admission_decision', bytes: big },
      { docType: 'photo', bytes: photo, thumbnailBase64: tinyPng(8, 6).toString('base64') },
      { docType: 'birth_certificate', bytes: tinyPdf('Doğum') },
    ];
    const ids: string[] = [];
    for (const f of files) {
      const a = await call<{ id: string; sha256: string }>('documents.add', {
        ownerType: 'resident', ownerId: child.id, docType: f.docType, dataBase64: f.bytes.toString('base64'), thumbnailBase64: f.thumbnailBase64 ?? null,
      });
      expect(a.sha256).toBe(sha(f.bytes));
      ids.push(a.id);
    }
    await call('backup.settings', { passphrase: PASS });
    let job = await call<BackupJobDto>('backup.run', {});
    for (let i = 0; i < 1000 && job.phase !== 'done' && job.phase !== 'failed'; i++) {
      await new Promise((r) => setTimeout(r, 10));
      job = (await call<{ job: BackupJobDto }>('backup.status', {})).job!;
    }
    expect(job.phase).toBe('done');

    // After the backup: one voided, one more added.
    await call('documents.void', { id: ids[2], reason: 'Səhv fayl' });
    const later = await call<{ id: string }>('documents.add', { ownerType: 'resident', ownerId: child.id, docType: 'other', dataBase64: tinyPdf('sonra').toString('base64') });

    await call('backup.restore', { fileName: job.result!.fileName, passphrase: PASS });
    for (const [i, f] of files.entries()) {
      const c = await call<{ dataBase64: string; mime: string }>('documents.content', { id: ids[i] });
      const back = Buffer.from(c.dataBase64, 'base64');
      expect(back.length).toBe(f.bytes.length);
      expect(back.equals(f.bytes)).toBe(true);
    }
    const list = await call<Array<{ id: string; voided: unknown; thumbnail: string | null }>>('documents.list', { ownerType: 'resident', ownerId: child.id });
    expect(list.map((a) => a.id).sort()).toEqual([...ids].sort());
    expect(list.every((a) => a.voided === null)).toBe(true);
    expect(list.find((a) => a.id === ids[1])!.thumbnail).toBe(`data:image/png;base64,${tinyPng(8, 6).toString('base64')}`);
    expect((await dispatch(ctx(), 'documents.content', { id: later.id })).ok).toBe(false);
    // The stored blobs hash to their names.
    const blobs = conn.sqlite.prepare('SELECT sha256, bytes FROM attachment_blobs').all() as Array<{ sha256: string; bytes: Buffer }>;
    for (const b of blobs) expect(sha(b.bytes)).toBe(b.sha256);
    host.stop();
  }, 60_000);
});
