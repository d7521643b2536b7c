import type { TableSchema } from '../table-schema';
import { V1_ADMISSION_BASIS, V1_EPISODE_KIND, V1_EXIT_DESTINATION } from './enums';
import type { KnownResource } from './index';

// Care episodes: admission, transfer, temporary absence, exit. Until the care module records
// episodes of its own, each child's admission (date, basis and decision) is the one episode.

export const careEpisodesSchema: TableSchema = {
  fields: [
    { name: 'id', type: 'string', description: 'Episode id.', constraints: { required: true, maxLength: 80 } },
    { name: 'resident_id', type: 'string', description: 'The child (residents.id).', constraints: { required: true } },
    { name: 'kind', type: 'string', description: 'What happened.', constraints: { required: true, enum: V1_EPISODE_KIND } },
    { name: 'date', type: 'date', description: 'When.', constraints: { required: true } },
    { name: 'basis', type: 'string', description: 'Basis of an admission.', constraints: { enum: V1_ADMISSION_BASIS } },
    { name: 'decision_number', type: 'string', description: 'Number of the decision.', constraints: { maxLength: 60 } },
    { name: 'decision_date', type: 'date', description: 'Date of the decision.' },
    {
      name: 'authority',
      type: 'string',
      description: 'Who decided: the commission on minors’ affairs, a court, …',
      constraints: { maxLength: 200 },
    },
    {
      name: 'destination',
      type: 'string',
      description: 'Where the child went, for an exit.',
      constraints: { enum: V1_EXIT_DESTINATION },
    },
  ],
  primaryKey: ['id'],
  foreignKeys: [{ fields: ['resident_id'], reference: { resource: 'residents', fields: ['id'] } }],
  missingValues: [''],
};

export const careEpisodesTable: KnownResource = {
  name: 'care_episodes',
  description: 'Admissions, transfers, temporary absences and exits of the children in residents.csv.',
  schema: careEpisodesSchema,
};
