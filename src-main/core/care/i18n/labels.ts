import type { MessageKey } from '../../i18n/keys';

// The key for each value of care's enums and each field, written out (no key is built at run time).

export const REFERRER_LABEL = {
  commission: 'care.enums.referrer.commission',
  guardianship: 'care.enums.referrer.guardianship',
  police: 'care.enums.referrer.police',
  health: 'care.enums.referrer.health',
  school: 'care.enums.referrer.school',
  family: 'care.enums.referrer.family',
  other: 'care.enums.referrer.other',
} as const satisfies Record<string, MessageKey>;

export const REASON_LABEL = {
  poverty: 'care.enums.reason.poverty',
  abuse_neglect: 'care.enums.reason.abuse_neglect',
  abandonment: 'care.enums.reason.abandonment',
  disability: 'care.enums.reason.disability',
  parent_illness: 'care.enums.reason.parent_illness',
  parent_prison: 'care.enums.reason.parent_prison',
  orphaned: 'care.enums.reason.orphaned',
  street: 'care.enums.reason.street',
  school_access: 'care.enums.reason.school_access',
  other: 'care.enums.reason.other',
} as const satisfies Record<string, MessageKey>;

export const RISK_LABEL = {
  low: 'care.enums.risk.low',
  medium: 'care.enums.risk.medium',
  high: 'care.enums.risk.high',
} as const satisfies Record<string, MessageKey>;

export const REFERRAL_STATUS_LABEL = {
  referred: 'care.enums.referralStatus.referred',
  accepted: 'care.enums.referralStatus.accepted',
  rejected: 'care.enums.referralStatus.rejected',
} as const satisfies Record<string, MessageKey>;

export const OUTCOME_LABEL = {
  admitted_resident: 'care.enums.outcome.admitted_resident',
  admitted_day_care: 'care.enums.outcome.admitted_day_care',
  diverted_family_support: 'care.enums.outcome.diverted_family_support',
  diverted_community: 'care.enums.outcome.diverted_community',
  not_admitted: 'care.enums.outcome.not_admitted',
} as const satisfies Record<string, MessageKey>;

export const RECOMMENDATION_LABEL = {
  admit_resident: 'care.enums.recommendation.admit_resident',
  admit_day_care: 'care.enums.recommendation.admit_day_care',
  family_support: 'care.enums.recommendation.family_support',
  community_service: 'care.enums.recommendation.community_service',
  no_placement: 'care.enums.recommendation.no_placement',
} as const satisfies Record<string, MessageKey>;

export const DOMAIN_LABEL = {
  health: 'care.enums.domain.health',
  education: 'care.enums.domain.education',
  family: 'care.enums.domain.family',
  emotional: 'care.enums.domain.emotional',
  self_care: 'care.enums.domain.self_care',
  safety: 'care.enums.domain.safety',
  economic: 'care.enums.domain.economic',
} as const satisfies Record<string, MessageKey>;

export const ADMISSION_TYPE_LABEL = {
  new: 'care.enums.admissionType.new',
  readmission: 'care.enums.admissionType.readmission',
  transfer_in: 'care.enums.admissionType.transfer_in',
} as const satisfies Record<string, MessageKey>;

export const PLACEMENT_LABEL = {
  resident: 'care.enums.placement.resident',
  day_care: 'care.enums.placement.day_care',
} as const satisfies Record<string, MessageKey>;

export const DECIDING_BODY_LABEL = {
  court: 'care.enums.decidingBody.court',
  commission: 'care.enums.decidingBody.commission',
  guardianship: 'care.enums.decidingBody.guardianship',
  labour_ministry: 'care.enums.decidingBody.labour_ministry',
  other: 'care.enums.decidingBody.other',
} as const satisfies Record<string, MessageKey>;

export const LEAVE_REASON_LABEL = {
  family_visit: 'care.enums.leaveReason.family_visit',
  holiday: 'care.enums.leaveReason.holiday',
  medical: 'care.enums.leaveReason.medical',
  education: 'care.enums.leaveReason.education',
  other: 'care.enums.leaveReason.other',
} as const satisfies Record<string, MessageKey>;

export const DESTINATION_LABEL = {
  biological_family: 'care.enums.destination.biological_family',
  kinship: 'care.enums.destination.kinship',
  guardianship: 'care.enums.destination.guardianship',
  foster_family: 'care.enums.destination.foster_family',
  domestic_adoption: 'care.enums.destination.domestic_adoption',
  international_adoption: 'care.enums.destination.international_adoption',
  other_institution: 'care.enums.destination.other_institution',
  independent_living: 'care.enums.destination.independent_living',
  death: 'care.enums.destination.death',
  other: 'care.enums.destination.other',
} as const satisfies Record<string, MessageKey>;

