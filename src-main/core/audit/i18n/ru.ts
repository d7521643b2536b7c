// The audit trail: actions, entities, the history table, the audit screen. Russian.
import type { Translation } from '../../i18n/types';
import type { az } from './az';

export const ru: Translation<typeof az, 'ru'> = {
  history: {
    field: 'Поле',
    before: 'Было',
    after: 'Стало',
    value: 'Значение',
    by: 'пользователь: {{who}}',
    empty: 'Изменений пока нет.',
    newest: 'Показаны последние {{count}} изменений; остальные — в журнале аудита.',
    hidden: 'скрыто (медицинские данные)',
    actions: {
      resident_create: 'Зарегистрирован',
      resident_update: 'Изменён',
    },
  },
  nav: 'Журнал аудита',
  title: 'Журнал аудита',
  count: 'Записей: {{n}}',
  empty: 'Нет записей, подходящих под фильтры.',
  loadFailed: 'Не удалось загрузить журнал аудита',
  openRecord: 'открыть запись',
  chainBrokenTitle: 'Целостность журнала аудита нарушена',
  training: 'Обучение: «{{title}}»',
  filters: {
    person: 'Ребёнок или сотрудник',
    personPlaceholder: 'Введите имя…',
    user: 'Пользователь',
    entity: 'Объект',
    action: 'Действие',
    allOfGroup: 'Все: {{group}}',
    from: 'С даты',
    to: 'По дату',
    any: 'Все',
    reset: 'Сбросить фильтры',
  },
  actionGroups: {
    institution: 'Учреждение',
    resident: 'Дети',
    staff: 'Сотрудники',
    user: 'Учётные записи',
    auth: 'Вход и сеанс',
    settings: 'Настройки',
    access: 'Права доступа',
    backup: 'Резервные копии',
  },
  fields: {
    attempt: 'Попытка',
    reason: 'Причина',
    lockedUntil: 'Заблокирована до',
    permission: 'Требуемое право',
    mustChangePassword: 'Нужно сменить пароль',
  },
  reason: {
    locked: 'учётная запись была временно заблокирована',
    inactive: 'учётная запись отключена',
    unknown: 'такого пользователя нет',
  },
  noAnchors: 'В файле состояния нет пакета учреждения {{institution}}, закрепившего вершину его журнала аудита.',
  chainBroken: 'Журнал аудита нарушен: записи, начиная с номера {{seq}}, были изменены или удалены. Сообщите об этом руководству.',
  hiddenValue: 'Медицинские сведения (скрыты)',
  action: {
    institution: {
      create: 'Учреждение зарегистрировано',
      update: 'Данные учреждения изменены',
    },
    attachment: {
      add: 'Документ добавлен',
      void: 'Документ аннулирован',
    },
    photo: {
      set: 'Фото ребёнка изменено',
    },
    resident: {
      create: 'Ребёнок зарегистрирован',
      update: 'Данные ребёнка изменены',
    },
    staff: {
      create: 'Сотрудник зарегистрирован',
      update: 'Данные сотрудника изменены',
      trainingAdd: 'Обучение добавлено',
      trainingUpdate: 'Обучение изменено',
    },
    user: {
      create: 'Учётная запись создана',
      update: 'Учётная запись изменена',
    },
    auth: {
      signIn: 'Вход в систему',
      signInFailed: 'Неудачная попытка входа',
      unlockFailed: 'Неверный пароль при разблокировке',
      passwordChangeFailed: 'Неверный старый пароль при смене пароля',
      lockout: 'Учётная запись временно заблокирована',
      signOut: 'Выход из системы',
      unlock: 'Экран разблокирован',
      passwordChange: 'Пароль изменён',
      passwordReset: 'Пароль сброшен',
    },
    settings: {
      update: 'Настройки изменены',
    },
    backup: {
      create: 'Создана резервная копия',
      restore: 'Восстановлено из резервной копии',
      copy: 'Копия резервной копии сохранена в файл',
    },
    access: {
      denied: 'Попытка запрещённой операции',
    },
  },
  entity: {
    attachment: 'Документ',
    resident: 'Ребёнок',
    staff: 'Сотрудник',
    user: 'Учётная запись',
    institution: 'Учреждение',
    settings: 'Настройки',
    call: 'Операция',
    backup: 'Резервная копия',
  },
};
