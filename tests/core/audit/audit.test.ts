import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import { verifyAuditChain } from '../../../src-main/core/audit/audit';
import { openDatabase } from '../../../src-main/core/db/connection';
import { testCtx } from '../../helpers/db';
import { childInput } from '../../helpers/residents';

async function ctxWithThreeChanges() {
  const ctx = await testCtx();
  const a = await dispatch(ctx, 'residents.create', childInput());
  if (!a.ok) throw new Error(JSON.stringify(a.error));
  await dispatch(ctx, 'residents.create', childInput({ firstName: 'Aygün', sex: 'F', patronymic: 'Elşən qızı' }));
  await dispatch(ctx, 'residents.update', { ...childInput({ groupName: 'Ulduz' }), id: a.value.id, version: 1 });
  return ctx;
}

describe('audit log', () => {
  it('writes one chained entry per change, in the same transaction', async () => {
    const ctx = await ctxWithThreeChanges();
    const rows = ctx.conn.sqlite.prepare('SELECT seq, action, prev_hash, hash FROM audit_log ORDER BY seq').all() as Array<{
      seq: number; action: string; prev_hash: string; hash: string;
    }>;
    expect(rows.map((r) => r.action)).toEqual(['resident.create', 'resident.create', 'resident.update']);
    expect(rows[1]!.prev_hash).toBe(rows[0]!.hash);
    expect(rows[2]!.prev_hash).toBe(rows[1]!.hash);
    expect(await verifyAuditChain(ctx.db)).toEqual({ ok: true, entries: 3 });
  });

  it('refuses UPDATE and DELETE through SQL', async () => {
    const ctx = await ctxWithThreeChanges();
    expect(() => ctx.conn.sqlite.prepare("UPDATE audit_log SET actor = 'x'").run()).toThrow(/append-only/);
    expect(() => ctx.conn.sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('names the first broken entry when a row is edited behind its back', async () => {
    const ctx = await ctxWithThreeChanges();
    await ctx.conn.close();
    const raw = new Database(ctx.file);
    raw.prepare('DROP TRIGGER audit_no_update').run();
    raw.prepare("UPDATE audit_log SET after = replace(after, 'Elçin', 'Elnur') WHERE seq = 1").run();
    raw.close();
    const again = await openDatabase(ctx.file);
    expect(await verifyAuditChain(again.db)).toEqual({ ok: false, entries: 1, brokenAt: 1, reason: 'hash' });
    await again.close();
  });

  it('names the entry after a deleted one', async () => {
    const ctx = await ctxWithThreeChanges();
    await ctx.conn.close();
    const raw = new Database(ctx.file);
    raw.prepare('DROP TRIGGER audit_no_delete').run();
    raw.prepare('DELETE FROM audit_log WHERE seq = 2').run();
    raw.close();
    const again = await openDatabase(ctx.file);
    const check = await verifyAuditChain(again.db);
    expect(check).toMatchObject({ ok: false, brokenAt: 3 });
    await again.close();
  });

  it('shows a child’s history field by field, newest first', async () => {
    const ctx = await ctxWithThreeChanges();
    const list = await dispatch(ctx, 'residents.list', {});
    if (!list.ok) throw new Error('list failed');
    const elcin = list.value.rows.find((r) => r.firstName === 'Elçin')!;
    const h = await dispatch(ctx, 'residents.history', { id: elcin.id });
    if (!h.ok) throw new Error('history failed');
    expect(h.value.map((e) => e.action)).toEqual(['resident.update', 'resident.create']);
    expect(h.value[0]!.before).toEqual({ groupName: 'Günəş' });
    expect(h.value[0]!.after).toEqual({ groupName: 'Ulduz' });
    expect(h.value[0]!.actor).toBe('test-director');
  });
});
