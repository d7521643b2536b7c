import { sql } from 'kysely';
import type { ReadDb } from '../db/read';
import { inCareCondition } from '../care/queries';
import { addMonths } from '../care/schema';
import { addDays } from './schema';

// The family-contact indicators of a period (issue 11 §3), for the reports' per-domain seam: a
// period in, counts and the children behind each count out (the reports drill down to them).
// The population is the children living here (residential placement) in care on the period's last
// day (care's one rule, inCareCondition); a day attendee goes home every day and is left out.

export interface IndicatorCell {
  count: number;
  /** The children counted, in name order. */
  residentIds: string[];
}

export interface FamilyContactIndicators {
  /** Children living here in care on the period's last day: the denominator. */
  inCare: IndicatorCell;
  /** Of them: a family contact recorded (not voided) in the last 3 months of the period. */
  withContactLast3Months: IndicatorCell;
  /** Of them: a relative whose contact is restricted by a decision taken on or before the last day. */
  contactRestricted: IndicatorCell;
  /** The window of "the last 3 months": from this day to the period's last day. */
  contactSince: string;
}

const cell = (ids: string[]): IndicatorCell => ({ count: ids.length, residentIds: ids });

export async function familyContactIndicators(db: ReadDb, period: { start: string; end: string }): Promise<FamilyContactIndicators> {
  const end = period.end;
  // 3 months back to the day after: for a quarter ending 30 September, 1 July … 30 September.
  const since = addDays(addMonths(end, -3), 1);
  const rows = await db
    .selectFrom('residents')
    .select((eb) => [
      'residents.id',
      eb
        .exists(
          eb
            .selectFrom('family_contacts as f')
            .select(sql<number>`1`.as('one'))
            .whereRef('f.resident_id', '=', 'residents.id')
            .where('f.voided_at', 'is', null)
            .where('f.date', '>=', since)
            .where('f.date', '<=', end),
        )
        .as('contact'),
      eb
        .exists(
          eb
            .selectFrom('relatives as r')
            .select(sql<number>`1`.as('one'))
            .whereRef('r.resident_id', '=', 'residents.id')
            .where('r.contact_restricted', '=', 1)
            .where((w) => w.or([w('r.restriction_decision_date', 'is', null), w('r.restriction_decision_date', '<=', end)])),
        )
        .as('restricted'),
    ])
    .where(inCareCondition('residents.id', end))
    .where(
      sql<string>`(SELECT a.placement FROM care_episodes a WHERE a.resident_id = residents.id AND a.kind = 'admission'
        AND a.voided_at IS NULL AND a.started_on <= ${end} ORDER BY a.started_on DESC LIMIT 1)`,
      '=',
      'resident',
    )
    .orderBy('residents.sort_key')
    .orderBy('residents.id')
    .execute();
  return {
    inCare: cell(rows.map((r) => r.id)),
    withContactLast3Months: cell(rows.filter((r) => Number(r.contact) === 1).map((r) => r.id)),
    contactRestricted: cell(rows.filter((r) => Number(r.restricted) === 1).map((r) => r.id)),
    contactSince: since,
  };
}
