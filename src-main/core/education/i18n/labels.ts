import type { MessageKey } from '../../i18n/keys';

// The key for each value of an enum, written out so that no key is built at run time (the keys
// test and the typed t() see every one).

export const SCHOOL_TYPE_LABEL = {
  mainstream: 'education.schoolType.mainstream',
  special: 'education.schoolType.special',
  home: 'education.schoolType.home',
  in_institution: 'education.schoolType.in_institution',
  preschool: 'education.schoolType.preschool',
  none: 'education.schoolType.none',
} as const satisfies Record<string, MessageKey>;

export const NONE_REASON_LABEL = {
  below_school_age: 'education.noneReason.below_school_age',
  disability: 'education.noneReason.disability',
  exclusion: 'education.noneReason.exclusion',
  care_duties: 'education.noneReason.care_duties',
  child_choice: 'education.noneReason.child_choice',
  other: 'education.noneReason.other',
} as const satisfies Record<string, MessageKey>;

export const FUNCTIONING_DOMAIN_LABEL = {
  learning: 'education.domain.learning',
  communication: 'education.domain.communication',
  mobility: 'education.domain.mobility',
  self_care: 'education.domain.self_care',
  relationships: 'education.domain.relationships',
  behaviour: 'education.domain.behaviour',
} as const satisfies Record<string, MessageKey>;

export const BARRIER_LABEL = {
  access: 'education.barrier.access',
  support: 'education.barrier.support',
  attitudes: 'education.barrier.attitudes',
  transport: 'education.barrier.transport',
} as const satisfies Record<string, MessageKey>;

export const SUPPORT_KIND_LABEL = {
  referral: 'education.supportKind.referral',
  assessment: 'education.supportKind.assessment',
  service: 'education.supportKind.service',
} as const satisfies Record<string, MessageKey>;

export const SERVICE_LABEL = {
  speech_therapy: 'education.service.speech_therapy',
  physiotherapy: 'education.service.physiotherapy',
  psychologist: 'education.service.psychologist',
  teaching_assistant: 'education.service.teaching_assistant',
  assistive_devices: 'education.service.assistive_devices',
  other: 'education.service.other',
} as const satisfies Record<string, MessageKey>;

export const FREQUENCY_UNIT_LABEL = {
  day: 'education.frequencyUnit.day',
  week: 'education.frequencyUnit.week',
  month: 'education.frequencyUnit.month',
  term: 'education.frequencyUnit.term',
  year: 'education.frequencyUnit.year',
} as const satisfies Record<string, MessageKey>;

export const PLAN_STATUS_LABEL = {
  draft: 'education.planStatus.draft',
  active: 'education.planStatus.active',
  closed: 'education.planStatus.closed',
} as const satisfies Record<string, MessageKey>;

export const GOAL_DOMAIN_LABEL = {
  academic: 'education.goalDomain.academic',
  communication: 'education.goalDomain.communication',
  self_care: 'education.goalDomain.self_care',
  social_emotional: 'education.goalDomain.social_emotional',
  motor: 'education.goalDomain.motor',
} as const satisfies Record<string, MessageKey>;

export const GOAL_STATUS_LABEL = {
  not_started: 'education.goalStatus.not_started',
  in_progress: 'education.goalStatus.in_progress',
  achieved: 'education.goalStatus.achieved',
  discontinued: 'education.goalStatus.discontinued',
} as const satisfies Record<string, MessageKey>;

export const CHECKLIST_LABEL = {
  schoolAccessible: 'education.checklist.schoolAccessible',
  teacherAware: 'education.checklist.teacherAware',
  inclusiveTeaching: 'education.checklist.inclusiveTeaching',
  noStigma: 'education.checklist.noStigma',
  attendanceOk: 'education.checklist.attendanceOk',
  safeRoute: 'education.checklist.safeRoute',
  materialsAvailable: 'education.checklist.materialsAvailable',
} as const satisfies Record<string, MessageKey>;

/** The screening scale's words by score (1 no difficulty … 4 cannot do at all). */
export const SCORE_LABEL = {
  1: 'education.score.none',
  2: 'education.score.some',
  3: 'education.score.aLot',
  4: 'education.score.cannot',
} as const satisfies Record<number, MessageKey>;
