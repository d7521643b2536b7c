import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CLI_TEST_TIMEOUT, qaygi, sql, tempDbPath } from './qaygi';

// `qaygi audit verify` after someone edits the file behind the app's back.

async function demoDb(): Promise<string> {
  const db = tempDbPath();
  const r = await qaygi(['demo', '--db', db, '--children', '12']);
  if (r.code !== 0) throw new Error(r.stderr);
  return db;
}

/** Opens the file as an attacker would: the append-only triggers dropped, then raw SQL. */
function tamper(file: string, ...statements: string[]) {
  const db = new Database(file);
  try {
    db.exec('DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;');
    for (const s of statements) db.exec(s);
  } finally {
    db.close();
  }
}

describe('qaygi audit verify', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('exits 0 on an untouched chain', async () => {
    const db = await demoDb();
    const r = await qaygi(['audit', 'verify', '--db', db]);
    expect(r.code).toBe(0);
    // The institution, its staff, their trainings and accounts, and 12 + 3 children: one entry each, and each care record (referral, assessment, episode, relative, plan, review).
    const { n } = sql<{ n: number }>(
      db,
      // and the education and care records' own entries (core/education/demo.ts, core/care/demo.ts).
      'SELECT 1 + (SELECT count(*) FROM staff) + (SELECT count(*) FROM staff_trainings) + (SELECT count(*) FROM users) + (SELECT count(*) FROM residents)' +
        " + (SELECT count(*) FROM audit_log WHERE action LIKE 'education.%')" +
        // safeguarding's demo (core/safeguarding/demo.ts) and the medication extras: their own entries.
        " + (SELECT count(*) FROM audit_log WHERE action LIKE 'restraint.%' OR action LIKE 'complaint.%' OR action LIKE 'first_aid.%' OR action LIKE 'medication_stock.%' OR action LIKE 'allergy.%'" +
        // the documents' demo (core/documents/demo.ts): papers and consents.
        " OR action LIKE 'attachment.%' OR action LIKE 'consent.%')" +
        ' + (SELECT count(*) FROM referrals) + (SELECT count(*) FROM assessments) + (SELECT count(*) FROM care_episodes) + (SELECT count(*) FROM relatives) + (SELECT count(*) FROM case_plans) + (SELECT count(*) FROM case_reviews)' +
        ' + (SELECT count(*) FROM roll_calls) + (SELECT count(*) FROM care_notes) + (SELECT count(*) FROM incidents) + (SELECT count(*) FROM incident_children) + (SELECT count(*) FROM medications) + (SELECT count(*) FROM medication_doses) + (SELECT count(*) FROM family_contacts) n',
    )[0]!;
    expect(n).toBeGreaterThan(16);
    expect(r.stdout).toContain(`audit chain ok: ${n} entries`);
  });

  it('names the first broken entry after a row is edited', async () => {
    const db = await demoDb();
    // A child living in the home, written after the staff.
    const { seq } = sql<{ seq: number }>(db, `SELECT min(seq) seq FROM audit_log WHERE action = 'resident.create' AND after LIKE '%"status":"resident"%'`)[0]!;
    tamper(db, `UPDATE audit_log SET after = replace(after, '"status":"resident"', '"status":"discharged"') WHERE seq = ${seq}`);
    expect(sql(db, 'SELECT after FROM audit_log WHERE seq = ?', seq)[0]).toMatchObject({ after: expect.stringContaining('discharged') });
    const r = await qaygi(['audit', 'verify', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`audit chain broken at entry ${seq} (hash)`);
  });

  it('names the entry after a deleted one', async () => {
    const db = await demoDb();
    tamper(db, 'DELETE FROM audit_log WHERE seq = 5');
    const r = await qaygi(['audit', 'verify', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('audit chain broken at entry 6');
  });

  it('catches an edit whose hash was recomputed, at the next link', async () => {
    const db = await demoDb();
    // Re-hashing one entry is not enough: the next entry still points to the old hash.
    tamper(db, `UPDATE audit_log SET actor = 'someone', hash = '${'a'.repeat(64)}' WHERE seq = 3`);
    const r = await qaygi(['audit', 'verify', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('audit chain broken at entry 3');
  });

  it('exits 2 without --db', async () => {
    const r = await qaygi(['audit', 'verify']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: audit verify');
  });
});
