import type { MessageKey } from '../i18n/keys';
import type { MessageParams } from '../contract/errors';

// The About dialog's words: the version, where the data lives, and the signing key's fingerprint
// (what the ministry compares when it registers the institution's key).

export interface AboutFacts {
  version: string;
  dataFolder: string;
  logFolder: string;
  /** The active signing key's fingerprint, or null before keys are made. */
  keyFingerprint: string | null;
}

export function aboutText(tr: (key: MessageKey, params?: MessageParams) => string, f: AboutFacts): { title: string; message: string; detail: string } {
  return {
    title: tr('app.about.title'),
    message: tr('app.about.version', { version: f.version }),
    detail: [
      tr('app.about.dataFolder', { folder: f.dataFolder }),
      tr('app.about.logFolder', { folder: f.logFolder }),
      f.keyFingerprint ? tr('app.about.key', { fingerprint: f.keyFingerprint }) : tr('app.about.noKey'),
    ].join('\n'),
  };
}
