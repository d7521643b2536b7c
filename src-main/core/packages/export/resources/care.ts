import type { Period } from '../../format/period';
import { careEpisodesV2Table, referralsTable, relativesTable } from '../../format/schemas/care-v2';
import type { ResourceDef } from './types';
import { packageChildSet } from '../children';

// The care domain's rows for a period (schemas: format/schemas/care-v2.ts), as they stood at the
// period's end: nothing begun after it, a return or an outcome after it left empty. Only children
// in residents.csv are named (export/children.ts), so every foreign key holds.

const inPeriod = (day: string | null, period: Period) => (day !== null && day <= period.end ? day : null);

export const referralsResource: ResourceDef = {
  ...referralsTable,
  async rows(db, period) {
    const children = await packageChildSet(db, period);
    const rows = await db.selectFrom('referrals').selectAll().where('referred_on', '<=', period.end).orderBy('id').execute();
    const firsts = await db
      .selectFrom('assessments')
      .select(['referral_id', 'assessed_on', 'recommendation'])
      .where('referral_id', 'is not', null)
      .where('assessed_on', '<=', period.end)
      .orderBy('assessed_on')
      .orderBy('created_at')
      .execute();
    const first = new Map<string, { assessed_on: string; recommendation: string }>();
    for (const a of firsts) if (!first.has(a.referral_id!)) first.set(a.referral_id!, a);
    return rows.map((r) => {
      const decided = inPeriod(r.outcome_on, period) !== null && r.outcome !== null;
      const a = first.get(r.id);
      const resident = r.resident_id && children.has(r.resident_id) ? r.resident_id : null;
      return {
        id: r.id,
        resident_id: resident,
        sex: r.sex,
        birth_year: r.date_of_birth ? Number(r.date_of_birth.slice(0, 4)) : null,
        referred_on: r.referred_on,
        referrer: r.referrer,
        reasons: (JSON.parse(r.reasons) as string[]).join(';'),
        risk_level: r.risk_level,
        consent: r.consent === 1,
        assessed_on: a?.assessed_on ?? null,
        recommendation: a?.recommendation ?? null,
        status: decided ? r.status : 'referred',
        outcome: decided ? r.outcome : null,
        outcome_on: decided ? r.outcome_on : null,
        outcome_service: decided ? r.outcome_service : null,
      };
    });
  },
  source: (row) => ({ entity: 'referral', id: String(row.id) }),
};

export const careEpisodesV2Resource: ResourceDef = {
  ...careEpisodesV2Table,
  async rows(db, period) {
    const children = await packageChildSet(db, period);
    const referrals = new Set(
      (await db.selectFrom('referrals').select('id').where('referred_on', '<=', period.end).execute()).map((r) => r.id),
    );
    // The columns the file sends, not all 39: each value read costs (12,000 episodes at scale 1).
    const rows = await db
      .selectFrom('care_episodes')
      .select(['id', 'resident_id', 'kind', 'started_on', 'ended_on', 'admission_type', 'emergency', 'placement', 'referral_id',
        'previous_exit_id', 'deciding_body', 'decision_number', 'decision_date', 'legal_basis', 'order_expires_on', 'leave_reason',
        'authorised', 'reported_at', 'destination', 'exit_reason', 'home_kind'])
      .where('voided_at', 'is', null)
      .where('started_on', '<=', period.end)
      .orderBy('id')
      .execute();
    return rows
      .filter((e) => children.has(e.resident_id))
      .map((e) => ({
        id: e.id,
        resident_id: e.resident_id,
        kind: e.kind,
        started_on: e.started_on,
        ended_on: inPeriod(e.ended_on, period),
        admission_type: e.admission_type,
        emergency: e.emergency === 1,
        placement: e.placement,
        referral_id: e.referral_id && referrals.has(e.referral_id) ? e.referral_id : null,
        previous_exit_id: e.previous_exit_id,
        deciding_body: e.deciding_body,
        decision_number: e.decision_number,
        decision_date: e.decision_date,
        legal_basis: e.legal_basis,
        order_expires_on: e.order_expires_on,
        leave_reason: e.leave_reason,
        authorised: e.authorised === null ? null : e.authorised === 1,
        reported_on: inPeriod(e.reported_at?.slice(0, 10) ?? null, period),
        destination: e.destination,
        exit_reason: e.exit_reason,
        home_kind: e.home_kind,
      }));
  },
  source: (row) => ({ entity: 'resident', id: String(row.resident_id) }),
};

/** A phone as digits and spaces: a leading + would read as a formula (the verifier refuses such a cell). */
export function packagePhone(phone: string): string | null {
  const p = phone.replace(/[^0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();
  return p === '' ? null : p;
}

export const relativesResource: ResourceDef = {
  ...relativesTable,
  async rows(db, period) {
    const children = await packageChildSet(db, period);
    const rows = await db.selectFrom('relatives')
      .select(['id', 'resident_id', 'relation', 'last_name', 'first_name', 'patronymic', 'sex', 'date_of_birth', 'alive', 'parental_rights',
        'address_restricted', 'address', 'phone', 'is_caregiver', 'willing_to_care', 'able_to_care', 'contact_frequency', 'child_knows',
        'child_wants_to_live', 'sibling_resident_id'])
      .orderBy('id').execute();
    return rows
      .filter((r) => children.has(r.resident_id))
      .map((r) => {
        const restricted = r.address_restricted === 1;
        return {
          id: r.id,
          resident_id: r.resident_id,
          relation: r.relation,
          last_name: r.last_name,
          first_name: r.first_name,
          patronymic: r.patronymic,
          sex: r.sex,
          date_of_birth: r.date_of_birth,
          alive: r.alive,
          parental_rights: r.parental_rights,
          address_restricted: restricted,
          // A restricted address never leaves the institution (a foster child's address must not reach a violent parent).
          address: restricted ? null : r.address,
          phone: restricted ? null : packagePhone(r.phone),
          is_caregiver: r.is_caregiver === 1,
          willing_to_care: r.willing_to_care,
          able_to_care: r.able_to_care,
          contact_frequency: r.contact_frequency,
          child_knows: r.child_knows,
          child_wants_to_live: r.child_wants_to_live,
          sibling_resident_id: r.sibling_resident_id && children.has(r.sibling_resident_id) ? r.sibling_resident_id : null,
        };
      });
  },
  source: (row) => ({ entity: 'resident', id: String(row.resident_id) }),
};
