import { describe, expect, it } from 'vitest';
import { tempDbAt } from '../../../helpers/db';
import { allRows, seed0002, soundness, strictTables } from './old-rows';

// 0006 adds the read log (record_reads): a new table, nothing else changes.

describe('migration 0006: record reads', () => {
  it('keeps every row, and adds an empty read log that accepts only known doors and records', async () => {
    const at = await tempDbAt(5);
    seed0002(at.sqlite);
    const before = allRows(at.sqlite);
    expect(await at.to(6)).toEqual(['0006_record_reads']);
    const after = allRows(at.sqlite);
    expect({ ...after, record_reads: undefined }).toEqual({ ...before, record_reads: undefined });
    expect(after.record_reads).toEqual([]);
    const ins = at.sqlite.prepare('INSERT INTO record_reads (at, user_id, username, role, via, entity, entity_id) VALUES (?, ?, ?, ?, ?, ?, ?)');
    ins.run('2026-11-26T10:00:00.000Z', 'u1', 'sebine', 'caregiver', 'app', 'resident', 'r1');
    expect(() => ins.run('2026-11-26T10:00:00.000Z', 'u1', 'sebine', 'caregiver', 'phone', 'resident', 'r1')).toThrow(/CHECK/);
    expect(() => ins.run('2026-11-26T10:00:00.000Z', 'u1', 'sebine', 'caregiver', 'app', 'staff', 's1')).toThrow(/CHECK/);
    expect(soundness(at.sqlite)).toEqual({ fk: [], integrity: 'ok' });
    expect(strictTables(at.sqlite)).toContain('record_reads');
  });
});
