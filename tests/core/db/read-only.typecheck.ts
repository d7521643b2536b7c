// Checked by tsc (npm run typecheck), never run: each line under `@ts-expect-error` must fail to
// compile, so a context's database cannot write, nor open the way to a write, outside writeTx.
import { sql } from 'kysely';
import type { Ctx } from '../../../src-main/core/context';
import { readTx, type ReadDb } from '../../../src-main/core/db/read';
import { writeTx } from '../../../src-main/core/db/write';

declare const ctx: Ctx;

export async function refused(db: ReadDb = ctx.db): Promise<void> {
  // @ts-expect-error ctx.db does not insert
  await ctx.db.insertInto('settings').values({ key: 'k', value: '1', updated_at: 'x' }).execute();
  // @ts-expect-error ctx.db does not update
  await ctx.db.updateTable('users').set({ active: 0 }).execute();
  // @ts-expect-error ctx.db does not delete
  await ctx.db.deleteFrom('residents').execute();
  // @ts-expect-error ctx.db does not replace
  await ctx.db.replaceInto('settings').values({ key: 'k', value: '1', updated_at: 'x' }).execute();
  // @ts-expect-error ctx.db does not merge
  ctx.db.mergeInto('settings');
  // @ts-expect-error no transaction of its own: writeTx (writes) or readTx (a snapshot)
  await ctx.db.transaction().execute(async () => {});
  // @ts-expect-error no controlled transaction either
  await ctx.db.startTransaction().execute();
  // @ts-expect-error no bare connection (writeTx's BEGIN IMMEDIATE lives there)
  await ctx.db.connection().execute(async () => {});
  // @ts-expect-error a CTE query creator would insert, update and delete
  ctx.db.with('x', (qb) => qb.selectFrom('users').select('id'));
  // @ts-expect-error nor DDL
  ctx.db.schema.dropTable('audit_log');
  // @ts-expect-error nor a plugin-free or other-schema copy of the full handle
  ctx.db.withoutPlugins().insertInto('settings');
  // @ts-expect-error nor closing the host's connection
  await ctx.db.destroy();
  // @ts-expect-error a snapshot read hands out the read type too
  await readTx(ctx, async (snap) => snap.deleteFrom('users').execute());
  // @ts-expect-error the read type does not widen back by assignment
  const full: import('kysely').Kysely<import('../../../src-main/core/db/types').DB> = db;
  void full;
}

export async function allowed(): Promise<void> {
  await ctx.db.selectFrom('residents').select(['id', 'fin']).where('status', '=', 'resident').execute();
  await ctx.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  await sql<{ n: number }>`SELECT count(*) AS n FROM residents`.execute(ctx.db); // raw reads still compile
  await readTx(ctx, (snap) => snap.selectFrom('packages').selectAll().execute());
  await writeTx(ctx, async (trx, audit) => {
    await trx.updateTable('settings').set({ value: '5' }).where('key', '=', 'idleLockMinutes').execute();
    await audit({ action: 'settings.update', entity: 'settings', entityId: 'settings' });
  });
}
