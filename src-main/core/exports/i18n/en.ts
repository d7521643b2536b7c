// Exports and printed files. English.
import type { Translation } from '../../i18n/types';
import type { az } from './az';

export const en: Translation<typeof az, 'en'> = {
  kinds: {
    indicators: 'Indicator report',
    children: 'List of children',
    staff: 'List of staff',
    register: 'Register of children',
  },
  about: {
    sheet: 'About',
    institution: 'Institution',
    period: 'Period',
    by: 'Prepared by',
    at: 'Prepared at',
    use: 'Use',
    inside: 'For use within the institution (personal data — not to be passed on)',
    outside: 'For use outside the institution',
    rule: 'Small numbers',
    ruleText: 'Counts of 1 to 4, which could identify children (and the shares and lengths computed over them), are left empty.',
    rows: 'Rows',
    filters: 'Filters',
  },
  indicators: {
    note: 'Note',
    suppressedNote: '1–4: suppressed',
    coreColumn: 'Core',
    coreMark: 'UNICEF/BCN',
    definitionsSheet: 'Definitions',
    term: 'Term',
    definition: 'Definition',
  },
  definitions: {
    population: { term: 'Population return', text: 'Children in care at the start of the period, admitted and exited in it, and in care at its end: residents and day attendees together and apart. Age is on the period\'s last day.' },
    opening: { term: 'Opening', text: 'Children in care at the end of the day before the period\'s first day.' },
    closing: { term: 'Closing', text: 'Children in care at the end of the period\'s last day. Opening + admissions − exits = closing.' },
    admissions: { term: 'Admission', text: 'A stay beginning in the period (an admission record); a child admitted twice in the period counts twice.' },
    exits: { term: 'Exit', text: 'A stay ending in the period (an exit record), by destination and reason.' },
    lengthOfStay: { term: 'Length of stay', text: 'In days: for children in care from admission to the period\'s end, for exits from admission to exit; median and mean.' },
    share: { term: 'Share (%)', text: 'A part of a count in the same section (e.g. exits to family of all exits); empty when there is nothing to measure.' },
    core: { term: 'UNICEF/BCN', text: 'A core indicator of the UNICEF/BCN Manual for the Measurement of Indicators for Children in Formal Care (2009).' },
    previous: { term: 'Previous period', text: 'The period of the same length just before: the previous month, quarter or year.' },
    suppressed: { term: 'Suppressed count', text: 'In a file for outside use a count of 1 to 4 children, and a share or length computed over it, is written empty. 0 and 5 or more, and figures about staff and places, are written as they are.' },
  },
  errors: {
    forbidden: 'You may not prepare this file.',
  },
};
