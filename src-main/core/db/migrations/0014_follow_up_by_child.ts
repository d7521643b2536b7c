import { sql, type Kysely } from 'kysely';

// A child's follow-up visits by child: the child's page (care.get) and the child's History tab
// (residents.history, through core/care/childRecords.ts) read them by resident_id, which until
// now scanned every visit of every former child (a few per exit, growing for as long as the
// institution keeps records). Frozen in time: never edit after it lands.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX follow_up_visits_resident ON follow_up_visits (resident_id, due_on)`.execute(db);
}
