import type { Command } from '../main';
import type { Ctx } from '../../core/context';
import type { CallError } from '../../core/contract/errors';
import { dispatch } from '../../core/contract/dispatch';
import { LOCALES, type Locale } from '../../core/i18n/index';
import { educationPrintPath } from '../../core/education/print';
import { exportsPrintPaths, registerRangeOf } from '../../core/exports/print';
import { lifeStoryPrintPath } from '../../core/documents/print';
import { withDb } from '../db';
import { CliFailure, formatCallError, UsageError } from '../io';
import { readPasswordFile, signedInAs } from '../password';
import { PrintError, printToPdf } from '../../print/pdf';

// `qaygi print DOCUMENT --db F --out FILE.pdf [--lang az|en|ru] [--child ID | --plan ID | --period P]
// [--as USER --password-file P]`: any printed document as the A4 PDF the app prints (the same print
// route, headless Chromium through the web harness: src-main/print/pdf.ts). What the document is
// about is read first through the contract as this user, so a child, plan or period that is not
// there — or that this user may not read — is said plainly, not as a page that never gets ready.

type Arg = 'child' | 'plan' | 'period';
type Range = { from?: string; to?: string };
interface PrintDocument {
  arg: Arg | null;
  path(arg: string, lang: Locale, range: Range): string;
  /** The call the page reads, as this user: its refusal is the command's. */
  check(ctx: Ctx, arg: string, range: Range): Promise<{ ok: true } | { ok: false; error: CallError }>;
}

const DOCUMENTS: Record<string, PrintDocument> = {
  register: {
    arg: null,
    // `--from` / `--to`: the stays begun or ended in a period (as the screen's period), else the whole register.
    path: (_a, lang, o) => exportsPrintPaths.register(lang, o),
    check: (ctx, _a, o) => dispatch(ctx, 'exports.register', o),
  },
  'personal-file': { arg: 'child', path: exportsPrintPaths.personalFile, check: (ctx, id) => dispatch(ctx, 'exports.personalFile', { id }) },
  'life-story': { arg: 'child', path: lifeStoryPrintPath, check: (ctx, id) => dispatch(ctx, 'documents.lifeStory', { residentId: id }) },
  indicators: { arg: 'period', path: exportsPrintPaths.indicators, check: (ctx, period) => dispatch(ctx, 'reports.indicators', { period }) },
  'education-plan': { arg: 'plan', path: educationPrintPath, check: (ctx, id) => dispatch(ctx, 'education.planGet', { id }) },
};

const ARG_USAGE: Record<Arg, string> = { child: '--child ID', plan: '--plan ID', period: '--period 2026-Q3' };

export const printCommand: Command = {
  words: ['print'],
  usage: `print ${Object.keys(DOCUMENTS).join('|')} --db FILE --out FILE.pdf [--lang az|en|ru] [--child ID|--plan ID|--period P|--from D --to D] [--as USERNAME --password-file P]`,
  options: {
    db: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' }, child: { type: 'string' }, plan: { type: 'string' },
    period: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, as: { type: 'string' }, 'password-file': { type: 'string' },
  },
  async run(values, positionals) {
    const [name, ...rest] = positionals;
    const doc = name === undefined ? undefined : DOCUMENTS[name];
    if (!doc || rest.length > 0) throw new UsageError(`the document is one of ${Object.keys(DOCUMENTS).join(', ')}`);
    const arg = doc.arg === null ? '' : (values[doc.arg] as string | undefined);
    if (arg === undefined || (doc.arg !== null && arg.trim() === '')) throw new UsageError(`${name} needs ${ARG_USAGE[doc.arg!]}`);
    for (const other of ['child', 'plan', 'period'] as const) {
      if (other !== doc.arg && values[other] !== undefined) throw new UsageError(`${name} takes no --${other}`);
    }
    const range = registerRangeOf(values.from as string | undefined, values.to as string | undefined);
    if (!range) throw new UsageError('--from and --to are days, YYYY-MM-DD');
    if (name !== 'register' && (range.from || range.to)) throw new UsageError(`${name} takes no --from or --to`);
    const out = values.out as string | undefined;
    if (!out) throw new UsageError('--out FILE.pdf is required');
    const lang = (values.lang as string | undefined) ?? 'az';
    if (!LOCALES.includes(lang as Locale)) throw new UsageError('--lang is az, en or ru');
    const as = values.as as string | undefined;
    if (values['password-file'] !== undefined && as === undefined) throw new UsageError('--password-file goes with --as USERNAME');
    const password = as === undefined ? null : await readPasswordFile(values['password-file'] as string | undefined);
    return withDb(values.db as string, async (system, conn) => {
      const ctx = await signedInAs(system, as, password);
      if (!ctx) return 1;
      const found = await doc.check(ctx, arg, range);
      if (!found.ok) {
        process.stderr.write(`${formatCallError(found.error)}\n`);
        return 1;
      }
      try {
        const r = await printToPdf({ conn, path: doc.path(arg, lang as Locale, range), out, username: as });
        process.stdout.write(`${out}\t${r.bytes}\n`);
        return 0;
      } catch (e) {
        if (e instanceof PrintError) throw new CliFailure(e.message);
        throw e;
      }
    });
  },
};
