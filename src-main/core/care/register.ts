import type { Kysely } from 'kysely';
import type { CareEpisodesTable, DB, ResidentsTable } from '../db/types';
import type { Audit } from '../db/write';
import { invalid } from '../contract/errors';
import { uuidv7 } from '../ids';
import { historyIssue } from './history';
import { lastStay, sortEpisodes } from './queries';

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

/** The register's admission fields and the columns of the admission episode they are kept in. */
const ADMISSION_FIELDS = [
  ['admission_date', 'started_on', 'startedOn'],
  ['admission_decision_number', 'decision_number', 'decisionNumber'],
  ['admission_decision_date', 'decision_date', 'decisionDate'],
  ['admission_authority', 'legal_basis', 'legalBasis'],
] as const;

/**
 * An edit of the register's admission fields (residents.update) is an edit of the current stay's
 * admission: the episode moves with it — its date, basis, decision and authority — so the care
 * history, the roll call, reports and packages (which read the episodes) keep agreeing with the
 * register. The moved admission is checked against the whole history (after the previous exit,
 * not after the stay's first leave or exit); a break is the admission date's field error and the
 * whole edit writes nothing. Audited as care's `care.episodeUpdate`.
 */
export async function followAdmissionEdit(trx: Kysely<DB>, audit: Audit, before: ResidentsTable, after: ResidentsTable, now: Date): Promise<void> {
  const basisChanged = before.admission_basis !== after.admission_basis;
  if (!basisChanged && ADMISSION_FIELDS.every(([r]) => before[r] === after[r])) return;
  const rows = await trx.selectFrom('care_episodes').selectAll().where('resident_id', '=', after.id).where('voided_at', 'is', null).execute();
  const sorted = sortEpisodes(rows);
  const a = lastStay(sorted)?.admission;
  if (!a) return;
  const set: Partial<CareEpisodesTable> = {};
  const was: Record<string, unknown> = {};
  const moved: Record<string, unknown> = {};
  for (const [r, e, dto] of ADMISSION_FIELDS) {
    if (before[r] !== after[r] && a[e] !== after[r]) {
      (set as Record<string, unknown>)[e] = after[r];
      was[dto] = a[e];
      moved[dto] = after[r];
    }
  }
  if (basisChanged && a.deciding_body !== decidingBodyOfBasis(after.admission_basis)) {
    set.deciding_body = decidingBodyOfBasis(after.admission_basis);
    was.decidingBody = a.deciding_body;
    moved.decidingBody = set.deciding_body;
  }
  if (Object.keys(set).length === 0) return;
  const next = { ...a, ...set };
  const bad = historyIssue(sorted.map((e) => (e.id === a.id ? next : e)));
  if (bad) {
    // Before the previous exit: said as care says it; otherwise it is past the stay's first leave or exit.
    const first = sortEpisodes(sorted.filter((e) => e.id !== a.id && e.started_on >= a.started_on))[0];
    const issue = bad.message === 'care.errors.overlapsStay' || !first
      ? { message: bad.message, ...(bad.params ? { params: bad.params } : {}) }
      : { message: 'care.errors.admissionAfterEvent' as const, params: { date: first.started_on } };
    throw invalid([{ path: 'admissionDate', ...issue }]);
  }
  await trx.updateTable('care_episodes').set({ ...set, version: a.version + 1, updated_at: now.toISOString() }).where('id', '=', a.id).execute();
  await audit({
    action: 'care.episodeUpdate', entity: 'care_episode', entityId: a.id,
    before: { residentId: a.resident_id, kind: 'admission', ...was },
    after: { residentId: a.resident_id, kind: 'admission', ...moved },
  });
}
