import {
  ADMISSION_TYPE_LABEL, DOMAIN_LABEL, FOLLOW_UP_OUTCOME_LABEL, PLACEMENT_STATUS_LABEL, PLAN_KIND_LABEL, SERVICE_LABEL, CARE_FIELD_LABEL as F, CONTACT_FREQUENCY_LABEL, DECIDING_BODY_LABEL, DESTINATION_LABEL, EXIT_REASON_LABEL,
  LEAVE_REASON_LABEL, OUTCOME_LABEL, PARENTAL_RIGHTS_LABEL, PLACEMENT_LABEL, REASON_LABEL, RECOMMENDATION_LABEL, REFERRER_LABEL,
  RELATION_LABEL, RISK_LABEL, YES_NO_UNKNOWN_LABEL, READINESS_LABEL,
} from '@core/care/i18n/labels';
import { READINESS_ITEMS, WELLBEING_DOMAINS, type EpisodeDto, type GoalDto } from '@core/care/schema';
import { SEX_LABEL } from '@core/residents/i18n/labels';
import type { FieldSpec } from './ActionModal';

// The fields of each care dialog, in the order asked. Labels and options come from the core's
// label maps (core/care/i18n/labels.ts).

const { diverted_family_support, diverted_community, not_admitted } = OUTCOME_LABEL;

export const referralFields: FieldSpec[] = [
  { name: 'lastName', label: F.lastName, kind: 'text', required: true },
  { name: 'firstName', label: F.firstName, kind: 'text', required: true },
  { name: 'patronymic', label: F.patronymic, kind: 'text' },
  { name: 'sex', label: F.sex, kind: 'select', options: SEX_LABEL, required: true },
  { name: 'dateOfBirth', label: F.dateOfBirth, kind: 'date' },
  { name: 'referredOn', label: F.referredOn, kind: 'date', required: true },
  { name: 'referrer', label: F.referrer, kind: 'select', options: REFERRER_LABEL, required: true },
  { name: 'referrerName', label: F.referrerName, kind: 'text' },
  { name: 'reasons', label: F.reasons, kind: 'multi', options: REASON_LABEL, required: true },
  { name: 'riskLevel', label: F.riskLevel, kind: 'select', options: RISK_LABEL, required: true },
  { name: 'consent', label: F.consent, kind: 'check' },
  { name: 'childSituation', label: F.childSituation, kind: 'textarea' },
  { name: 'familySituation', label: F.familySituation, kind: 'textarea' },
];

/** A child already in the register, referred again: the identity comes from the register. */
export const referralAgainFields = referralFields.filter((f) => !['lastName', 'firstName', 'patronymic', 'sex', 'dateOfBirth'].includes(f.name));

/** The needs found, one field per well-being domain (health, education, family, …). */
const needFields: FieldSpec[] = WELLBEING_DOMAINS.map((d) => ({ name: `need_${d}`, label: DOMAIN_LABEL[d], kind: 'textarea' }));

export const assessmentFields: FieldSpec[] = [
  { name: 'assessedOn', label: F.assessedOn, kind: 'date', required: true },
  { name: 'assessedBy', label: F.assessedBy, kind: 'text', required: true },
  { name: 'recommendation', label: F.recommendation, kind: 'select', options: RECOMMENDATION_LABEL, required: true, wide: true },
  ...needFields,
  { name: 'notes', label: F.notes, kind: 'textarea' },
];

/** Fields named `<prefix><key>` gathered into one record under `into` (empty ones left out); the rest as they are. */
function gather(v: Record<string, unknown>, prefix: string, into: string): Record<string, unknown> {
  const record: Record<string, string> = {};
  const rest: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    if (!k.startsWith(prefix)) rest[k] = x;
    else if (typeof x === 'string' && x.trim()) record[k.slice(prefix.length)] = x;
  }
  return { ...rest, [into]: record };
}

