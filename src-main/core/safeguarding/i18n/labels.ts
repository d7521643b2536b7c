import type { MessageKey } from '../../i18n/keys';

// The key for each value of the safeguarding enums, written out (no key built at run time).

export const MEASURE_LABEL = {
  physical_hold: 'safeguarding.measure.physical_hold',
  separation: 'safeguarding.measure.separation',
  removal_of_item: 'safeguarding.measure.removal_of_item',
  restriction_of_activity: 'safeguarding.measure.restriction_of_activity',
  other: 'safeguarding.measure.other',
} as const satisfies Record<string, MessageKey>;

export const COMPLAINT_ABOUT_LABEL = {
  care: 'safeguarding.about.care',
  staff: 'safeguarding.about.staff',
  another_child: 'safeguarding.about.another_child',
  food: 'safeguarding.about.food',
  health: 'safeguarding.about.health',
  education: 'safeguarding.about.education',
  family_contact: 'safeguarding.about.family_contact',
  placement: 'safeguarding.about.placement',
  other: 'safeguarding.about.other',
} as const satisfies Record<string, MessageKey>;
