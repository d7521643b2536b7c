import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src-main/core/db/connection';
import { dispatch } from '../../src-main/core/contract/dispatch';
import type { CallInput, CallName } from '../../src-main/core/contract/calls';
import { systemCtx } from '../../src-main/core/session';
import { az, en, ru } from '../../src-main/core/i18n/index';
import { addUser, TEST_PASSWORD } from '../helpers/users';
import { ensureRendererBuilt } from '../e2e/fixture';
import { CLI_TEST_TIMEOUT, qaygi } from '../cli/qaygi';

// `qaygi education print`: the printed plan as an A4 PDF from the command line (the web harness on
// the database, headless Chromium, one address with the token and the route). pdftotext reads the
// child's name back with every Azerbaijani letter, and both goals; pdftoppm draws the page.
// `qaygi print DOCUMENT`: the register, a personal file, the indicator report the same way.

const ARTIFACTS = join(import.meta.dirname, '../../test-artifacts');
const CHILD = { lastName: 'Ağakişiyeva', firstName: 'Gülçöhrə', patronymic: 'İsmayıl qızı' };
const FULL_NAME = `${CHILD.lastName} ${CHILD.firstName} ${CHILD.patronymic}`;
const GOALS = [
  { domain: 'academic', description: 'Səlis oxuma', target: 'Dəqiqədə 40 söz oxuyur' },
  { domain: 'social_emotional', description: 'Yoldaşları ilə birgə oyun', target: 'Tənəffüsdə 3 uşaqla oynayır' },
] as const;

let dir: string;
let db: string;
let planId: string;
let childId: string;

