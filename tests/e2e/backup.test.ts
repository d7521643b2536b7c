import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { az } from '../../src-main/core/i18n/index';
import { dispatch } from '../../src-main/core/contract/dispatch';
import type { Ctx } from '../../src-main/core/context';
import { actor } from '../helpers/db';
import { childInput } from '../helpers/residents';
import { seedChild, startE2E, type E2E } from './fixture';
import { goTo } from './helpers';

// Settings → Backups in Chromium: the director sets the passphrase, backs up now (the progress
// bar, then the backup in the list), a child is changed, the backup is restored from the list and
// the child reads as before; a damaged file chosen from disk is refused with its reason, nothing
// changed. The dashboard warns before the first backup and not after it. "Save a copy…" and "back
// up now and save to a file…" write to the file the app's save dialog gives (answered by the test).

let e2e: E2E;
let childId: string;
const PASS = 'ehtiyat nüsxə parolu';
/** The "USB stick" the save dialog answers with, and what it was asked to suggest. */
let usb = '';
const asked: string[] = [];

/** A director's context on the harness's connection now (a restore opens another one). */
const ctx = (): Ctx => ({ db: e2e.conn.db, now: () => new Date('2026-11-26T09:00:00Z'), actor: actor('director', 'e2e-seed') });

beforeAll(async () => {
  e2e = await startE2E({
    backup: {
      chooseFile: async (name) => {
        asked.push(name);
        return join(usb, `kopya-${asked.length}.age`);
      },
    },
  });
  usb = join(dirname(e2e.conn.sqlite.name), 'usb');
  mkdirSync(usb);
  childId = (await seedChild(e2e.ctx, childInput({ lastName: 'Məmmədov', firstName: 'Elçin' }))).id;
}, 180_000);

afterAll(async () => {
  await e2e?.close();
});

describe('backups in the browser', () => {
  it('backs up from the Settings tab, and a restore brings a changed child back', async () => {
    const page = await e2e.openApp();
    // Before any backup the dashboard says so, and its card leads to this tab.
    await page.getByTestId('signal-backup_stale').waitFor();
    expect(Number(await page.getByTestId('signal-backup_stale').getAttribute('data-count'))).toBeGreaterThan(0);
    await page.getByTestId('signal-backup_stale').click();
    await page.getByTestId('backup-settings').waitFor();
    await page.getByText(az.backup.never).waitFor();
    await page.getByText(az.backup.list.empty).waitFor();

    await page.getByTestId('backup-passphrase').fill(PASS);
    await page.getByTestId('backup-save').click();
    await page.getByTestId('backup-passphrase-state').getByText(az.backup.passphraseSet).waitFor();

    await page.getByTestId('backup-run').click();
    await page.getByTestId('backup-row').first().waitFor({ timeout: 30_000 });
    await page.getByText(az.backup.lastSuccess.replace('{{date}}', '26.11.2026 13:00')).waitFor();
    await e2e.shot(page, 'e2e-90-backups');
    const folder = join(dirname(e2e.conn.sqlite.name), 'backups');
    const [fileName] = readdirSync(folder);
    expect(fileName).toMatch(/^qaygi-backup-20261126T090000Z\.age$/);

    // A copy of it to the stick, from its row.
    await page.getByTestId('backup-save-copy').first().click();
    await page.getByText(az.backup.copied.replace('{{file}}', join(usb, 'kopya-1.age'))).waitFor();
    expect(asked).toEqual([fileName]);
    expect(readFileSync(join(usb, 'kopya-1.age')).equals(readFileSync(join(folder, fileName!)))).toBe(true);
    // A new backup straight to a file: taken into the folder, then saved where the dialog says.
    e2e.clock.advanceMinutes(1);
    await page.getByTestId('backup-run-to-file').click();
    await page.getByText(az.backup.copied.replace('{{file}}', join(usb, 'kopya-2.age'))).waitFor({ timeout: 30_000 });
    expect(asked[1]).toBe('qaygi-backup-20261126T090100Z.age');
    expect(readFileSync(join(usb, 'kopya-2.age')).equals(readFileSync(join(folder, asked[1]!)))).toBe(true);
    expect(readdirSync(usb).sort()).toEqual(['kopya-1.age', 'kopya-2.age']);
    await e2e.shot(page, 'e2e-90b-backup-copies');

    // The child changes after the backup.
    const before = await dispatch(ctx(), 'residents.get', { id: childId });
    if (!before.ok) throw new Error(JSON.stringify(before.error));
    const changed = await dispatch(ctx(), 'residents.update', { ...childInput({ lastName: 'Məmmədov', firstName: 'Dəyişdirilib' }), id: childId, version: before.value.version });
    expect(changed.ok).toBe(true);

    // A damaged copy of the backup, chosen from disk: refused, with the reason, and nothing changes.
    // (The copy on the stick: the folder keeps one backup a day, the newest.)
    const damaged = Buffer.from(readFileSync(join(usb, 'kopya-1.age')));
    damaged[damaged.length - 100]! ^= 1;
    const damagedPath = join(dirname(folder), 'zədəli.age');
    writeFileSync(damagedPath, damaged);
    await page.locator('input[type=file]').setInputFiles(damagedPath);
    await page.getByTestId('restore-passphrase').fill(PASS);
    await page.getByTestId('restore-confirm').click();
    await page.getByTestId('restore-error').getByText(az.backup.errors.damaged.replace('{{file}}', 'zədəli.age')).waitFor();
    await e2e.shot(page, 'e2e-91-restore-refused');
    await page.getByRole('button', { name: az.backup.restore.cancel, exact: true }).first().click();
    const still = await dispatch(ctx(), 'residents.get', { id: childId });
    expect(still.ok && still.value.firstName).toBe('Dəyişdirilib');

    // The backup from the list, with its passphrase.
    await page.getByTestId('backup-restore').first().click();
    await page.getByTestId('restore-passphrase').fill(PASS);
    await page.getByTestId('restore-confirm').click();
    await page.getByTestId('restore-modal').waitFor({ state: 'detached', timeout: 30_000 });

    await goTo(page, e2e, `/children/${childId}`);
    await page.getByText('Elçin', { exact: false }).first().waitFor();
    expect(await page.getByText('Dəyişdirilib').count()).toBe(0);
    await e2e.shot(page, 'e2e-92-restored-child');
    const after = await dispatch(ctx(), 'residents.get', { id: childId });
    expect(after.ok && after.value.firstName).toBe('Elçin');
    const head = e2e.conn.sqlite.prepare('SELECT action, actor FROM audit_log ORDER BY seq DESC LIMIT 1').get();
    expect(head).toEqual({ action: 'backup.restore', actor: 'direktor' });
    expect(e2e.pageErrors).toEqual([]);
  });
});
