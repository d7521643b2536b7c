import type { Kysely } from 'kysely';
import type { CareEpisodesTable, DB, ResidentsTable } from '../db/types';
import { uuidv7 } from '../ids';

// A child entered straight into the register (residents.create: a child already living here when
// the records began) gets the episodes its admission fields describe, as migration 0006 gave every
// child then: an admission, and for one entered as discharged an exit ('other'). Imports nothing
// of care's services, so residents/service.ts can call it without a cycle.

export function decidingBodyOfBasis(basis: string): 'commission' | 'court' | 'other' {
  return basis === 'commission' || basis === 'court' ? basis : 'other';
}

/** An episode row with every column at its default: callers set what their kind records. */
export function blankEpisode(
  now: Date,
  v: Pick<CareEpisodesTable, 'resident_id' | 'kind' | 'started_on'> & Partial<CareEpisodesTable>,
): CareEpisodesTable {
  const at = now.toISOString();
  return {
    id: uuidv7(now.getTime()),
    ended_on: null,
    admission_type: null,
    emergency: 0,
    placement: null,
    referral_id: null,
    previous_exit_id: null,
    came_from: '',
    order_months: null,
    order_expires_on: null,
    legal_basis: '',
    deciding_body: null,
    decision_number: '',
    decision_date: null,
    leave_reason: null,
    risk: '',
    expected_return_on: null,
    authorised: null,
    noticed_at: null,
    reported_to: '',
    reported_at: null,
    found_where: '',
    destination: null,
    exit_reason: null,
    destination_address: '',
    home_kind: '',
    approval: null,
    approved_by: null,
    approved_at: null,
    origin: 'care',
    notes: '',
    voided_at: null,
    void_reason: '',
    version: 1,
    created_at: at,
    updated_at: at,
    ...v,
  };
}

/** The episodes a child entered straight into the register gets (an admission; an exit if discharged). */
export function registerEpisodeRows(row: ResidentsTable, now: Date): CareEpisodesTable[] {
  const at = now.toISOString();
  const base = { resident_id: row.id, origin: 'register' };
  const rows = [
    blankEpisode(now, {
      ...base,
      kind: 'admission',
      started_on: row.admission_date,
      admission_type: 'new',
      placement: row.status === 'day_attendee' ? 'day_care' : 'resident',
      legal_basis: row.admission_authority,
      deciding_body: decidingBodyOfBasis(row.admission_basis),
      decision_number: row.admission_decision_number,
      decision_date: row.admission_decision_date,
    }),
  ];
  if (row.status === 'discharged') {
    const day = at.slice(0, 10) < row.admission_date ? row.admission_date : at.slice(0, 10);
    rows.push(blankEpisode(now, { ...base, kind: 'exit', started_on: day, destination: 'other', exit_reason: 'other' }));
  }
  return rows;
}

export async function registerEpisodes(trx: Kysely<DB>, row: ResidentsTable, now: Date): Promise<void> {
  await trx.insertInto('care_episodes').values(registerEpisodeRows(row, now)).execute();
}
