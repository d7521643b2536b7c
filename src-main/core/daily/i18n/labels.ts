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

export const CARE_NOTE_KIND_LABEL = {
  health: 'daily.noteKind.health',
  meal: 'daily.noteKind.meal',
  sleep: 'daily.noteKind.sleep',
  behaviour: 'daily.noteKind.behaviour',
  activity: 'daily.noteKind.activity',
  education: 'daily.noteKind.education',
  general: 'daily.noteKind.general',
} as const satisfies Record<string, MessageKey>;
