import type { MessageKey } from '../../i18n/keys';

// The key for each value of the daily enums, written out (no key built at run time).

export const ATTENDANCE_STATUS_LABEL = {
  present: 'daily.status.present',
  home_leave: 'daily.status.home_leave',
  hospital: 'daily.status.hospital',
  school_trip: 'daily.status.school_trip',
  missing: 'daily.status.missing',
  other: 'daily.status.other',
} as const satisfies Record<string, MessageKey>;

export const INCIDENT_KIND_LABEL = {
  injury: 'daily.incidentKind.injury',
  illness: 'daily.incidentKind.illness',
  missing_from_care: 'daily.incidentKind.missing_from_care',
  abducted: 'daily.incidentKind.abducted',
  violence_bullying: 'daily.incidentKind.violence_bullying',
  abuse_allegation: 'daily.incidentKind.abuse_allegation',
  allegation_against_staff: 'daily.incidentKind.allegation_against_staff',
  self_harm: 'daily.incidentKind.self_harm',
  sexual_exploitation: 'daily.incidentKind.sexual_exploitation',
  offence: 'daily.incidentKind.offence',
  pregnancy: 'daily.incidentKind.pregnancy',
  death: 'daily.incidentKind.death',
  property: 'daily.incidentKind.property',
  other: 'daily.incidentKind.other',
} as const satisfies Record<string, MessageKey>;

export const SEVERITY_LABEL = {
  low: 'daily.severity.low',
  medium: 'daily.severity.medium',
  high: 'daily.severity.high',
  critical: 'daily.severity.critical',
} as const satisfies Record<string, MessageKey>;

export const PARTY_LABEL = {
  family: 'daily.party.family',
  police: 'daily.party.police',
  health_service: 'daily.party.health_service',
  guardianship_authority: 'daily.party.guardianship_authority',
  ministry: 'daily.party.ministry',
} as const satisfies Record<string, MessageKey>;

export const ROUTE_LABEL = {
  oral: 'daily.route.oral',
  sublingual: 'daily.route.sublingual',
  topical: 'daily.route.topical',
  inhaled: 'daily.route.inhaled',
  injection: 'daily.route.injection',
  rectal: 'daily.route.rectal',
  eye: 'daily.route.eye',
  ear: 'daily.route.ear',
  nasal: 'daily.route.nasal',
  other: 'daily.route.other',
} as const satisfies Record<string, MessageKey>;

export const DOSE_OUTCOME_LABEL = {
  given: 'daily.medication.given',
  refused: 'daily.medication.refused',
  missed: 'daily.medication.missed',
} as const satisfies Record<string, MessageKey>;

export const CARE_NOTE_KIND_LABEL = {
  health: 'daily.noteKind.health',
  meal: 'daily.noteKind.meal',
  sleep: 'daily.noteKind.sleep',
  behaviour: 'daily.noteKind.behaviour',
  activity: 'daily.noteKind.activity',
  education: 'daily.noteKind.education',
  general: 'daily.noteKind.general',
} as const satisfies Record<string, MessageKey>;

export const CONTACT_KIND_LABEL = {
  visit_institution: 'daily.family.kind.visit_institution',
  home_visit: 'daily.family.kind.home_visit',
  phone_call: 'daily.family.kind.phone_call',
  video_call: 'daily.family.kind.video_call',
  letter: 'daily.family.kind.letter',
} as const satisfies Record<string, MessageKey>;

/** The refusal of a contact with a relative whose contact is restricted, by the body that decided it. */
export const CONTACT_RESTRICTED_BY = {
  court: 'daily.family.errors.restricted.court',
  commission: 'daily.family.errors.restricted.commission',
  guardianship: 'daily.family.errors.restricted.guardianship',
  labour_ministry: 'daily.family.errors.restricted.labour_ministry',
  other: 'daily.family.errors.restricted.other',
  none: 'daily.family.errors.restricted.none',
} as const satisfies Record<string, MessageKey>;

export const ALLERGY_KIND_LABEL = {
  medicine: 'daily.allergyKind.medicine',
  food: 'daily.allergyKind.food',
  environmental: 'daily.allergyKind.environmental',
  insect: 'daily.allergyKind.insect',
  other: 'daily.allergyKind.other',
} as const satisfies Record<string, MessageKey>;

export const ALLERGY_SEVERITY_LABEL = {
  mild: 'daily.allergySeverity.mild',
  moderate: 'daily.allergySeverity.moderate',
  severe: 'daily.allergySeverity.severe',
  life_threatening: 'daily.allergySeverity.life_threatening',
} as const satisfies Record<string, MessageKey>;

export const STOCK_MOVEMENT_LABEL = {
  received: 'daily.stockMovement.received',
  disposed: 'daily.stockMovement.disposed',
  returned: 'daily.stockMovement.returned',
} as const satisfies Record<string, MessageKey>;

/** Where a prescription stands on a day: started and not ended, ended, or starting later. */
export const PRESCRIPTION_STATUS_LABEL = {
  active: 'daily.fix.status.active',
  ended: 'daily.fix.status.ended',
  upcoming: 'daily.fix.status.upcoming',
} as const satisfies Record<string, MessageKey>;
