import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/types';
import type { AuditInput } from '../audit/audit';
import { seededUuidv7, type Prng } from '../demo/prng';
import { addDays, type ContactKind } from './schema';

// The demo institution's family contacts: for most children living here, a contact every week to
// six weeks over the past year with a parent whose contact is not restricted; for about one in six,
// nothing in the last 90 days (the dashboard's no_family_contact_90d shows them). Each contact with
// its audit entry; the relatives' last contact date follows the contacts.

const KIND_WEIGHTS: Record<ContactKind, number> = { visit_institution: 35, phone_call: 35, video_call: 10, home_visit: 10, letter: 10 };
const WENT = ['Sakit keçdi.', 'Birlikdə dərs etdilər.', 'Qısa oldu, ana tələsirdi.', 'Gərgin başladı, sonra yaxşılaşdı.', 'Hədiyyə gətirdi, çox danışdılar.'];
const REACTION = ['Sevindi.', 'Ayrılanda ağladı.', 'Sakit idi.', 'Bir az qapalı idi, sonra açıldı.', 'Növbəti görüşü soruşdu.'];

export async function writeDemoFamilyContacts(
  trx: Kysely<DB>,
  rng: Prng,
  today: string,
  children: ReadonlyArray<{ id: string; admission_date: string }>,
  audit: AuditInput[],
): Promise<number> {
  const relatives = await trx
    .selectFrom('relatives')
    .innerJoin('residents', 'residents.id', 'relatives.resident_id')
    .select(['relatives.id', 'relatives.resident_id'])
    .where('residents.status', '=', 'resident')
    .where('relatives.contact_restricted', '=', 0)
    .where('relatives.alive', '=', 'yes')
    .orderBy('relatives.resident_id')
    .orderBy('relatives.id')
    .execute();
  const byChild = new Map<string, string[]>();
  for (const r of relatives) (byChild.get(r.resident_id) ?? byChild.set(r.resident_id, []).get(r.resident_id)!).push(r.id);
  const rows: Array<Record<string, string | number | null>> = [];
  const yearAgo = addDays(today, -365);
  for (const c of children) {
    const rels = byChild.get(c.id);
    if (!rels) continue;
    // One in six: the family has gone quiet — the last contact over 90 days ago, or none this year.
    const quiet = rng.chance(1 / 6);
    const until = quiet ? addDays(today, -rng.int(95, 300)) : today;
    let date = addDays(c.admission_date > yearAgo ? c.admission_date : yearAgo, rng.int(3, 20));
    while (date <= until) {
      const kind = rng.weighted(KIND_WEIGHTS);
      const time = `${String(rng.int(10, 18)).padStart(2, '0')}:${String(rng.int(0, 3) * 15).padStart(2, '0')}`;
      const at = `${date}T${time}:00.000Z`;
      const id = seededUuidv7(Date.parse(at), rng);
      const row = {
        id, resident_id: c.id, relative_id: rng.pick(rels), relative_name: '', date, time, kind,
        supervised: kind === 'visit_institution' && rng.chance(0.3) ? 1 : 0,
        how_it_went: kind === 'letter' ? '' : rng.pick(WENT), child_reaction: rng.pick(REACTION), notes: '',
        recorded_by: 'social_worker', version: 1, created_at: at, updated_at: at, voided_at: null, void_reason: '',
      };
      rows.push(row);
      audit.push({
        action: 'family_contact.create', entity: 'resident', entityId: c.id,
        after: { contactId: id, relativeId: row.relative_id, date, time, kind, supervised: row.supervised === 1, howItWent: row.how_it_went, childReaction: row.child_reaction, notes: '' },
      });
      date = addDays(date, rng.int(7, 42));
    }
  }
  for (let i = 0; i < rows.length; i += 20_000) {
    const batch = sql`json_each(${JSON.stringify(rows.slice(i, i + 20_000))})`.as('j');
    const cols = Object.keys(rows[0]!);
    await trx
      .insertInto('family_contacts')
      .columns(cols as never)
      .expression(trx.selectFrom(batch).select(cols.map((c) => sql`j.value ->> ${sql.lit(c)}`.as(c))) as never)
      .execute();
  }
  const latest = (eb: import('kysely').ExpressionBuilder<DB, 'relatives'>) =>
    eb.selectFrom('family_contacts as f').select((x) => x.fn.max('f.date').as('d')).whereRef('f.relative_id', '=', 'relatives.id').where('f.voided_at', 'is', null);
  await trx
    .updateTable('relatives')
    .set((eb) => ({ last_contact_on: latest(eb) }))
    .where((eb) => eb.exists(eb.selectFrom('family_contacts as g').select('g.id').whereRef('g.relative_id', '=', 'relatives.id').where('g.voided_at', 'is', null)))
    .execute();
  return rows.length;
}
