import type { MessageKey } from '../../i18n/keys';

// The exports' keys written out, so that no key is built at run time.

export const EXPORT_KIND_LABEL = {
  indicators: 'exports.kinds.indicators',
  children: 'exports.kinds.children',
  staff: 'exports.kinds.staff',
  register: 'exports.kinds.register',
} as const satisfies Record<string, MessageKey>;

export const DEFINITION_LABEL = {
  population: ['exports.definitions.population.term', 'exports.definitions.population.text'],
  opening: ['exports.definitions.opening.term', 'exports.definitions.opening.text'],
  closing: ['exports.definitions.closing.term', 'exports.definitions.closing.text'],
  admissions: ['exports.definitions.admissions.term', 'exports.definitions.admissions.text'],
  exits: ['exports.definitions.exits.term', 'exports.definitions.exits.text'],
  lengthOfStay: ['exports.definitions.lengthOfStay.term', 'exports.definitions.lengthOfStay.text'],
  share: ['exports.definitions.share.term', 'exports.definitions.share.text'],
  core: ['exports.definitions.core.term', 'exports.definitions.core.text'],
  previous: ['exports.definitions.previous.term', 'exports.definitions.previous.text'],
  suppressed: ['exports.definitions.suppressed.term', 'exports.definitions.suppressed.text'],
} as const satisfies Record<string, readonly [MessageKey, MessageKey]>;