export const EXIT_REASON_LABEL = {
  family_ready: 'care.enums.exitReason.family_ready',
  aged_out: 'care.enums.exitReason.aged_out',
  further_education: 'care.enums.exitReason.further_education',
  transfer: 'care.enums.exitReason.transfer',
  adoption: 'care.enums.exitReason.adoption',
  death: 'care.enums.exitReason.death',
  other: 'care.enums.exitReason.other',
} as const satisfies Record<string, MessageKey>;

export const CARE_STATUS_LABEL = {
  referred: 'care.enums.status.referred',
  resident: 'care.enums.status.resident',
  day_attendee: 'care.enums.status.day_attendee',
  on_leave: 'care.enums.status.on_leave',
  missing: 'care.enums.status.missing',
  discharged: 'care.enums.status.discharged',
} as const satisfies Record<string, MessageKey>;

export const RELATION_LABEL = {
  mother: 'care.enums.relation.mother',
  father: 'care.enums.relation.father',
  sibling: 'care.enums.relation.sibling',
  grandmother: 'care.enums.relation.grandmother',
  grandfather: 'care.enums.relation.grandfather',
  aunt: 'care.enums.relation.aunt',
  uncle: 'care.enums.relation.uncle',
  stepmother: 'care.enums.relation.stepmother',
  stepfather: 'care.enums.relation.stepfather',
  other: 'care.enums.relation.other',
} as const satisfies Record<string, MessageKey>;

export const PARENTAL_RIGHTS_LABEL = {
  intact: 'care.enums.parentalRights.intact',
  restricted: 'care.enums.parentalRights.restricted',
  deprived: 'care.enums.parentalRights.deprived',
} as const satisfies Record<string, MessageKey>;

export const YES_NO_UNKNOWN_LABEL = {
  yes: 'care.enums.yesNoUnknown.yes',
  no: 'care.enums.yesNoUnknown.no',
  unknown: 'care.enums.yesNoUnknown.unknown',
} as const satisfies Record<string, MessageKey>;

export const CONTACT_FREQUENCY_LABEL = {
  none: 'care.enums.contactFrequency.none',
  weekly: 'care.enums.contactFrequency.weekly',
  monthly: 'care.enums.contactFrequency.monthly',
  quarterly: 'care.enums.contactFrequency.quarterly',
  yearly: 'care.enums.contactFrequency.yearly',
  irregular: 'care.enums.contactFrequency.irregular',
} as const satisfies Record<string, MessageKey>;

export const TIMELINE_KIND_LABEL = {
  plan: 'care.enums.timeline.plan',
  review: 'care.enums.timeline.review',
  visit: 'care.enums.timeline.visit',
  referral: 'care.enums.timeline.referral',
  assessment: 'care.enums.timeline.assessment',
  admission: 'care.enums.timeline.admission',
  leave: 'care.enums.timeline.leave',
  missing: 'care.enums.timeline.missing',
  exit: 'care.enums.timeline.exit',
} as const satisfies Record<string, MessageKey>;

export const PLAN_KIND_LABEL = {
  care: 'care.enums.planKind.care',
  reintegration: 'care.enums.planKind.reintegration',
  transition: 'care.enums.planKind.transition',
} as const satisfies Record<string, MessageKey>;

export const PLAN_STATUS_LABEL = {
  draft: 'care.enums.planStatus.draft',
  active: 'care.enums.planStatus.active',
  closed: 'care.enums.planStatus.closed',
} as const satisfies Record<string, MessageKey>;

export const APPROVAL_LABEL = {
  requested: 'care.enums.approval.requested',
  approved: 'care.enums.approval.approved',
  rejected: 'care.enums.approval.rejected',
} as const satisfies Record<string, MessageKey>;

export const READINESS_LABEL = {
  documents: 'care.enums.readiness.documents',
  housing: 'care.enums.readiness.housing',
  income: 'care.enums.readiness.income',
  skills: 'care.enums.readiness.skills',
  contact: 'care.enums.readiness.contact',
} as const satisfies Record<string, MessageKey>;

export const PLACEMENT_STATUS_LABEL = {
  going_well: 'care.enums.placementStatus.going_well',
  concerns: 'care.enums.placementStatus.concerns',
  at_risk: 'care.enums.placementStatus.at_risk',
} as const satisfies Record<string, MessageKey>;

export const SERVICE_LABEL = {
  family_support: 'care.enums.service.family_support',
  counselling: 'care.enums.service.counselling',
  education: 'care.enums.service.education',
  economic_help: 'care.enums.service.economic_help',
} as const satisfies Record<string, MessageKey>;

export const FOLLOW_UP_OUTCOME_LABEL = {
  stable: 'care.enums.followUpOutcome.stable',
  breakdown: 'care.enums.followUpOutcome.breakdown',
  reentered: 'care.enums.followUpOutcome.reentered',
} as const satisfies Record<string, MessageKey>;