/** The flat need_<domain> fields into the call's needs record. */
export const assessmentShape = (v: Record<string, unknown>) => gather(v, 'need_', 'needs');

export const outcomeFields: FieldSpec[] = [
  { name: 'outcome', label: F.outcome, kind: 'select', options: { diverted_family_support, diverted_community, not_admitted }, required: true, wide: true },
  { name: 'outcomeOn', label: F.outcomeOn, kind: 'date', required: true },
  { name: 'outcomeService', label: F.outcomeService, kind: 'text' },
  { name: 'outcomePlace', label: F.outcomePlace, kind: 'text' },
  { name: 'outcomeReason', label: F.outcomeReason, kind: 'textarea' },
];

export const admitFields: FieldSpec[] = [
  { name: 'admittedOn', label: F.admittedOn, kind: 'date', required: true },
  { name: 'admissionType', label: F.admissionType, kind: 'select', options: ADMISSION_TYPE_LABEL, required: true },
  { name: 'placement', label: F.placement, kind: 'select', options: PLACEMENT_LABEL, required: true },
  { name: 'emergency', label: F.emergency, kind: 'check' },
  { name: 'decidingBody', label: F.decidingBody, kind: 'select', options: DECIDING_BODY_LABEL, required: true, wide: true },
  { name: 'decisionNumber', label: F.decisionNumber, kind: 'text' },
  { name: 'decisionDate', label: F.decisionDate, kind: 'date' },
  { name: 'legalBasis', label: F.legalBasis, kind: 'text' },
  { name: 'cameFrom', label: F.cameFrom, kind: 'text' },
  { name: 'orderMonths', label: F.orderMonths, kind: 'number' },
  { name: 'orderExpiresOn', label: F.orderExpiresOn, kind: 'date' },
  { name: 'groupName', label: F.groupName, kind: 'text' },
];

export const leaveFields: FieldSpec[] = [
  { name: 'startedOn', label: F.startedOn, kind: 'date', required: true },
  { name: 'expectedReturnOn', label: F.expectedReturnOn, kind: 'date' },
  { name: 'leaveReason', label: F.leaveReason, kind: 'select', options: LEAVE_REASON_LABEL, required: true, wide: true },
  { name: 'risk', label: F.risk, kind: 'textarea' },
];

export const returnFields: FieldSpec[] = [{ name: 'endedOn', label: F.endedOn, kind: 'date', required: true }];
export const foundFields: FieldSpec[] = [...returnFields, { name: 'foundWhere', label: F.foundWhere, kind: 'text' }];

export const missingFields: FieldSpec[] = [
  { name: 'noticedAt', label: F.noticedAt, kind: 'datetime', required: true },
  { name: 'authorised', label: F.authorised, kind: 'check' },
  { name: 'reportedTo', label: F.reportedTo, kind: 'text' },
  { name: 'reportedAt', label: F.reportedAt, kind: 'datetime' },
];

export const reportFields: FieldSpec[] = [
  { name: 'reportedTo', label: F.reportedTo, kind: 'text', required: true },
  { name: 'reportedAt', label: F.reportedAt, kind: 'datetime', required: true },
];

export const exitFields: FieldSpec[] = [
  { name: 'exitedOn', label: F.exitedOn, kind: 'date', required: true },
  { name: 'destination', label: F.destination, kind: 'select', options: DESTINATION_LABEL, required: true },
  { name: 'exitReason', label: F.exitReason, kind: 'select', options: EXIT_REASON_LABEL, required: true },
  { name: 'homeKind', label: F.homeKind, kind: 'text' },
  { name: 'destinationAddress', label: F.destinationAddress, kind: 'text', wide: true },
  { name: 'decidingBody', label: F.decidingBody, kind: 'select', options: DECIDING_BODY_LABEL, required: true, wide: true },
  { name: 'decisionNumber', label: F.decisionNumber, kind: 'text', required: true },
  { name: 'decisionDate', label: F.decisionDate, kind: 'date', required: true },
  { name: 'requestApproval', label: F.requestApproval, kind: 'check', wide: true },
];

