import type { MessageKey } from '../../i18n/keys';
import type { ImportKind } from '../schema';

// The key for each value, written out so that no key is built at run time.

export const IMPORT_KIND_LABEL = {
  residents: 'imports.kind.residents',
  staff: 'imports.kind.staff',
  episodes: 'imports.kind.episodes',
  relatives: 'imports.kind.relatives',
} as const satisfies Record<ImportKind, MessageKey>;

export const ROW_STATUS_LABEL = {
  ok: 'imports.preview.ok',
  error: 'imports.preview.error',
  skipped: 'imports.preview.skipped',
} as const satisfies Record<'ok' | 'error' | 'skipped', MessageKey>;
