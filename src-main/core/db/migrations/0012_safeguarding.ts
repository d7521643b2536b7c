import { sql, type Kysely } from 'kysely';

// Safeguarding (issue 11 §§4, 6): what migration 0009's tables lacked once the rules were built.
// - restraints.late_reason: a measure of control is recorded within 24 hours; a record made later
//   is still taken (a late record is better than none) but only with the reason it is late.
// - medication_stock.witnessed_by: medicine disposed of or returned is witnessed by a second
//   person, named on the row.
// Frozen in time: never edit after it lands; never import application code here.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE restraints ADD COLUMN late_reason TEXT NOT NULL DEFAULT ''`.execute(db);
  await sql`ALTER TABLE medication_stock ADD COLUMN witnessed_by TEXT NOT NULL DEFAULT ''`.execute(db);
}