export const relativeFields: FieldSpec[] = [
  { name: 'relation', label: F.relation, kind: 'select', options: RELATION_LABEL, required: true },
  { name: 'alive', label: F.alive, kind: 'select', options: YES_NO_UNKNOWN_LABEL },
  { name: 'lastName', label: F.lastName, kind: 'text', required: true },
  { name: 'firstName', label: F.firstName, kind: 'text', required: true },
  { name: 'patronymic', label: F.patronymic, kind: 'text' },
  { name: 'dateOfBirth', label: F.dateOfBirth, kind: 'date' },
  { name: 'parentalRights', label: F.parentalRights, kind: 'select', options: PARENTAL_RIGHTS_LABEL },
  { name: 'contactFrequency', label: F.contactFrequency, kind: 'select', options: CONTACT_FREQUENCY_LABEL },
  { name: 'address', label: F.address, kind: 'text', wide: true },
  { name: 'phone', label: F.phone, kind: 'text' },
  { name: 'lastContactOn', label: F.lastContactOn, kind: 'date' },
  { name: 'addressRestricted', label: F.addressRestricted, kind: 'check', wide: true },
  { name: 'contactRestricted', label: F.contactRestricted, kind: 'check', wide: true },
  { name: 'restrictionDecidedBy', label: F.restrictionDecidedBy, kind: 'select', options: DECIDING_BODY_LABEL, wide: true },
  { name: 'restrictionDecisionNumber', label: F.restrictionDecisionNumber, kind: 'text' },
  { name: 'restrictionDecisionDate', label: F.restrictionDecisionDate, kind: 'date' },
  { name: 'isCaregiver', label: F.isCaregiver, kind: 'check' },
  { name: 'willingToCare', label: F.willingToCare, kind: 'select', options: YES_NO_UNKNOWN_LABEL },
  { name: 'ableToCare', label: F.ableToCare, kind: 'select', options: YES_NO_UNKNOWN_LABEL },
  { name: 'childWantsToLive', label: F.childWantsToLive, kind: 'select', options: YES_NO_UNKNOWN_LABEL },
  { name: 'barriers', label: F.barriers, kind: 'textarea' },
];


export const planFields: FieldSpec[] = [
  { name: 'kind', label: F.kind, kind: 'select', options: PLAN_KIND_LABEL, required: true, wide: true },
  { name: 'startedOn', label: F.startedOn, kind: 'date', required: true },
  { name: 'reviewMonths', label: F.reviewMonths, kind: 'number' },
  { name: 'responsible', label: F.responsible, kind: 'text' },
  { name: 'requestApproval', label: F.requestApproval, kind: 'check' },
  { name: 'domain', label: F.domain, kind: 'select', options: DOMAIN_LABEL },
  { name: 'goal', label: F.goal, kind: 'text' },
  { name: 'target', label: F.target, kind: 'text', wide: true },
];

/** The plan dialog asks for its first goal flat; the call takes a list. */
export function planShape(v: Record<string, unknown>): Record<string, unknown> {
  const { domain, goal, target, reviewMonths, ...rest } = v;
  return {
    ...rest,
    ...(reviewMonths === null ? {} : { reviewMonths }),
    goals: goal ? [{ domain, goal, target, responsible: rest.responsible }] : [],
  };
}

export const reviewFields: FieldSpec[] = [
  { name: 'reviewedOn', label: F.reviewedOn, kind: 'date', required: true },
  { name: 'nextReviewOn', label: F.nextReviewOn, kind: 'date' },
  { name: 'participants', label: F.participants, kind: 'text', wide: true },
  { name: 'childView', label: F.childView, kind: 'textarea' },
  { name: 'decision', label: F.decision, kind: 'textarea' },
];

