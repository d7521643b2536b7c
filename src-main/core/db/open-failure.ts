import { AppError, type MessageParams } from '../contract/errors';
import type { MessageKey } from '../i18n/keys';

// Why the database could not be opened, in words a director can act on. The Electron host shows
// this instead of a blank window (and the CLI prints it); the support log gets the error's code.

export type OpenFailureReason = 'locked' | 'disk_full' | 'corrupt' | 'read_only' | 'too_new' | 'other';

export interface OpenFailure {
  reason: OpenFailureReason;
  title: MessageKey;
  advice: MessageKey;
  /** The AppError's own message (schema too new names the migration) where there is one. */
  detail?: { key: MessageKey; params?: MessageParams };
}

const ADVICE: Record<OpenFailureReason, MessageKey> = {
  locked: 'app.dbOpen.locked',
  disk_full: 'app.dbOpen.diskFull',
  corrupt: 'app.dbOpen.corrupt',
  read_only: 'app.dbOpen.readOnly',
  too_new: 'app.dbOpen.tooNew',
  other: 'app.dbOpen.other',
};

function sqliteCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

export function openFailureOf(e: unknown): OpenFailure {
  const code = sqliteCode(e);
  let reason: OpenFailureReason = 'other';
  if (e instanceof AppError && e.code === 'schema_too_new') reason = 'too_new';
  else if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) reason = 'locked';
  else if (code === 'SQLITE_FULL' || code === 'ENOSPC') reason = 'disk_full';
  else if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) reason = 'corrupt';
  else if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code === 'EACCES' || code === 'EROFS' || code === 'EPERM') {
    reason = 'read_only';
  }
  const out: OpenFailure = { reason, title: 'app.dbOpen.title', advice: ADVICE[reason] };
  if (e instanceof AppError) out.detail = { key: e.messageKey, ...(e.params ? { params: e.params } : {}) };
  return out;
}

/** The failure's words for a dialog: a title, and what happened and what to do, then where. */
export function openFailureText(
  translate: (key: MessageKey, params?: MessageParams) => string,
  f: OpenFailure,
  where: { folder: string; log: string },
): { title: string; body: string; close: string } {
  const lines = [translate(f.advice, { log: where.log })];
  if (f.detail) lines.push(translate(f.detail.key, f.detail.params));
  lines.push(translate('app.dbOpen.folder', { folder: where.folder }));
  return { title: translate(f.title), body: lines.join('\n\n'), close: translate('app.dbOpen.quit') };
}
