import { describe, expect, it } from 'vitest';
import { tempDbAt } from '../../../helpers/db';
import { allRows, indexesOf, resident0001, seed0002, soundness, strictTables } from './old-rows';

// 0008 adds care and placement (referrals, assessments, care episodes, relatives, case plans,
// goals, reviews, follow-up visits) and gives every resident the admission episode its admission
// fields describe; a discharged one also an exit ('other', dated when its record last changed).

async function registerAt5() {
  const at = await tempDbAt(7);
  seed0002(at.sqlite);
  resident0001(at.sqlite, 'r3', null);
  at.sqlite
    .prepare(
      `UPDATE residents SET status = 'day_attendee', admission_basis = 'court', admission_decision_number = 'Q-17',
         admission_decision_date = '2022-08-20', admission_authority = 'Nəsimi rayon məhkəməsi' WHERE id = 'r2'`,
    )
    .run();
  at.sqlite.prepare("UPDATE residents SET status = 'discharged', updated_at = '2025-06-30T12:00:00.000Z' WHERE id = 'r3'").run();
  return at;
}

const NEW_TABLES = ['assessments', 'care_episodes', 'case_goals', 'case_plans', 'case_reviews', 'follow_up_visits', 'referrals', 'relatives'];

describe('migration 0008: care and placement', () => {
  it('keeps every old row and gives each resident its admission episode, and a discharged one its exit', async () => {
    const { sqlite, to } = await registerAt5();
    const before = allRows(sqlite);
    expect(await to(8)).toEqual(['0008_care']);
    const after = allRows(sqlite);
    for (const t of Object.keys(before)) expect(after[t]).toEqual(before[t]);
    for (const t of NEW_TABLES) expect(strictTables(sqlite)).toContain(t);
    const episodes = sqlite
      .prepare(
        `SELECT resident_id, kind, started_on, admission_type, emergency, placement, legal_basis, deciding_body,
           decision_number, decision_date, destination, exit_reason, origin FROM care_episodes ORDER BY resident_id, kind`,
      )
      .all();
    const adm = { kind: 'admission', started_on: '2022-09-01', admission_type: 'new', emergency: 0, destination: null, exit_reason: null, origin: 'migration' };
    expect(episodes).toEqual([
      { ...adm, resident_id: 'r1', placement: 'resident', legal_basis: '', deciding_body: 'commission', decision_number: '', decision_date: null },
      { ...adm, resident_id: 'r2', placement: 'day_care', legal_basis: 'Nəsimi rayon məhkəməsi', deciding_body: 'court', decision_number: 'Q-17', decision_date: '2022-08-20' },
      { ...adm, resident_id: 'r3', placement: 'resident', legal_basis: '', deciding_body: 'commission', decision_number: '', decision_date: null },
      {
        resident_id: 'r3', kind: 'exit', started_on: '2025-06-30', admission_type: null, emergency: 0, placement: null, legal_basis: '',
        deciding_body: null, decision_number: '', decision_date: null, destination: 'other', exit_reason: 'other', origin: 'migration',
      },
    ]);
    expect(new Set(sqlite.prepare('SELECT id FROM care_episodes').pluck().all()).size).toBe(4);
    expect(indexesOf(sqlite, 'care_episodes')).toEqual(['care_episodes_kind', 'care_episodes_resident']);
    expect(soundness(sqlite)).toEqual({ fk: [], integrity: 'ok' });
  });

  it('dates a discharged child’s exit no earlier than its admission', async () => {
    const { sqlite, to } = await registerAt5();
    sqlite.prepare("UPDATE residents SET updated_at = '2021-01-01T00:00:00.000Z' WHERE id = 'r3'").run();
    await to(8);
    expect(sqlite.prepare("SELECT started_on FROM care_episodes WHERE resident_id = 'r3' AND kind = 'exit'").pluck().get()).toBe('2022-09-01');
  });

  it('refuses a value outside each enum, an exit without destination, a missing episode without its time, and an end before the start', async () => {
    const { sqlite, to } = await registerAt5();
    await to(8);
    const ep = (cols: string, vals: string) =>
      sqlite.prepare(`INSERT INTO care_episodes (id, resident_id, started_on, created_at, updated_at, ${cols}) VALUES (lower(hex(randomblob(8))), 'r1', '2026-01-01', 'x', 'x', ${vals})`);
    expect(() => ep('kind', "'holiday'").run()).toThrow(/CHECK/);
    expect(() => ep('kind', "'exit'").run()).toThrow(/CHECK/);
    expect(() => ep('kind, destination, exit_reason', "'exit', 'moon', 'other'").run()).toThrow(/CHECK/);
    ep('kind, destination, exit_reason', "'exit', 'foster_family', 'family_ready'").run();
    expect(() => ep('kind', "'missing'").run()).toThrow(/CHECK/);
    expect(() => ep('kind, leave_reason, ended_on', "'leave', 'family_visit', '2025-12-31'").run()).toThrow(/CHECK/);
    expect(() => ep('kind, admission_type, placement', "'admission', 'new', 'hotel'").run()).toThrow(/CHECK/);
    const ref = sqlite.prepare(
      `INSERT INTO referrals (id, last_name, first_name, sex, referred_on, referrer, risk_level, reasons, outcome, outcome_on, created_at, updated_at)
       VALUES (?, 'Əliyeva', 'Aysel', 'F', '2026-01-01', ?, 'high', ?, ?, ?, 'x', 'x')`,
    );
    expect(() => ref.run('f1', 'neighbour', '[]', null, null)).toThrow(/CHECK/);
    expect(() => ref.run('f1', 'police', '{"a":1}', null, null)).toThrow(/CHECK/);
    expect(() => ref.run('f1', 'police', '[]', 'not_admitted', null)).toThrow(/CHECK/);
    ref.run('f1', 'police', '["abuse_neglect"]', 'diverted_family_support', '2026-01-05');
    const assess = sqlite.prepare(
      "INSERT INTO assessments (id, referral_id, assessed_on, assessed_by, recommendation, created_at, updated_at) VALUES (?, ?, '2026-01-02', 'S. İsmayılova', ?, 'x', 'x')",
    );
    expect(() => assess.run('a1', null, 'family_support')).toThrow(/CHECK/);
    expect(() => assess.run('a1', 'f1', 'orphanage')).toThrow(/CHECK/);
    assess.run('a1', 'f1', 'family_support');
    const rel = sqlite.prepare(
      "INSERT INTO relatives (id, resident_id, relation, last_name, first_name, parental_rights, sibling_resident_id, created_at, updated_at) VALUES (?, 'r1', ?, 'Məmmədova', 'Gülnar', ?, ?, 'x', 'x')",
    );
    expect(() => rel.run('v1', 'mother', 'partial', null)).toThrow(/CHECK/);
    expect(() => rel.run('v1', 'mother', 'intact', 'r2')).toThrow(/CHECK/);
    expect(() => rel.run('v1', 'sibling', null, 'r1')).toThrow(/CHECK/);
    rel.run('v1', 'mother', 'intact', null);
    rel.run('v2', 'sibling', null, 'r2');
    expect(() => rel.run('v3', 'sibling', null, 'r2')).toThrow(/UNIQUE/);
    const plan = sqlite.prepare(
      "INSERT INTO case_plans (id, resident_id, kind, started_on, review_months, created_at, updated_at) VALUES (?, 'r1', ?, '2026-01-01', ?, 'x', 'x')",
    );
    expect(() => plan.run('p1', 'holiday', 3)).toThrow(/CHECK/);
    expect(() => plan.run('p1', 'transition', 0)).toThrow(/CHECK/);
    plan.run('p1', 'reintegration', 3);
    expect(() =>
      sqlite.prepare("INSERT INTO case_goals (id, plan_id, domain, goal, created_at, updated_at) VALUES ('g1', 'p1', 'wealth', 'x', 'x', 'x')").run(),
    ).toThrow(/CHECK/);
    expect(() =>
      sqlite.prepare("INSERT INTO case_reviews (id, plan_id, reviewed_on, progress, created_at, updated_at) VALUES ('c1', 'p1', '2026-02-01', '[]', 'x', 'x')").run(),
    ).toThrow(/CHECK/);
    const exitId = sqlite.prepare("SELECT id FROM care_episodes WHERE resident_id = 'r3' AND kind = 'exit'").pluck().get();
    expect(() =>
      sqlite
        .prepare("INSERT INTO follow_up_visits (id, resident_id, exit_id, due_on, outcome, created_at, updated_at) VALUES ('v1', 'r3', ?, '2025-07-30', 'fine', 'x', 'x')")
        .run(exitId),
    ).toThrow(/CHECK/);
    expect(() =>
      sqlite.prepare("INSERT INTO follow_up_visits (id, resident_id, exit_id, due_on, created_at, updated_at) VALUES ('v1', 'r3', 'nope', '2025-07-30', 'x', 'x')").run(),
    ).toThrow(/FOREIGN KEY/);
  });
});