export const CARE_FIELD_LABEL = {
  lastName: 'care.fields.lastName',
  firstName: 'care.fields.firstName',
  patronymic: 'care.fields.patronymic',
  sex: 'care.fields.sex',
  dateOfBirth: 'care.fields.dateOfBirth',
  referredOn: 'care.fields.referredOn',
  referrer: 'care.fields.referrer',
  referrerName: 'care.fields.referrerName',
  reasons: 'care.fields.reasons',
  childSituation: 'care.fields.childSituation',
  familySituation: 'care.fields.familySituation',
  consent: 'care.fields.consent',
  riskLevel: 'care.fields.riskLevel',
  notes: 'care.fields.notes',
  assessedOn: 'care.fields.assessedOn',
  assessedBy: 'care.fields.assessedBy',
  needs: 'care.fields.needs',
  recommendation: 'care.fields.recommendation',
  outcome: 'care.fields.outcome',
  outcomeOn: 'care.fields.outcomeOn',
  outcomeService: 'care.fields.outcomeService',
  outcomePlace: 'care.fields.outcomePlace',
  outcomeReason: 'care.fields.outcomeReason',
  referralId: 'care.fields.referralId',
  reason: 'care.fields.reason',
  approval: 'care.fields.approval',
  status: 'care.fields.status',
  endsOn: 'care.fields.endsOn',
  residentId: 'care.fields.residentId',
  goalStatus: 'care.fields.goalStatus',
  admittedOn: 'care.fields.admittedOn',
  admissionType: 'care.fields.admissionType',
  emergency: 'care.fields.emergency',
  placement: 'care.fields.placement',
  legalBasis: 'care.fields.legalBasis',
  decidingBody: 'care.fields.decidingBody',
  decisionNumber: 'care.fields.decisionNumber',
  decisionDate: 'care.fields.decisionDate',
  cameFrom: 'care.fields.cameFrom',
  orderMonths: 'care.fields.orderMonths',
  orderExpiresOn: 'care.fields.orderExpiresOn',
  groupName: 'care.fields.groupName',
  startedOn: 'care.fields.startedOn',
  leaveReason: 'care.fields.leaveReason',
  risk: 'care.fields.risk',
  expectedReturnOn: 'care.fields.expectedReturnOn',
  endedOn: 'care.fields.endedOn',
  noticedAt: 'care.fields.noticedAt',
  authorised: 'care.fields.authorised',
  reportedTo: 'care.fields.reportedTo',
  reportedAt: 'care.fields.reportedAt',
  foundWhere: 'care.fields.foundWhere',
  exitedOn: 'care.fields.exitedOn',
  destination: 'care.fields.destination',
  exitReason: 'care.fields.exitReason',
  destinationAddress: 'care.fields.destinationAddress',
  homeKind: 'care.fields.homeKind',
  kind: 'care.fields.kind',
  responsible: 'care.fields.responsible',
  reviewMonths: 'care.fields.reviewMonths',
  goal: 'care.fields.goal',
  target: 'care.fields.target',
  domain: 'care.fields.domain',
  dueOn: 'care.fields.dueOn',
  requestApproval: 'care.fields.requestApproval',
  reviewedOn: 'care.fields.reviewedOn',
  participants: 'care.fields.participants',
  progress: 'care.fields.progress',
  childView: 'care.fields.childView',
  decision: 'care.fields.decision',
  nextReviewOn: 'care.fields.nextReviewOn',
  visitedOn: 'care.fields.visitedOn',
  seen: 'care.fields.seen',
  notSeenReason: 'care.fields.notSeenReason',
  placementStatus: 'care.fields.placementStatus',
  services: 'care.fields.services',
  visitOutcome: 'care.fields.visitOutcome',
  nextVisitOn: 'care.fields.nextVisitOn',
  relation: 'care.fields.relation',
  alive: 'care.fields.alive',
  parentalRights: 'care.fields.parentalRights',
  address: 'care.fields.address',
  phone: 'care.fields.phone',
  addressRestricted: 'care.fields.addressRestricted',
  contactRestricted: 'care.fields.contactRestricted',
  restrictionDecisionNumber: 'care.fields.restrictionDecisionNumber',
  restrictionDecisionDate: 'care.fields.restrictionDecisionDate',
  restrictionDecidedBy: 'care.fields.restrictionDecidedBy',
  isCaregiver: 'care.fields.isCaregiver',
  willingToCare: 'care.fields.willingToCare',
  ableToCare: 'care.fields.ableToCare',
  barriers: 'care.fields.barriers',
  contactFrequency: 'care.fields.contactFrequency',
  lastContactOn: 'care.fields.lastContactOn',
  childKnows: 'care.fields.childKnows',
  childWantsToLive: 'care.fields.childWantsToLive',
} as const satisfies Record<string, MessageKey>;
