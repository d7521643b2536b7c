import { describe, expect, it } from 'vitest';
import { tempDbAt } from '../../../helpers/db';
import { allRows, resident0001, seed0002, soundness } from './old-rows';

// 0012 (safeguarding) adds restraints.late_reason and medication_stock.witnessed_by: a restraint
// and a stock row written under 0010 keep every value and get '' for the new column.

const AT = '2026-11-20T09:00:00.000Z';

describe('migration 0012: safeguarding', () => {
  it('keeps every restraint and stock row, with empty late reason and witness', async () => {
    const at = await tempDbAt(11);
    seed0002(at.sqlite);
    resident0001(at.sqlite, 'r-old', null);
    at.sqlite
      .prepare(
        `INSERT INTO restraints (id, resident_id, date, time, place, antecedent, measure, duration_minutes, tried_first, used_by,
           witnessed_by, recorded_by, created_at, updated_at) VALUES ('x1', 'r-old', '2026-11-19', '18:30', 'Yataq otağı', 'Dava',
           'physical_hold', 4, 'Danışıq', 'Quliyeva S.', 'Məmmədov E.', 'terbiyeci', ?, ?)`,
      )
      .run(AT, AT);
    at.sqlite
      .prepare(
        `INSERT INTO medication_stock (id, medicine, movement, quantity, unit, date, reason, recorded_by, created_at)
         VALUES ('s1', 'Parasetamol', 'disposed', 10, 'tablet', '2026-11-19', 'Vaxtı keçib', 'tibb', ?)`,
      )
      .run(AT);
    const before = allRows(at.sqlite);
    expect(await at.to(12)).toEqual(['0012_safeguarding']);
    const after = allRows(at.sqlite);
    expect(after.restraints).toEqual((before.restraints as object[]).map((r) => ({ ...r, late_reason: '' })));
    expect(after.medication_stock).toEqual((before.medication_stock as object[]).map((r) => ({ ...r, witnessed_by: '' })));
    const { restraints: _r, medication_stock: _s, ...rest } = after;
    const { restraints: _r0, medication_stock: _s0, ...restBefore } = before;
    expect(rest).toEqual(restBefore);
    expect(soundness(at.sqlite)).toEqual({ fk: [], integrity: 'ok' });
    // The new columns are NOT NULL.
    expect(() => at.sqlite.prepare(`UPDATE restraints SET late_reason = NULL`).run()).toThrow(/NOT NULL/);
    expect(() => at.sqlite.prepare(`UPDATE medication_stock SET witnessed_by = NULL`).run()).toThrow(/NOT NULL/);
  });
});
