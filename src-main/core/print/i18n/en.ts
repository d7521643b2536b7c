// Printing (any printed document). English.
import type { Translation } from '../../i18n/types';
import type { az } from './az';

export const en: Translation<typeof az, 'en'> = {
  savePdf: 'Save as PDF',
  saved: 'PDF saved: {{path}}',
  errors: {
    unavailable: 'A PDF cannot be saved here: print the page with the browser’s print.',
    notPrintPath: 'This is not a print page.',
  },
};
