import type { Kysely } from 'kysely';
import type { Ctx } from '../context';
import type { DB } from '../db/types';
import { appendAuditMany, type AuditInput } from '../audit/audit';
import { seededUuidv7, type Prng } from '../demo/prng';
import { addDays, COMPLAINT_ABOUT, MEASURES, type ComplaintAbout, type Measure } from './schema';

// The demo institution's safeguarding records (and the medication extras daily's demo lacks):
// measures of control over the past year, all signed off and talked about but for today's (awaiting
// the director's sign-off), one of 2 days ago awaiting the talk, one of 3 days ago whose sign-off
// is overdue, one of 7 days ago whose talk is overdue; complaints, one open for over 30 days;
// allergies; medicine stock in and out; a first-aid log. Reproducible from the seed; each row with
// its audit entry on the child (the stock on itself), as the screens would write it.

export interface DemoSafeguardingSummary {
  restraints: number;
  complaints: number;
  allergies: number;
  stockMovements: number;
  firstAid: number;
  auditEntries: number;
}

const ANTECEDENTS = ['Başqa uşağa stul atdı', 'Pəncərədən çıxmağa cəhd etdi', 'Qrup yoldaşını vurdu', 'Özünə xəsarət yetirməyə cəhd etdi', 'Bıçağı götürüb vermək istəmədi'];
const PLACES = ['Yataq otağı', 'Yeməkxana', 'Dəhliz', 'Həyət', 'Oyun otağı'];
const EFFECTS = ['Sakitləşdi, qrupa qayıtdı', 'Ağladı, sonra tərbiyəçi ilə danışdı', 'Yarım saat sonra sakitləşdi'];
const STAFF = [['Quliyeva Səbinə', 'Məmmədov Elşən'], ['Hüseynova Lalə', 'Əliyev Rauf'], ['Kərimova Nigar', 'Həsənov Tural']] as const;
const COMPLAINTS: Record<ComplaintAbout, string> = {
  care: 'Gecə növbəsində heç kim gəlmir', staff: 'Tərbiyəçi qışqırır', another_child: 'Böyük uşaqlar əşyalarını götürür', food: 'Axşam yeməyi soyuq verilir',
  health: 'Diş ağrısına baxan olmadı', education: 'Məktəbə getmək istəyir, aparmırlar', family_contact: 'Anası ilə görüş azdır', placement: 'Qardaşı ilə bir qrupda olmaq istəyir', other: 'Paltarı kiçikdir',
};

