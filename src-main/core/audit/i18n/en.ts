// The audit trail: actions, entities, the history table, the audit screen. English.
import type { Translation } from '../../i18n/types';
import type { az } from './az';

export const en: Translation<typeof az, 'en'> = {
  history: {
    field: 'Field',
    before: 'Before',
    after: 'After',
    value: 'Value',
    by: 'by {{who}}',
    empty: 'No changes yet.',
    newest: 'The newest {{count}} changes are shown; the rest are in the Audit log.',
    hidden: 'hidden (medical)',
    actions: {
      resident_create: 'Registered',
      resident_update: 'Changed',
    },
  },
  nav: 'Audit log',
  title: 'Audit log',
  count: 'Entries: {{n}}',
  empty: 'No entries match these filters.',
  loadFailed: 'The audit log could not be loaded',
  openRecord: 'open the record',
  chainBrokenTitle: 'The audit log has been tampered with',
  training: 'Training: “{{title}}”',
  filters: {
    person: 'Child or staff member',
    personPlaceholder: 'Type a name…',
    user: 'User',
    entity: 'About',
    action: 'Action',
    allOfGroup: 'All: {{group}}',
    from: 'From',
    to: 'To',
    any: 'Any',
    reset: 'Clear filters',
  },
  actionGroups: {
    institution: 'Institution',
    resident: 'Children',
    staff: 'Staff',
    user: 'Accounts',
    auth: 'Sign-in and session',
    settings: 'Settings',
    access: 'Permissions',
    backup: 'Backups',
  },
  fields: {
    attempt: 'Attempt',
    reason: 'Reason',
    lockedUntil: 'Locked until',
    permission: 'Permission needed',
    mustChangePassword: 'Must change password',
  },
  reason: {
    locked: 'the account was locked for a while',
    inactive: 'the account is deactivated',
    unknown: 'no such user',
  },
  noAnchors: 'The state file holds no package of {{institution}} that anchored its audit log.',
  chainBroken: 'The audit log is broken: entries from number {{seq}} on were changed or deleted. Report this to the management.',
  hiddenValue: 'Medical detail (hidden)',
  action: {
    institution: {
      create: 'Institution recorded',
      update: 'Institution details changed',
    },
    attachment: {
      add: 'Document added',
      void: 'Document voided',
    },
    photo: {
      set: 'Child\'s photo changed',
    },
    resident: {
      create: 'Child registered',
      update: 'Child’s details changed',
    },
    staff: {
      create: 'Staff member registered',
      update: 'Staff member’s details changed',
      trainingAdd: 'Training added',
      trainingUpdate: 'Training changed',
    },
    user: {
      create: 'Account created',
      update: 'Account changed',
    },
    auth: {
      signIn: 'Signed in',
      signInFailed: 'Failed sign-in',
      unlockFailed: 'Wrong password when unlocking',
      passwordChangeFailed: 'Wrong old password when changing the password',
      lockout: 'Account locked for a while',
      signOut: 'Signed out',
      unlock: 'Screen unlocked',
      passwordChange: 'Password changed',
      passwordReset: 'Password reset',
    },
    settings: {
      update: 'Settings changed',
    },
    backup: {
      create: 'Backup taken',
      restore: 'Restored from a backup',
      copy: 'A copy of a backup saved to a file',
    },
    access: {
      denied: 'Attempt at a forbidden operation',
    },
  },
  entity: {
    attachment: 'Document',
    resident: 'Child',
    staff: 'Staff member',
    user: 'Account',
    institution: 'Institution',
    settings: 'Settings',
    call: 'Operation',
    backup: 'Backup',
  },
};
