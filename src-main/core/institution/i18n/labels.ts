import type { MessageKey } from '../../i18n/keys';

// The key for each value of an enum or each field, written out so that no key is built at run time
// (the keys test and the typed t() see every one).

export const INSTITUTION_TYPE_LABEL = {
  childrens_home: 'institution.type.childrens_home',
  boarding_school: 'institution.type.boarding_school',
  day_care_centre: 'institution.type.day_care_centre',
  rehabilitation_centre: 'institution.type.rehabilitation_centre',
  small_group_home: 'institution.type.small_group_home',
} as const satisfies Record<string, MessageKey>;

export const INSTITUTION_FIELD_LABEL = {
  code: 'institution.wizard.fields.code',
  nameAz: 'institution.wizard.fields.nameAz',
  nameEn: 'institution.wizard.fields.nameEn',
  type: 'institution.wizard.fields.type',
  region: 'institution.wizard.fields.region',
  address: 'institution.wizard.fields.address',
  capacity: 'institution.wizard.fields.capacity',
  displayName: 'institution.wizard.fields.displayName',
} as const satisfies Record<string, MessageKey>;
