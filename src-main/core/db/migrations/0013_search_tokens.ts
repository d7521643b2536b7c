import { sql, type Kysely } from 'kysely';

// The register's name search by word prefix (issue 13 §1). Until now every search was
// `search_key LIKE 'w%' OR search_key LIKE '% w%'`: a scan of every child's row, growing with the
// register. resident_search_tokens holds each distinct word of a child's folded search_key (names,
// FIN, birth certificate), so "some word begins with w" is an indexed range,
// `token >= 'w' AND token < 'w' || char(1114111)`, whatever the register's size.
//
// Kept in step by triggers on residents, so every writer (services, imports, the demo, raw SQL)
// keeps it true without knowing of it. search_key holds only folded letters and digits separated
// by single spaces (text/fold.ts foldForSearch), so it splits into a JSON array by replacing each
// space with `","` (no quote or backslash can occur in it). Triggers cannot use a WITH clause, but
// may read json_each. residents_name_order serves the list of every child (current and former) in
// name order without sorting the register for each page; care_episodes_stay covers the dashboard's
// "current admissions" question. Frozen in time: never edit after it lands.
const WORDS = (key: string) => `json_each('["' || replace(${key}, ' ', '","') || '"]')`;
const ADD = (row: string) =>
  `INSERT OR IGNORE INTO resident_search_tokens (token, resident_id) SELECT value, ${row}.id FROM ${WORDS(`${row}.search_key`)} WHERE value <> ''`;

export async function up(db: Kysely<any>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db);
  await run(`CREATE TABLE resident_search_tokens (
    token TEXT NOT NULL CHECK (token <> '' AND instr(token, ' ') = 0),
    resident_id TEXT NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    PRIMARY KEY (token, resident_id)
  ) STRICT`);
  await run(`CREATE INDEX resident_search_tokens_resident ON resident_search_tokens (resident_id)`);
  await run(`CREATE TRIGGER residents_search_tokens_insert AFTER INSERT ON residents BEGIN
    ${ADD('NEW')};
  END`);
  await run(`CREATE TRIGGER residents_search_tokens_update AFTER UPDATE OF search_key, id ON residents
    WHEN NEW.search_key IS NOT OLD.search_key OR NEW.id IS NOT OLD.id BEGIN
    DELETE FROM resident_search_tokens WHERE resident_id = OLD.id;
    ${ADD('NEW')};
  END`);
  await run(`CREATE TRIGGER residents_search_tokens_delete AFTER DELETE ON residents BEGIN
    DELETE FROM resident_search_tokens WHERE resident_id = OLD.id;
  END`);
  // The whole register in name order (status 'all', and the former children): pages without a sort.
  await run(`CREATE INDEX residents_name_order ON residents (sort_key, id)`);
  // "Is this admission the child's last move?" (care's current admissions, asked for every admission
  // ever by the dashboard): answered from the index alone, without reading each later episode's row.
  await run(`CREATE INDEX care_episodes_stay ON care_episodes (resident_id, started_on, kind, voided_at, id)`);
  // The children already in the register.
  await run(`INSERT OR IGNORE INTO resident_search_tokens (token, resident_id)
    SELECT j.value, r.id FROM residents r, ${WORDS('r.search_key')} j WHERE j.value <> ''`);
}
