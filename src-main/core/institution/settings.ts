import type { Ctx } from '../context';
import type { ReadDb } from '../db/read';
import { writeTx } from '../db/write';
import { DEFAULT_IDLE_LOCK_MINUTES } from '../auth/schema';
import { changedFields } from '../audit/diff';
import type { SettingsDto, SettingsUpdate } from './schema';

// Institution-wide settings, one JSON value per key.

const IDLE_KEY = 'idleLockMinutes';

export async function idleLockMinutes(db: ReadDb): Promise<number> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', IDLE_KEY).executeTakeFirst();
  const v = row ? Number(JSON.parse(row.value)) : NaN;
  return Number.isInteger(v) && v > 0 ? v : DEFAULT_IDLE_LOCK_MINUTES;
}

export async function getSettings(ctx: Ctx): Promise<SettingsDto> {
  return { idleLockMinutes: await idleLockMinutes(ctx.db) };
}

export async function updateSettings(ctx: Ctx, input: SettingsUpdate): Promise<SettingsDto> {
  return writeTx(ctx, async (trx, audit) => {
    const before = { idleLockMinutes: await idleLockMinutes(trx) };
    const after = { idleLockMinutes: input.idleLockMinutes ?? before.idleLockMinutes };
    const diff = changedFields(before, after);
    if (!diff) return before;
    const now = ctx.now().toISOString();
    await trx
      .insertInto('settings')
      .values({ key: IDLE_KEY, value: JSON.stringify(after.idleLockMinutes), updated_at: now })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(after.idleLockMinutes), updated_at: now }))
      .execute();
    await audit({ action: 'settings.update', entity: 'settings', entityId: 'settings', before: diff.before, after: diff.after });
    return after;
  });
}
