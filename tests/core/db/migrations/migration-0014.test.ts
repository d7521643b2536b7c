import { describe, expect, it } from 'vitest';
import { tempDbAt } from '../../../helpers/db';
import { allRows, indexesOf, seed0002, soundness } from './old-rows';

// 0014 indexes follow-up visits by child: the child's page and History tab read them by
// resident_id, which scanned every visit before.

describe('migration 0014: follow-up visits by child', () => {
  it('keeps every row and serves a child’s visits from the index', async () => {
    const at = await tempDbAt(13);
    seed0002(at.sqlite);
    const db = at.sqlite;
    // An exited child with two visits, as 0008 wrote them (its migration gave r1 an admission).
    db.prepare(
      "INSERT INTO care_episodes (id, resident_id, kind, started_on, destination, exit_reason, origin, created_at, updated_at) VALUES ('x1', 'r1', 'exit', '2026-03-01', 'biological_family', 'family_ready', 'care', 'x', 'x')",
    ).run();
    const visit = db.prepare("INSERT INTO follow_up_visits (id, resident_id, exit_id, due_on, created_at, updated_at) VALUES (?, 'r1', 'x1', ?, 'x', 'x')");
    visit.run('v1', '2026-04-01');
    visit.run('v2', '2026-06-01');
    const before = allRows(db);
    expect(await at.to(14)).toEqual(['0014_follow_up_by_child']);
    expect(allRows(db)).toEqual(before);
    expect(indexesOf(db, 'follow_up_visits')).toContain('follow_up_visits_resident');
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT * FROM follow_up_visits WHERE resident_id = 'r1' ORDER BY due_on").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/USING INDEX follow_up_visits_resident/);
    expect(soundness(db)).toEqual({ fk: [], integrity: 'ok' });
  });
});
