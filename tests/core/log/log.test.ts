import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import { describeError, fileLog, setSupportLog, supportLog } from '../../../src-main/core/log/log';
import { AppError } from '../../../src-main/core/contract/errors';
import type { Ctx } from '../../../src-main/core/context';
import { tempDir, testCtx } from '../../helpers/db';
import { childInput } from '../../helpers/residents';

// The support log says what failed and where, never about whom.

afterEach(() => setSupportLog(null));

const allLogText = (dir: string) => readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8')).join('');

describe('the support log', () => {
  it('keeps a child’s data out: a failed call is logged by name, class and frames, not its message or input', async () => {
    const dir = tempDir();
    setSupportLog(fileLog(dir));
    const ctx = await testCtx();
    const child = childInput({ lastName: 'Hüseynzadə', firstName: 'Ləman', patronymic: 'Tofiq qızı', fin: '5HK2M7P' });
    const made = await dispatch(ctx, 'residents.create', child);
    expect(made.ok).toBe(true);

    // A failure whose message quotes the child, as a driver's or a library's message may.
    const broken: Ctx = {
      ...ctx,
      db: new Proxy(ctx.db, {
        get(target, prop, receiver) {
          if (prop === 'selectFrom') return () => { throw new TypeError(`bad row for Hüseynzadə Ləman 5HK2M7P`); };
          return Reflect.get(target, prop, receiver);
        },
      }),
    };
    const r = await dispatch(broken, 'residents.get', { id: made.ok ? made.value.id : '' });
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });

    const text = allLogText(dir);
    for (const secret of ['Hüseynzadə', 'Ləman', 'Tofiq', '5HK2M7P', made.ok ? made.value.id : '?']) expect(text).not.toContain(secret);
    const entries = text.trim().split('\n').map((l) => JSON.parse(l));
    expect(entries).toEqual([expect.objectContaining({ level: 'error', event: 'residents.get', error: 'TypeError', stack: expect.any(Array) })]);
    // Frames keep the file and line only, not the folders of the machine.
    expect(entries[0].stack.length).toBeGreaterThan(0);
    expect(entries[0].stack.join('\n')).not.toContain(process.cwd());
  });

  it('keeps translation keys and codes, and withholds any other text given as a field', () => {
    expect(describeError(new AppError('conflict', 'errors.staleVersion'))).toEqual({ error: 'AppError', code: 'conflict', key: 'errors.staleVersion' });
    const dir = tempDir();
    setSupportLog(fileLog(dir));
    supportLog.info('backup.done', { bytes: 1200, ok: true, folder: 'C:\\Users\\Aynur Həsənova\\Backups', kind: 'daily' });
    const line = JSON.parse(readFileSync(join(dir, 'qaygi.log'), 'utf8'));
    expect(line).toMatchObject({ level: 'info', event: 'backup.done', bytes: 1200, ok: true, folder: '(withheld)', kind: 'daily' });
  });

  it('rotates: at most the set number of files, each within the size, the newest line in qaygi.log', () => {
    const dir = tempDir();
    let n = 0;
    const log = fileLog(dir, { maxBytes: 400, files: 3 });
    for (; n < 60; n++) log.write('info', 'tick', undefined, { n });
    expect(readdirSync(dir).sort()).toEqual(['qaygi.1.log', 'qaygi.2.log', 'qaygi.log']);
    for (const f of readdirSync(dir)) expect(readFileSync(join(dir, f)).length).toBeLessThanOrEqual(400);
    const last = readFileSync(join(dir, 'qaygi.log'), 'utf8').trim().split('\n').at(-1)!;
    expect(JSON.parse(last).n).toBe(59);
  });
});
