import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src-main/core/db/connection';
import { openFailureOf, openFailureText } from '../../../src-main/core/db/open-failure';
import { translate } from '../../../src-main/core/i18n/index';
import { localeFromSystem } from '../../../src-main/core/i18n/locales';
import { tempDir } from '../../helpers/db';

// What the app says when its database will not open: each real failure named, with what to do.

async function failureOpening(file: string) {
  const e = await openDatabase(file).then(
    async (c) => {
      await c.close();
      return null;
    },
    (err: unknown) => err,
  );
  if (!e) throw new Error('expected the open to fail');
  return openFailureOf(e);
}

describe('a database that will not open', () => {
  it('a file that is not a database: damaged, restore a backup', async () => {
    const file = join(tempDir(), 'qaygi.db');
    writeFileSync(file, Buffer.alloc(4096, 'this is not an SQLite file '));
    const f = await failureOpening(file);
    expect(f.reason).toBe('corrupt');
    expect(translate('az', f.advice)).toContain('ehtiyat nüsxə');
  });

  it('a database from a newer Qayğı: update the app, and the migration it does not know is named', async () => {
    const file = join(tempDir(), 'qaygi.db');
    await (await openDatabase(file)).close();
    const raw = new Database(file);
    raw.prepare("INSERT INTO schema_migrations (name, applied_at) VALUES ('9999_from_the_future', '2030-01-01T00:00:00Z')").run();
    raw.close();
    const f = await failureOpening(file);
    expect(f.reason).toBe('too_new');
    expect(translate('en', f.detail!.key, f.detail!.params)).toContain('9999_from_the_future');
  });

  it('a database another program holds exclusively: close it and try again', async () => {
    const file = join(tempDir(), 'qaygi.db');
    await (await openDatabase(file)).close();
    const holder = new Database(file);
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const f = await failureOpening(file);
      expect(f.reason).toBe('locked');
      expect(translate('ru', f.advice)).toContain('другой программой');
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  }, 20_000);

  it('knows a full disk and a read-only folder by their codes; anything else points to the log', () => {
    const err = (code: string) => Object.assign(new Error('x'), { code });
    expect(openFailureOf(err('SQLITE_FULL')).reason).toBe('disk_full');
    expect(openFailureOf(err('SQLITE_READONLY_DBMOVED')).reason).toBe('read_only');
    expect(openFailureOf(err('SQLITE_CANTOPEN')).reason).toBe('read_only');
    expect(openFailureOf(err('EACCES')).reason).toBe('read_only');
    expect(openFailureOf(new Error('?')).reason).toBe('other');
    expect(translate('az', openFailureOf(new Error('?')).advice, { log: 'qaygi.log' })).toContain('qaygi.log');
  });
});

describe('the words of the failure screen', () => {
  it('say what happened, what to do and where the data is, in the chosen language', async () => {
    const file = join(tempDir(), 'qaygi.db');
    writeFileSync(file, Buffer.alloc(4096, 'not a database '));
    const f = await failureOpening(file);
    const text = openFailureText((k, p) => translate('en', k, p), f, { folder: '/home/u/.config/Qaygi', log: '/home/u/.config/Qaygi/logs/qaygi.log' });
    expect(text.title).toBe('The database could not be opened');
    expect(text.body).toContain('restore the latest backup');
    expect(text.body).toContain('Data folder: /home/u/.config/Qaygi');
    expect(text.close).toBe('Close');
    expect(localeFromSystem('ru-RU')).toBe('ru');
    expect(localeFromSystem('en_GB')).toBe('en');
    expect(localeFromSystem('tr-TR')).toBe('az');
  });
});