const hm = (rng: Prng) => `${String(rng.int(8, 20)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;

export async function writeDemoSafeguarding(trx: Kysely<DB>, ctx: Ctx, rng: Prng, opts: { today: string }): Promise<DemoSafeguardingSummary> {
  const { today } = opts;
  const children = await trx
    .selectFrom('residents')
    .select(['id', 'admission_date'])
    .where('status', 'in', ['resident', 'day_attendee'])
    .where('group_name', '!=', '')
    .orderBy('sort_key')
    .orderBy('id')
    .execute();
  const summary: DemoSafeguardingSummary = { restraints: 0, complaints: 0, allergies: 0, stockMovements: 0, firstAid: 0, auditEntries: 0 };
  if (children.length === 0) return summary;
  const audit: AuditInput[] = [];
  const inCareOn = (date: string) => children.filter((c) => c.admission_date <= date);

  // Measures of control: the four with a pending deadline, then about one a year per fifteen children.
  const ages = [0, 2, 3, 7, ...Array.from({ length: Math.max(3, Math.round(children.length / 15)) }, () => rng.int(8, 360))];
  for (const [k, ago] of ages.entries()) {
    const date = addDays(today, -ago);
    const pool = inCareOn(date);
    if (pool.length === 0) continue;
    const child = rng.pick(pool);
    const time = k === 0 ? '07:30' : hm(rng);
    const at = `${date}T${time}:00.000Z`;
    const measure: Measure = k < MEASURES.length - 1 ? MEASURES[k]! : rng.pick(MEASURES.filter((m) => m !== 'other'));
    const [usedBy, witness] = rng.pick(STAFF);
    const signed = k !== 0 && k !== 2;
    const talked = k !== 1 && k !== 3 && k !== 0;
    const id = seededUuidv7(Date.parse(at), rng);
    const signedAt = signed ? `${addDays(date, 1)}T10:00:00.000Z` : null;
    const row = {
      id, resident_id: child.id, date, time, place: rng.pick(PLACES), antecedent: rng.pick(ANTECEDENTS), measure, measure_detail: '',
      duration_minutes: measure === 'physical_hold' ? rng.int(1, 5) : rng.int(10, 60), tried_first: 'Sakit danışıq, diqqəti yayındırmaq, otaqdan çıxmağı təklif etmək',
      used_by: usedBy, witnessed_by: witness, effect: rng.pick(EFFECTS), injury: 0, injury_detail: '', injury_treatment: '', late_reason: '', incident_id: null,
      recorded_by: 'caregiver', signed_off_at: signedAt, signed_off_by: signed ? 'director' : null, sign_off_note: signed ? 'Tədbir əsaslıdır, qeydlər tamdır.' : '',
      talked_date: talked ? addDays(date, rng.int(1, 4)) : null, talked_by: talked ? 'Əliyeva Nərmin (psixoloq)' : null,
      talk_note: talked ? 'Uşaq nə baş verdiyini danışdı; növbəti dəfə sakitləşmək üçün otağa getməyi seçdi.' : '',
      version: 1 + (signed ? 1 : 0) + (talked ? 1 : 0), created_at: `${date}T${time === '07:30' ? '07:45' : '21:00'}:00.000Z`, updated_at: at, voided_at: null, void_reason: '',
    };
    await trx.insertInto('restraints').values(row).execute();
    audit.push({ action: 'restraint.record', entity: 'resident', entityId: child.id, after: { restraintId: id, date, time, measure, durationMinutes: row.duration_minutes, usedBy, witnessedBy: witness } });
    if (signed) audit.push({ action: 'restraint.signOff', entity: 'resident', entityId: child.id, after: { restraintId: id, signedOffAt: signedAt } });
    if (talked) audit.push({ action: 'restraint.talk', entity: 'resident', entityId: child.id, after: { restraintId: id, talkedDate: row.talked_date } });
    summary.restraints++;
  }

  // Complaints: every subject once; the first open for 40 days, the next two recent and open, the rest closed.
  for (const [k, about] of COMPLAINT_ABOUT.entries()) {
    const ago = k === 0 ? 40 : k < 3 ? rng.int(1, 10) : rng.int(20, 300);
    const date = addDays(today, -ago);
    const pool = inCareOn(date);
    if (pool.length === 0) continue;
    const child = rng.pick(pool);
    const open = k < 3;
    const id = seededUuidv7(Date.parse(`${date}T12:00:00.000Z`), rng);
    const byChild = about !== 'family_contact';
    await trx
      .insertInto('complaints')
      .values({
        id, resident_id: child.id, by_child: byChild ? 1 : 0, complainant: byChild ? 'Uşağın özü' : 'Xalası', received_date: date, about, details: COMPLAINTS[about],
        person_of_trust: rng.chance(0.6) ? 'Əliyeva Nərmin (psixoloq)' : '', actions: 'Direktora bildirildi; uşaqla söhbət aparıldı.',
        outcome: open ? '' : 'Məsələ həll olundu, uşaq razıdır.', closed_date: open ? null : addDays(date, rng.int(3, 15)),
        recorded_by: 'social_worker', version: 1, created_at: `${date}T12:00:00.000Z`, updated_at: `${date}T12:00:00.000Z`, voided_at: null, void_reason: '',
      })
      .execute();
    audit.push({ action: 'complaint.record', entity: 'resident', entityId: child.id, after: { complaintId: id, receivedDate: date, about } });
    summary.complaints++;
  }

  // Allergies: about one child in eight.
  const ALLERGENS = [['Amoksisillin', 'medicine', 'severe'], ['Fındıq', 'food', 'life_threatening'], ['Ev tozu', 'environmental', 'mild'], ['Arı sancması', 'insect', 'moderate'], ['Süd', 'food', 'moderate']] as const;
  for (const [i, c] of children.entries()) {
    if (i % 8 !== 5) continue;
    const [allergen, kind, severity] = ALLERGENS[(i >> 3) % ALLERGENS.length]!;
    const id = seededUuidv7(Date.parse(`${c.admission_date}T09:00:00.000Z`), rng);
    await trx.insertInto('allergies').values({ id, resident_id: c.id, allergen, kind, reaction: '', severity, noted_date: c.admission_date, version: 1, created_at: `${c.admission_date}T09:00:00.000Z`, updated_at: `${c.admission_date}T09:00:00.000Z`, voided_at: null, void_reason: '' }).execute();
    audit.push({ action: 'allergy.add', entity: 'resident', entityId: c.id, after: { allergyId: id, allergen, kind, severity } });
    summary.allergies++;
  }

  // Medicine stock: received a month ago, some disposed of (expired) last week.
  const STOCK = [['Parasetamol 500 mq', 'tablet', 200, 24], ['İbuprofen 200 mq', 'tablet', 100, 10], ['Amoksisillin 250 mq', 'kapsul', 60, 0], ['Salbutamol inhalyator', 'ədəd', 5, 1]] as const;
  for (const [medicine, unit, inQty, outQty] of STOCK) {
    for (const [movement, quantity, date] of [['received', inQty, addDays(today, -30)], ['disposed', outQty, addDays(today, -7)]] as const) {
      if (quantity === 0) continue;
      const id = seededUuidv7(Date.parse(`${date}T10:00:00.000Z`), rng);
      const out = movement === 'disposed';
      await trx.insertInto('medication_stock').values({
        id, medicine, medication_id: null, movement, quantity, unit, date, batch: `B-${rng.int(1000, 9999)}`, expiry_date: out ? null : addDays(today, 365),
        reason: out ? 'Yararlılıq müddəti keçib' : 'Mərkəzi aptek', witnessed_by: out ? 'Həsənova Aynur (direktor)' : '', recorded_by: 'medical',
        created_at: `${date}T10:00:00.000Z`, voided_at: null, void_reason: '',
      }).execute();
      audit.push({ action: `medication_stock.${movement}`, entity: 'medication_stock', entityId: id, after: { medicine, movement, quantity, unit, date } });
      summary.stockMovements++;
    }
  }

  // First aid: a handful over the past month.
  for (let k = 0; k < Math.min(6, children.length); k++) {
    const date = addDays(today, -rng.int(0, 30));
    const pool = inCareOn(date);
    if (pool.length === 0) continue;
    const child = rng.pick(pool);
    const time = hm(rng);
    const id = seededUuidv7(Date.parse(`${date}T${time}:00.000Z`), rng);
    await trx.insertInto('first_aid').values({
      id, resident_id: child.id, date, time, what_happened: rng.pick(['Dizini sıyırdı', 'Barmağını kəsdi', 'Burnu qanadı']), treatment: 'Yara yuyuldu, sarğı qoyuldu',
      given_by: 'Tibb bacısı Kərimova', incident_id: null, recorded_by: 'medical', created_at: `${date}T${time}:00.000Z`, voided_at: null, void_reason: '',
    }).execute();
    audit.push({ action: 'first_aid.record', entity: 'resident', entityId: child.id, after: { firstAidId: id, date, time } });
    summary.firstAid++;
  }

  await appendAuditMany(trx, ctx, audit);
  summary.auditEntries = audit.length;
  return summary;
}
