import type { Selectable } from 'kysely';
import type { AssessmentsTable, ReferralsTable, RelativesTable } from '../db/types';
import type { EpisodeRow } from './queries';
import type { AssessmentDto, EpisodeDto, ReferralDto, RelativeDto } from './schema';

// Rows → DTOs (rows never cross the contract).

export function toEpisodeDto(r: EpisodeRow): EpisodeDto {
  return {
    id: r.id,
    version: r.version,
    kind: r.kind as EpisodeDto['kind'],
    startedOn: r.started_on,
    endedOn: r.ended_on,
    admissionType: r.admission_type as EpisodeDto['admissionType'],
    emergency: r.emergency === 1,
    placement: r.placement as EpisodeDto['placement'],
    referralId: r.referral_id,
    previousExitId: r.previous_exit_id,
    cameFrom: r.came_from,
    orderMonths: r.order_months,
    orderExpiresOn: r.order_expires_on,
    legalBasis: r.legal_basis,
    decidingBody: r.deciding_body as EpisodeDto['decidingBody'],
    decisionNumber: r.decision_number,
    decisionDate: r.decision_date,
    leaveReason: r.leave_reason as EpisodeDto['leaveReason'],
    risk: r.risk,
    expectedReturnOn: r.expected_return_on,
    authorised: r.authorised === null ? null : r.authorised === 1,
    noticedAt: r.noticed_at,
    reportedTo: r.reported_to,
    reportedAt: r.reported_at,
    foundWhere: r.found_where,
    destination: r.destination as EpisodeDto['destination'],
    exitReason: r.exit_reason as EpisodeDto['exitReason'],
    destinationAddress: r.destination_address,
    homeKind: r.home_kind,
    approval: r.approval as EpisodeDto['approval'],
    origin: r.origin as EpisodeDto['origin'],
    notes: r.notes,
  };
}

export function toAssessmentDto(r: Selectable<AssessmentsTable>): AssessmentDto {
  return {
    id: r.id,
    referralId: r.referral_id,
    episodeId: r.episode_id,
    assessedOn: r.assessed_on,
    assessedBy: r.assessed_by,
    needs: JSON.parse(r.needs) as AssessmentDto['needs'],
    recommendation: r.recommendation as AssessmentDto['recommendation'],
    notes: r.notes,
  };
}

export function toReferralDto(r: Selectable<ReferralsTable>, assessments: AssessmentDto[]): ReferralDto {
  return {
    id: r.id,
    version: r.version,
    residentId: r.resident_id,
    lastName: r.last_name,
    firstName: r.first_name,
    patronymic: r.patronymic,
    sex: r.sex,
    dateOfBirth: r.date_of_birth,
    referredOn: r.referred_on,
    referrer: r.referrer as ReferralDto['referrer'],
    referrerName: r.referrer_name,
    reasons: JSON.parse(r.reasons) as ReferralDto['reasons'],
    childSituation: r.child_situation,
    familySituation: r.family_situation,
    consent: r.consent === 1,
    riskLevel: r.risk_level as ReferralDto['riskLevel'],
    status: r.status as ReferralDto['status'],
    outcome: r.outcome as ReferralDto['outcome'],
    outcomeOn: r.outcome_on,
    outcomeService: r.outcome_service,
    outcomePlace: r.outcome_place,
    outcomeReason: r.outcome_reason,
    notes: r.notes,
    assessments,
  };
}

/** A restricted address (and phone) only for a role that needs it. */
export function toRelativeDto(r: Selectable<RelativesTable>, mayKnowRestricted: boolean): RelativeDto {
  const hide = r.address_restricted === 1 && !mayKnowRestricted;
  return {
    id: r.id,
    version: r.version,
    residentId: r.resident_id,
    relation: r.relation as RelativeDto['relation'],
    lastName: r.last_name,
    firstName: r.first_name,
    patronymic: r.patronymic,
    sex: r.sex,
    dateOfBirth: r.date_of_birth,
    alive: r.alive as RelativeDto['alive'],
    parentalRights: r.parental_rights as RelativeDto['parentalRights'],
    address: hide ? null : r.address,
    phone: hide ? null : r.phone,
    addressRestricted: r.address_restricted === 1,
    isCaregiver: r.is_caregiver === 1,
    willingToCare: r.willing_to_care as RelativeDto['willingToCare'],
    ableToCare: r.able_to_care as RelativeDto['ableToCare'],
    barriers: r.barriers,
    contactFrequency: r.contact_frequency as RelativeDto['contactFrequency'],
    lastContactOn: r.last_contact_on,
    childKnows: r.child_knows as RelativeDto['childKnows'],
    childWantsToLive: r.child_wants_to_live as RelativeDto['childWantsToLive'],
    siblingResidentId: r.sibling_resident_id,
    notes: r.notes,
    contactRestricted: r.contact_restricted === 1,
    restrictionDecisionNumber: r.restriction_decision_number,
    restrictionDecisionDate: r.restriction_decision_date,
    restrictionDecidedBy: (r.restriction_decided_by || null) as RelativeDto['restrictionDecidedBy'],
  };
}
