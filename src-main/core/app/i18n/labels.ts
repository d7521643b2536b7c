import type { MessageKey } from '../../i18n/keys';

// The key for each value of an enum or each field, written out so that no key is built at run time
// (the keys test and the typed t() see every one).

export const DEMO_COLUMN_LABEL = {
  role: 'app.demo.column.role',
  username: 'app.demo.column.username',
  password: 'app.demo.column.password',
  staffMember: 'app.demo.column.staffMember',
} as const satisfies Record<string, MessageKey>;
