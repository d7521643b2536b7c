import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { fullHandle, readTx, type ReadDb } from '../../../src-main/core/db/read';
import { writeTx } from '../../../src-main/core/db/write';
import { testCtx } from '../../helpers/db';

// The type (read-only.typecheck.ts) keeps ctx.db from writing; these check that writeTx does
// write, and keep out what a type cannot see: raw SQL text and casts back to the full handle.

const SRC = join(import.meta.dirname, '../../../src-main');
const sources = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ file: relative(SRC, join(SRC, f)).replaceAll('\\', '/'), text: readFileSync(join(SRC, f), 'utf8') }));
const offenders = (pattern: RegExp, allowed: (file: string) => boolean) =>
  sources.filter((s) => !allowed(s.file) && pattern.test(s.text)).map((s) => s.file);

describe('the read-only database of a context', () => {
  it('writes through writeTx, with the audit entry, all or nothing', async () => {
    const ctx = await testCtx();
    const settings = () => ctx.db.selectFrom('settings').select(['key', 'value']).execute();
    const entries = async () => (await sql<{ n: number }>`SELECT count(*) AS n FROM audit_log`.execute(ctx.db)).rows[0]!.n;

    await writeTx(ctx, async (trx, audit) => {
      await trx.insertInto('settings').values({ key: 'k', value: '1', updated_at: 'x' }).execute();
      await audit({ action: 'settings.update', entity: 'settings', entityId: 'settings', after: { k: 1 } });
    });
    expect(await settings()).toEqual([{ key: 'k', value: '1' }]);
    expect(await entries()).toBe(1);

    const failed = writeTx(ctx, async (trx, audit) => {
      await trx.updateTable('settings').set({ value: '2' }).execute();
      await audit({ action: 'settings.update', entity: 'settings', entityId: 'settings', after: { k: 2 } });
      throw new Error('half-way');
    });
    await expect(failed).rejects.toThrow('half-way');
    expect(await settings()).toEqual([{ key: 'k', value: '1' }]);
    expect(await entries()).toBe(1);
  });

  it('reads several tables from one snapshot with readTx', async () => {
    const ctx = await testCtx();
    const counts = await readTx(ctx, async (snap) => ({
      users: (await snap.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
      packages: (await snap.selectFrom('packages').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
    }));
    expect(counts).toEqual({ users: 0, packages: 0 });
  });

  it('opens the full handle only for a real connection', () => {
    const fake = { selectFrom: () => null } as unknown as ReadDb;
    expect(() => fullHandle(fake)).toThrow(TypeError);
  });

  it('is opened back into a full handle only by writeTx and readTx', () => {
    expect(offenders(/\bfullHandle\b/, (f) => f === 'core/db/read.ts' || f === 'core/db/write.ts')).toEqual([]);
    expect(offenders(/\bas\s+(unknown\s+as\s+)?(Kysely|Transaction)\s*</, (f) => f === 'core/db/read.ts')).toEqual([]);
  });

  it('is not written to through raw SQL outside migrations and writeTx', () => {
    const writing = /\bsql(<[^>]*>)?`\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|PRAGMA|VACUUM|ATTACH|DETACH|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|REINDEX)\b|CompiledQuery\.raw|\.getExecutor\(\)/i;
    // db/compiled.ts runs the kept text of a compiled select (checked to be one) with new parameters.
    const owners = (f: string) =>
      f.startsWith('core/db/migrations/') || f === 'core/db/migrate.ts' || f === 'core/db/write.ts' || f === 'core/db/compiled.ts';
    expect(offenders(writing, owners)).toEqual([]);
  });
});
