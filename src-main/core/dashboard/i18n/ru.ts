// The dashboard. Russian.
import type { Translation } from '../../i18n/types';
import type { az } from './az';

export const ru: Translation<typeof az, 'ru'> = {
  nav: 'Панель',
  title: 'Панель руководителя',
  subtitle: 'Что требует внимания сегодня',
  today: 'Сегодня: {{date}}',
  nothing: 'Ничего не требует внимания.',
  quarter: 'Показатели за {{quarter}}',
  noTallies: 'За этот квартал показателей пока нет.',
  open: 'Открыть список',
  loadFailed: 'Не удалось загрузить панель.',
  children: {
    back: 'Назад к панели',
    empty: 'В этом списке нет детей.',
    loadFailed: 'Не удалось загрузить список.',
  },
  levels: {
    action: 'Требует действий сегодня',
    warning: 'Скоро',
    info: 'К сведению',
  },
  errors: {
    unknownSignal: 'Неизвестный показатель: {{kind}}.',
    notAboutChildren: 'Показатель «{{kind}}» не содержит списка детей.',
  },
};
