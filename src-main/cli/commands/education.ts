import type { Command } from '../main';
import { dispatch } from '../../core/contract/dispatch';
import { LOCALES, type Locale } from '../../core/i18n/index';
import { educationPrintPath } from '../../core/education/print';
import { withDb } from '../db';
import { CliFailure, formatCallError, UsageError } from '../io';
import { readPasswordFile, signedInAs } from '../password';
import { PrintError, printToPdf } from '../../print/pdf';

/**
 * `qaygi education print --db F --plan ID --out FILE.pdf [--lang az|en|ru] [--as USER --password-file P]`:
 * the printed plan as an A4 PDF, the same page the app prints (headless Chromium through the web
 * harness: src-main/print/pdf.ts). As the local system actor by default; with `--as`, signed in as
 * that user (password checked first), who must be allowed to read the plan.
 */
export const educationPrint: Command = {
  words: ['education', 'print'],
  usage: 'education print --db FILE --plan ID --out FILE.pdf [--lang az|en|ru] [--as USERNAME --password-file P]',
  options: {
    db: { type: 'string' }, plan: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' },
    as: { type: 'string' }, 'password-file': { type: 'string' },
  },
  async run(values) {
    const plan = values.plan as string | undefined;
    const out = values.out as string | undefined;
    if (!plan) throw new UsageError('--plan ID is required');
    if (!out) throw new UsageError('--out FILE.pdf is required');
    const lang = (values.lang as string | undefined) ?? 'az';
    if (!LOCALES.includes(lang as Locale)) throw new UsageError('--lang is az, en or ru');
    const as = values.as as string | undefined;
    if (values['password-file'] !== undefined && as === undefined) throw new UsageError('--password-file goes with --as USERNAME');
    const password = as === undefined ? null : await readPasswordFile(values['password-file'] as string | undefined);
    return withDb(values.db as string, async (system, conn) => {
      const ctx = await signedInAs(system, as, password);
      if (!ctx) return 1;
      // The plan first, through the contract as this user: a plan that does not exist, or one this
      // user may not read, is said plainly instead of as a page that never gets ready.
      const found = await dispatch(ctx, 'education.planGet', { id: plan });
      if (!found.ok) {
        process.stderr.write(`${formatCallError(found.error)}\n`);
        return 1;
      }
      try {
        const r = await printToPdf({ conn, path: educationPrintPath(plan, lang as Locale), out, username: as });
        process.stdout.write(`${out}\t${r.bytes}\n`);
        return 0;
      } catch (e) {
        if (e instanceof PrintError) throw new CliFailure(e.message);
        throw e;
      }
    });
  },
};
