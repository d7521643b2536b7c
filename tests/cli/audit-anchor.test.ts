import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_TEST_TIMEOUT, qaygi, tempDbPath } from './qaygi';

// The audit log anchored at the ministry, as the people involved would run it: the institution
// exports; the ministry verifies with its state (which keeps the package's audit head); later
// someone with the database file rewrites the log from the start — consistently, so the chain
// alone still verifies — and `audit verify --anchor` says the anchored entry has changed.

let db: string;
let dir: string;
let state: string;
let pkg: string;
const ministry = () => join(dir, 'ministry');
const ok = async (args: string[]) => {
  const r = await qaygi(args);
  if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  return r;
};

beforeAll(async () => {
  db = tempDbPath();
  dir = dirname(db);
  state = join(dir, 'state.json');
  const pass = join(dir, 'passphrase.txt');
  writeFileSync(pass, 'a long enough passphrase\n');
  await ok(['demo', '--db', db, '--children', '12', '--seed', '3']);
  await ok(['ministry', 'keygen', '--out', ministry()]);
  await ok(['keys', 'init', '--db', db, '--passphrase-file', pass]);
  await ok(['keys', 'export', '--db', db, '--out', join(dir, 'trust.json')]);
  await ok(['ministry', 'import', '--db', db, join(ministry(), 'recipient.txt')]);
  const r = await ok(['export', '--db', db, '--period', '2026-Q3', '--out', join(dir, 'out'), '--passphrase-file', pass, '--accept-problems', 'Sınaq']);
  pkg = r.stdout.trim().split('\n').at(-1)!;
  await ok(['verify', pkg, '--identity', join(ministry(), 'identity.txt'), '--trust', join(dir, 'trust.json'), '--state', state]);
}, CLI_TEST_TIMEOUT);

describe('the audit log anchored by the packages', () => {
  it('the ministry’s state keeps the head the package carried, and inspect shows it', async () => {
    const accepted = JSON.parse(readFileSync(state, 'utf8')).institutions;
    const [chain] = Object.values(accepted) as Array<{ accepted: Array<{ auditHead: { seq: number; hash: string } }> }>;
    const head = chain!.accepted[0]!.auditHead;
    const local = new Database(db, { readonly: true });
    // The head is the log's last entry in the export's snapshot: the export's own entry comes after.
    const row = local.prepare('SELECT seq, hash FROM audit_log WHERE seq = ?').get(head.seq);
    const exportEntry = local.prepare("SELECT seq FROM audit_log WHERE action = 'package.export'").pluck().get();
    local.close();
    expect(row).toEqual(head);
    expect(exportEntry).toBe(head.seq + 1);
    const r = await qaygi(['inspect', pkg, '--identity', join(ministry(), 'identity.txt'), '--trust', join(dir, 'trust.json'), '--out', join(dir, 'unpacked'), '--state', state], { lang: 'en' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Head of the audit log: entry ${head.seq}, ${head.hash}.`);
    expect(r.stdout).toContain(`The latest entry earlier packages anchored: ${head.seq}`);
  });

  it('audit verify --anchor: present while the log is the one anchored', async () => {
    const r = await qaygi(['audit', 'verify', '--db', db, '--anchor', state]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^audit chain ok: \d+ entries\nanchor of package 1 \(2026-Q3\): entry \d+ present\n$/);
  });

  it('a log rewritten from the start still verifies as a chain, but no longer holds the anchored entry', async () => {
    rewriteHistory(db);
    const plain = await qaygi(['audit', 'verify', '--db', db]);
    expect(plain.code).toBe(0); // consistent with itself: the chain alone cannot tell
    const anchored = await qaygi(['audit', 'verify', '--db', db, '--anchor', state]);
    expect(anchored.code).toBe(1);
    expect(anchored.stderr).toMatch(/anchor of package 1 \(2026-Q3\): entry \d+ changed/);
  });

  it('refuses a state that holds nothing of this institution', async () => {
    const other = join(dir, 'other-state.json');
    writeFileSync(other, JSON.stringify({ format: 'qaygi-verifier-state/1', institutions: {} }));
    const r = await qaygi(['audit', 'verify', '--db', db, '--anchor', other], { lang: 'en' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/The state file holds no package of [A-Z]{2,}-[A-Z0-9-]+ that anchored its audit log\./);
    const az = await qaygi(['audit', 'verify', '--db', db, '--anchor', other]);
    expect(az.stderr).toContain('audit jurnalının başını təsdiq edən paket yoxdur');
  });
});

/**
 * What a tamperer with the file can do: lift the append-only triggers, change the first entry,
 * recompute every hash, and put the triggers back.
 */
function rewriteHistory(file: string): void {
  const w = new Database(file);
  const triggers = w.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_log'").all() as Array<{ name: string; sql: string }>;
  for (const t of triggers) w.exec(`DROP TRIGGER ${t.name}`);
  const rows = w.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Array<Record<string, string | number | null>>;
  const update = w.prepare('UPDATE audit_log SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?');
  let prev = '0'.repeat(64);
  w.transaction(() => {
    for (const r of rows) {
      const actor = r.seq === 1 ? 'someone-else' : r.actor;
      const hash = createHash('sha256')
        .update(JSON.stringify([r.seq, r.at, actor, r.via, r.action, r.entity, r.entity_id, r.before, r.after, prev]), 'utf8')
        .digest('hex');
      update.run(actor, prev, hash, r.seq);
      prev = hash;
    }
  })();
  for (const t of triggers) w.exec(t.sql);
  w.close();
}
