import type { TableField, TableSchema } from '../table-schema';
import { V1_DISABILITY_DEGREE, V1_LEGAL_STATUS, V1_RESIDENT_STATUS, V1_SEX } from './enums';
import type { KnownResource } from './index';

// Per-child registry data. Data minimisation: no diagnosis, notes, room, key worker or group;
// the admission decision travels in care_episodes.

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const str = (name: string, description: string, c: TableField['constraints'] = {}): TableField => ({
  name,
  type: 'string',
  description,
  constraints: c,
});

export const residentsSchema: TableSchema = {
  fields: [
    str('id', 'Record id in the institution (UUIDv7).', { required: true, pattern: UUID }),
    str('fin', 'Personal identification number (FİN); empty for a child without documents.', {
      unique: true,
      pattern: '[A-HJ-NP-Z0-9]{7}',
    }),
    str('birth_certificate', 'Birth certificate series and number.', { maxLength: 32 }),
    str('last_name', 'Surname.', { required: true, maxLength: 80 }),
    str('first_name', 'Given name.', { required: true, maxLength: 80 }),
    str('patronymic', 'Patronymic (… oğlu / … qızı).', { maxLength: 80 }),
    str('sex', 'M or F.', { required: true, enum: V1_SEX }),
    { name: 'date_of_birth', type: 'date', description: 'Date of birth.', constraints: { required: true } },
    str('place_of_birth', 'Place of birth.', { maxLength: 120 }),
    str('citizenship', 'Citizenship.', { maxLength: 60 }),
    str('legal_status', 'Why the child is without parental care.', { required: true, enum: V1_LEGAL_STATUS }),
    {
      name: 'disability',
      type: 'boolean',
      description: 'Child with a disability (sağlamlıq imkanları məhdud).',
      constraints: { required: true },
      trueValues: ['true'],
      falseValues: ['false'],
    },
    str('disability_degree', 'Degree of disability, when there is one.', { enum: V1_DISABILITY_DEGREE }),
    str('status', 'Resident, day attendee, or left the institution.', { required: true, enum: V1_RESIDENT_STATUS }),
    { name: 'admission_date', type: 'date', description: 'Date of admission.', constraints: { required: true } },
  ],
  primaryKey: ['id'],
  missingValues: [''],
};

export const residentsTable: KnownResource = {
  name: 'residents',
  description: 'Children on the register: every child admitted on or before the last day of the period.',
  schema: residentsSchema,
};
