import type { MessageKey } from '../../i18n/keys';

export const SIGNAL_LEVEL_LABEL = {
  action: 'dashboard.levels.action',
  warning: 'dashboard.levels.warning',
  info: 'dashboard.levels.info',
} as const satisfies Record<string, MessageKey>;