export const visitFields: FieldSpec[] = [
  { name: 'visitedOn', label: F.visitedOn, kind: 'date', required: true },
  { name: 'seen', label: F.seen, kind: 'check' },
  { name: 'notSeenReason', label: F.notSeenReason, kind: 'text', wide: true },
  { name: 'placementStatus', label: F.placementStatus, kind: 'select', options: PLACEMENT_STATUS_LABEL },
  { name: 'outcome', label: F.visitOutcome, kind: 'select', options: FOLLOW_UP_OUTCOME_LABEL },
  { name: 'services', label: F.services, kind: 'multi', options: SERVICE_LABEL },
  { name: 'nextVisitOn', label: F.nextVisitOn, kind: 'date' },
  { name: 'notes', label: F.notes, kind: 'textarea' },
];

export const goalFields: FieldSpec[] = [
  { name: 'domain', label: F.domain, kind: 'select', options: DOMAIN_LABEL, required: true },
  { name: 'dueOn', label: F.dueOn, kind: 'date' },
  { name: 'goal', label: F.goal, kind: 'text', required: true, wide: true },
  { name: 'target', label: F.target, kind: 'text', wide: true },
  { name: 'responsible', label: F.responsible, kind: 'text' },
];

/** A review asks for progress on each open goal, labelled with the goal itself. */
export function reviewFieldsFor(goals: readonly GoalDto[]): FieldSpec[] {
  const open = goals.filter((g) => g.status === 'open');
  return [
    ...reviewFields.slice(0, 3),
    ...open.map((g): FieldSpec => ({ name: `progress_${g.id}`, label: F.progress, text: g.goal, kind: 'textarea' })),
    ...reviewFields.slice(3),
  ];
}

export const reviewShape = (v: Record<string, unknown>) => gather(v, 'progress_', 'progress');

export const readinessFields: FieldSpec[] = READINESS_ITEMS.map((k) => ({ name: k, label: READINESS_LABEL[k], kind: 'check', wide: true }));

export function readinessShape(v: Record<string, unknown>): Record<string, unknown> {
  const { planId, ...items } = v;
  return { planId, readiness: Object.fromEntries(READINESS_ITEMS.map((k) => [k, items[k] === true])) };
}

const reason: FieldSpec = { name: 'reason', label: F.reason, kind: 'textarea', required: true };

/** Correcting an episode: its kind's fields, then the reason. */
export function correctionFields(kind: EpisodeDto['kind']): FieldSpec[] {
  switch (kind) {
    case 'admission':
      return [
        { name: 'startedOn', label: F.admittedOn, kind: 'date', required: true },
        ...admitFields.filter((f) => ['admissionType', 'placement', 'emergency', 'decidingBody', 'decisionNumber', 'decisionDate', 'legalBasis', 'cameFrom', 'orderExpiresOn'].includes(f.name)),
        reason,
      ];
    case 'leave':
      return [...leaveFields, { name: 'endedOn', label: F.endedOn, kind: 'date' }, reason];
    case 'missing':
      return [...missingFields, { name: 'endedOn', label: F.endedOn, kind: 'date' }, { name: 'foundWhere', label: F.foundWhere, kind: 'text' }, reason];
    default:
      return [{ name: 'startedOn', label: F.exitedOn, kind: 'date', required: true }, ...exitFields.filter((f) => f.name !== 'exitedOn' && f.name !== 'requestApproval'), reason];
  }
}

/** An episode's current values as the correction form's starting values. */
export function correctionInitial(e: EpisodeDto): Record<string, unknown> {
  const local = (x: string | null) => (x ? x.slice(0, 16) : '');
  return {
    ...Object.fromEntries(Object.entries(e).map(([k, v]) => [k, v ?? undefined])),
    noticedAt: local(e.noticedAt),
    reportedAt: local(e.reportedAt),
    authorised: e.authorised === true,
    reason: '',
  };
}
