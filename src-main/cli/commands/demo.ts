import type { Command } from '../main';
import { translate, type Locale } from '../../core/i18n/index';
import { DEMO_MAX_CHILDREN } from '../../core/demo/generate';
import { writeDemo, type DemoSummary } from '../../core/demo/write';
import { withDb } from '../db';
import { cliLocale, UsageError } from '../io';
import type { MessageKey } from '../../core/i18n/keys';
import { DEMO_COLUMN_LABEL } from '../../core/app/i18n/labels';
import { ROLE_LABEL } from '../../core/auth/i18n/labels';

const MAX_SEED = 4294967295;

function wholeNumber(text: string | undefined, fallback: number, min: number, max: number): number | null {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text.trim())) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

/**
 * The demo accounts as aligned columns: role, username, password, staff member. This is the only
 * place the passwords ever appear (the database keeps salted hashes).
 */
function accountsTable(locale: Locale, accounts: DemoSummary['accounts']): string {
  const rows = [
    Object.values(DEMO_COLUMN_LABEL).map((key) => translate(locale, key)),
    ...accounts.map((a) => [translate(locale, ROLE_LABEL[a.role]), a.username, a.password, a.displayName]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => `  ${r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd()}\n`).join('');
}

/** `demo`: a realistic, reproducible demo institution in an empty database, with an account per role. */
export const demoCommand: Command = {
  words: ['demo'],
  usage: 'demo --db FILE [--children N] [--seed S]   (demo institution: N current children, default 120; seed default 1)',
  options: { db: { type: 'string' }, children: { type: 'string' }, seed: { type: 'string' } },
  async run(values, positionals) {
    const locale = cliLocale();
    if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
    const children = wholeNumber(values.children as string | undefined, 120, 1, DEMO_MAX_CHILDREN);
    if (children === null) throw new UsageError(translate(locale, 'app.demo.badChildren', { min: 1, max: DEMO_MAX_CHILDREN }));
    const seed = wholeNumber(values.seed as string | undefined, 1, 0, MAX_SEED);
    if (seed === null) throw new UsageError(translate(locale, 'app.demo.badSeed', { max: MAX_SEED }));
    const file = values.db as string | undefined;
    return withDb(file, async (ctx) => {
      const s = await writeDemo(ctx, { children, seed });
      const t = (key: MessageKey, params: Record<string, string | number> = {}) => `${translate(locale, key, params)}\n`;
      const name = locale === 'az' ? s.institution.nameAz : s.institution.nameEn;
      process.stdout.write(
        t('app.demo.written', { name, code: s.institution.code, file: file! }) +
          t('app.demo.children', { current: s.residents + s.dayAttendees, residents: s.residents, dayAttendees: s.dayAttendees, discharged: s.discharged }) +
          t('app.demo.details', { withoutFin: s.withoutFin, withDisability: s.withDisability }) +
          t('app.demo.staff', { current: s.staff.current, former: s.staff.former, trainings: s.staff.trainings }) +
          (s.daily ? t('daily.demo.written', { rollCalls: s.daily.rollCalls, marks: s.daily.marks, notes: s.daily.notes, incidents: s.daily.incidents, prescriptions: s.daily.prescriptions, doses: s.daily.doses }) + ' ' + t('daily.family.demo', { contacts: s.daily.contacts }) : '') +
          t('app.demo.audit', { entries: s.auditEntries, seed }) +
          '\n' +
          t('app.demo.accounts') +
          accountsTable(locale, s.accounts) +
          t('app.demo.changePasswords'),
      );
      return 0;
    });
  },
};
