// The dashboard. English.
import type { Translation } from '../../i18n/types';
import type { az } from './az';

export const en: Translation<typeof az, 'en'> = {
  nav: 'Dashboard',
  title: 'Dashboard',
  subtitle: 'What needs attention today',
  today: 'Today: {{date}}',
  nothing: 'Nothing needs attention.',
  quarter: 'Figures for {{quarter}}',
  noTallies: 'No figures for this quarter yet.',
  open: 'Open the list',
  loadFailed: 'The dashboard could not be loaded.',
  children: {
    back: 'Back to the dashboard',
    empty: 'No children in this list.',
    loadFailed: 'The list could not be loaded.',
  },
  levels: {
    action: 'Act today',
    warning: 'Soon',
    info: 'For information',
  },
  errors: {
    unknownSignal: 'Unknown signal: {{kind}}.',
    notAboutChildren: 'The “{{kind}}” signal does not list children.',
  },
};