const text = (pdf: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
const flat = (s: string) => s.replace(/\s+/g, ' ');

beforeAll(async () => {
  ensureRendererBuilt();
  dir = mkdtempSync(join(tmpdir(), 'qaygi-print-'));
  db = join(dir, 'qaygi.db');
  const conn = await openDatabase(db);
  const ctx = systemCtx(conn.db, 'test');
  const ok = async <K extends CallName>(name: K, input: CallInput<K>) => {
    const r = await dispatch(ctx, name, input);
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
    return r.value;
  };
  await ok('setup.create', {
    institution: { code: 'AZ-BAK-001', nameAz: 'Bakı şəhəri 1 nömrəli uşaq evi', nameEn: 'Baku Children’s Home No. 1', type: 'childrens_home', region: 'Bakı', address: '', capacity: 120 },
    director: { username: 'direktor', displayName: 'Aynur Həsənova', password: TEST_PASSWORD },
  });
  await addUser(conn.db, 'teacher', { username: 'muellim' });
  const child = await ok('residents.create', {
    ...CHILD, sex: 'F', dateOfBirth: '2015-04-12', admissionDate: '2021-09-01', legalStatus: 'orphan', groupName: 'Günəş',
    disability: true, disabilityDegree: 'II', confirmDuplicate: true,
  });
  const plan = await ok('education.planCreate', {
    residentId: child.id, academicYear: '2026-2027', startDate: '2026-09-15', endDate: '2027-05-31', responsibleTeacher: 'Əliyeva Gülər',
    strengths: 'Rəsm çəkməyi sevir',
  });
  planId = plan.id;
  childId = child.id;
  for (const g of GOALS) await ok('education.goalSave', { planId, ...g, baseline: '', targetDate: '2027-05-15' });
  await conn.close();
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(dir, 'password.txt'), `${TEST_PASSWORD}\n`);
}, 240_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('qaygi education print', () => {
  it('makes the A4 PDF of the plan: the child’s name with ə ğ ı İ ö ş ü ç, both goals, the signature lines, no shell', async () => {
    const out = join(ARTIFACTS, 'print-cli-education-plan.pdf');
    rmSync(out, { force: true });
    const r = await qaygi(['education', 'print', '--db', db, '--plan', planId, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(out);
    const t = text(out);
    expect(t).toContain(FULL_NAME);
    for (const letter of ['ə', 'ğ', 'ı', 'İ', 'ö', 'ş', 'ü', 'ç']) expect(t).toContain(letter);
    for (const g of GOALS) {
      expect(flat(t)).toContain(g.description);
      expect(flat(t)).toContain(g.target);
    }
    expect(t).toContain(az.education.print.title);
    expect(t).toContain(az.education.print.signatures);
    expect(t).not.toContain(az.residents.nav);
    expect(t).not.toContain(az.education.print.printNow);
    // A4: 595 × 842 points.
    const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:.*\(A4\)/);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', out, join(ARTIFACTS, 'print-cli-education-plan')]);
  }, CLI_TEST_TIMEOUT);

  it('--lang ru --as a teacher (password checked): the labels in Russian, the names as documents write them', async () => {
    const out = join(dir, 'plan-ru.pdf');
    const r = await qaygi(['education', 'print', '--db', db, '--plan', planId, '--out', out, '--lang', 'ru', '--as', 'muellim', '--password-file', join(dir, 'password.txt')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const t = text(out);
    expect(t).toContain(ru.education.print.title);
    expect(t).toContain(FULL_NAME);
  }, CLI_TEST_TIMEOUT);

  it('refuses a wrong password, an unknown plan and a bad language, writing no file', async () => {
    const out = join(dir, 'never.pdf');
    writeFileSync(join(dir, 'wrong.txt'), 'not the password\n');
    const wrong = await qaygi(['education', 'print', '--db', db, '--plan', planId, '--out', out, '--as', 'muellim', '--password-file', join(dir, 'wrong.txt')], { lang: 'en' });
    expect(wrong.code).toBe(1);
    const unknown = await qaygi(['education', 'print', '--db', db, '--plan', 'no-such-plan', '--out', out], { lang: 'en' });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('not_found');
    const lang = await qaygi(['education', 'print', '--db', db, '--plan', planId, '--out', out, '--lang', 'de']);
    expect(lang.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  }, CLI_TEST_TIMEOUT);
});

describe('qaygi print: every printed document through the same route-to-PDF path', () => {
  it('prints the register (az), a personal file (en) and the indicator report (ru)', async () => {
    const register = join(ARTIFACTS, 'print-cli-register.pdf');
    const a = await qaygi(['print', 'register', '--db', db, '--out', register]);
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    const r = flat(text(register));
    expect(r).toContain(az.exports.register.title);
    expect(r).toContain(`${CHILD.lastName} ${CHILD.firstName}`);
    // A period: the stays begun or ended in it — none in 2025 (the child came in 2021).
    const later = join(dir, 'register-2025.pdf');
    expect((await qaygi(['print', 'register', '--db', db, '--from', '2025-01-01', '--to', '2025-12-31', '--out', later])).code).toBe(0);
    const l = flat(text(later));
    expect(l).toContain(az.exports.register.empty);
    expect(l).toContain('01.01.2025 – 31.12.2025');
    expect(l).not.toContain(CHILD.lastName);
    const file = join(dir, 'personal-file.pdf');
    const b = await qaygi(['print', 'personal-file', '--db', db, '--child', childId, '--lang', 'en', '--out', file]);
    expect(b.code).toBe(0);
    const f = flat(text(file));
    expect(f).toContain(en.exports.personalFile.title);
    expect(f).toContain(FULL_NAME);
    const report = join(dir, 'indicators.pdf');
    const c = await qaygi(['print', 'indicators', '--db', db, '--period', '2026-Q3', '--lang', 'ru', '--out', report]);
    expect(c.code).toBe(0);
    expect(flat(text(report))).toContain(ru.exports.kinds.indicators);
  }, CLI_TEST_TIMEOUT);

  it('says plainly what is wrong, writing no file: an unknown document, a missing or unknown child, a bad period, a stray option', async () => {
    const out = join(dir, 'never-2.pdf');
    expect((await qaygi(['print', 'passport', '--db', db, '--out', out])).code).toBe(2);
    const noChild = await qaygi(['print', 'personal-file', '--db', db, '--out', out]);
    expect(noChild.code).toBe(2);
    expect(noChild.stderr).toContain('--child ID');
    const unknown = await qaygi(['print', 'life-story', '--db', db, '--child', 'no-such-child', '--out', out], { lang: 'en' });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('not_found');
    const period = await qaygi(['print', 'indicators', '--db', db, '--period', '2026-Q7', '--out', out], { lang: 'en' });
    expect(period.code).toBe(1);
    expect((await qaygi(['print', 'register', '--db', db, '--plan', planId, '--out', out])).code).toBe(2);
    expect((await qaygi(['print', 'register', '--db', db, '--from', '1.1.2025', '--out', out])).code).toBe(2);
    expect(existsSync(out)).toBe(false);
  }, CLI_TEST_TIMEOUT);
});
