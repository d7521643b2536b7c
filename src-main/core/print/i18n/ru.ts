// Printing (any printed document). Russian.
import type { Translation } from '../../i18n/types';
import type { az } from './az';

export const ru: Translation<typeof az, 'ru'> = {
  savePdf: 'Сохранить в PDF',
  saved: 'PDF сохранён: {{path}}',
  errors: {
    unavailable: 'Здесь нельзя сохранить PDF: распечатайте страницу через печать браузера.',
    notPrintPath: 'Это не страница для печати.',
  },
};
