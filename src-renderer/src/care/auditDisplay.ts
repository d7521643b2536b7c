import {
  ADMISSION_TYPE_LABEL, APPROVAL_LABEL, CARE_FIELD_LABEL, CONTACT_FREQUENCY_LABEL, DECIDING_BODY_LABEL, DESTINATION_LABEL, DOMAIN_LABEL,
  EXIT_REASON_LABEL, FOLLOW_UP_OUTCOME_LABEL, LEAVE_REASON_LABEL, OUTCOME_LABEL, PARENTAL_RIGHTS_LABEL, PLACEMENT_LABEL, PLACEMENT_STATUS_LABEL,
  PLAN_KIND_LABEL, PLAN_STATUS_LABEL, RECOMMENDATION_LABEL, REFERRAL_STATUS_LABEL, REFERRER_LABEL, RELATION_LABEL, RISK_LABEL, TIMELINE_KIND_LABEL,
  YES_NO_UNKNOWN_LABEL,
} from '@core/care/i18n/labels';
import { keyFor, type MessageKey } from '@core/i18n/keys';
import { formatDate, formatDateTime } from '../format';
import type { Locale } from '@core/i18n';

// How care's audit entries read (the audit log and a record's history): each field with its form
// label, each value as the care screens show it (enums in words, dates dd.mm.yyyy).

const CARE_ENTITIES: ReadonlySet<string> = new Set(['referral', 'assessment', 'care_episode', 'case_plan', 'follow_up_visit', 'relative']);
export const isCareEntity = (entity: string) => CARE_ENTITIES.has(entity);

/** A care field's label key, or null for one the forms do not name. */
export function careFieldKey(entity: string, field: string): MessageKey | null {
  if (field === 'kind') return entity === 'care_episode' ? 'care.timeline.filter' : 'care.fields.kind';
  return keyFor(CARE_FIELD_LABEL, field) ?? null;
}

const ENUMS: Record<string, Readonly<Record<string, MessageKey>>> = {
  destination: DESTINATION_LABEL, exitReason: EXIT_REASON_LABEL, decidingBody: DECIDING_BODY_LABEL, leaveReason: LEAVE_REASON_LABEL,
  admissionType: ADMISSION_TYPE_LABEL, placement: PLACEMENT_LABEL, approval: APPROVAL_LABEL, domain: DOMAIN_LABEL, relation: RELATION_LABEL,
  parentalRights: PARENTAL_RIGHTS_LABEL, recommendation: RECOMMENDATION_LABEL, referrer: REFERRER_LABEL, riskLevel: RISK_LABEL, outcome: OUTCOME_LABEL,
  contactFrequency: CONTACT_FREQUENCY_LABEL, placementStatus: PLACEMENT_STATUS_LABEL, alive: YES_NO_UNKNOWN_LABEL, willingToCare: YES_NO_UNKNOWN_LABEL,
  ableToCare: YES_NO_UNKNOWN_LABEL, childKnows: YES_NO_UNKNOWN_LABEL, childWantsToLive: YES_NO_UNKNOWN_LABEL,
};

/** A care value in words, or null to show it as it is. */
export function careValue(entity: string, field: string, v: unknown, tk: (k: string) => string, locale: Locale): string | null {
  if (typeof v !== 'string') return null;
  let map = ENUMS[field];
  if (field === 'kind') map = entity === 'care_episode' ? TIMELINE_KIND_LABEL : PLAN_KIND_LABEL;
  if (field === 'status') map = entity === 'case_plan' ? PLAN_STATUS_LABEL : entity === 'referral' ? REFERRAL_STATUS_LABEL : undefined;
  if (field === 'outcome' && entity === 'follow_up_visit') map = FOLLOW_UP_OUTCOME_LABEL;
  if (map) {
    const key = keyFor(map, v);
    return key ? tk(key) : null;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDate(v, locale);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v) && /At$/.test(field)) return formatDateTime(v, locale);
  return null;
}
