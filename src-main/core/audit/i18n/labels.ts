import type { MessageKey } from '../../i18n/keys';

// The key for each value of an enum or each field, written out so that no key is built at run time
// (the keys test and the typed t() see every one).

export const ACTION_LABEL = {
  'institution.create': 'audit.action.institution.create',
  'institution.update': 'audit.action.institution.update',
  'attachment.add': 'audit.action.attachment.add',
  'attachment.void': 'audit.action.attachment.void',
  'photo.set': 'audit.action.photo.set',
  'consent.record': 'documents.audit.consentRecord',
  'consent.withdraw': 'documents.audit.consentWithdraw',
  'resident.create': 'audit.action.resident.create',
  'resident.update': 'audit.action.resident.update',
  'staff.create': 'audit.action.staff.create',
  'staff.update': 'audit.action.staff.update',
  'staff.trainingAdd': 'audit.action.staff.trainingAdd',
  'staff.trainingUpdate': 'audit.action.staff.trainingUpdate',
  'user.create': 'audit.action.user.create',
  'user.update': 'audit.action.user.update',
  'auth.signIn': 'audit.action.auth.signIn',
  'auth.signInFailed': 'audit.action.auth.signInFailed',
  'auth.unlockFailed': 'audit.action.auth.unlockFailed',
  'auth.passwordChangeFailed': 'audit.action.auth.passwordChangeFailed',
  'auth.lockout': 'audit.action.auth.lockout',
  'auth.signOut': 'audit.action.auth.signOut',
  'auth.unlock': 'audit.action.auth.unlock',
  'auth.passwordChange': 'audit.action.auth.passwordChange',
  'auth.passwordReset': 'audit.action.auth.passwordReset',
  'settings.update': 'audit.action.settings.update',
  'access.denied': 'audit.action.access.denied',
  'backup.create': 'audit.action.backup.create',
  'backup.restore': 'audit.action.backup.restore',
  'education.schoolingCreate': 'education.audit.schoolingCreate',
  'education.schoolingUpdate': 'education.audit.schoolingUpdate',
  'education.assessmentAdd': 'education.audit.assessmentAdd',
  'education.supportCreate': 'education.audit.supportCreate',
  'education.supportUpdate': 'education.audit.supportUpdate',
  'education.planCreate': 'education.audit.planCreate',
  'education.planUpdate': 'education.audit.planUpdate',
  'education.planApprove': 'education.audit.planApprove',
  'education.planClose': 'education.audit.planClose',
  'education.goalCreate': 'education.audit.goalCreate',
  'education.goalUpdate': 'education.audit.goalUpdate',
  'education.reviewAdd': 'education.audit.reviewAdd',
} as const satisfies Record<string, MessageKey>;

export const ENTITY_LABEL = {
  attachment: 'audit.entity.attachment',
  resident: 'audit.entity.resident',
  staff: 'audit.entity.staff',
  user: 'audit.entity.user',
  institution: 'audit.entity.institution',
  settings: 'audit.entity.settings',
  call: 'audit.entity.call',
  backup: 'audit.entity.backup',
} as const satisfies Record<string, MessageKey>;

export const AUDIT_FIELD_LABEL = {
  attempt: 'audit.fields.attempt',
  reason: 'audit.fields.reason',
  lockedUntil: 'audit.fields.lockedUntil',
  permission: 'audit.fields.permission',
  mustChangePassword: 'audit.fields.mustChangePassword',
} as const satisfies Record<string, MessageKey>;

export const AUDIT_REASON_LABEL = {
  locked: 'audit.reason.locked',
  inactive: 'audit.reason.inactive',
  unknown: 'audit.reason.unknown',
} as const satisfies Record<string, MessageKey>;

export const ACTION_GROUP_LABEL = {
  institution: 'audit.actionGroups.institution',
  resident: 'audit.actionGroups.resident',
  staff: 'audit.actionGroups.staff',
  user: 'audit.actionGroups.user',
  auth: 'audit.actionGroups.auth',
  settings: 'audit.actionGroups.settings',
  access: 'audit.actionGroups.access',
  backup: 'audit.actionGroups.backup',
  education: 'education.nav',
} as const satisfies Record<string, MessageKey>;
