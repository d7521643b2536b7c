import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from '../main';
import { commitFile } from '../../core/imports/service';
import { IMPORT_KINDS, type ImportKind } from '../../core/imports/schema';
import { cliText, CliFailure, str, UsageError } from '../command';
import { withDb } from '../db';
import { printJson } from '../io';

// `qaygi import residents|staff --db FILE FILE.xlsx [--sheet NAME] [--dry-run] [--json]`: the same
// reading, mapping (remembered, else guessed), checks and commit as the Import screen. With --json
// it prints `{ imported, skipped, errors: [{ row, column, code }] }`; without, a summary and one
// line per refused cell in the language of the command line.

export const importCommand: Command = {
  words: ['import'],
  usage: `import ${IMPORT_KINDS.join('|')} --db FILE FILE.xlsx|FILE.csv [--sheet NAME] [--dry-run] [--json]`,
  options: { db: { type: 'string' }, sheet: { type: 'string' }, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } },
  async run(values, positionals) {
    const [kind, file, ...rest] = positionals;
    if (!kind || !(IMPORT_KINDS as readonly string[]).includes(kind)) throw new UsageError(`the register to import is one of: ${IMPORT_KINDS.join(', ')}`);
    if (!file || rest.length) throw new UsageError('one .xlsx or .csv file is required');
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(file));
    } catch {
      throw new CliFailure(`cannot read ${file}`);
    }
    return withDb(values.db as string | undefined, async (ctx) => {
      const input = { uploadId: 'cli', kind: kind as ImportKind, sheet: str(values.sheet) ?? null, skip: [], edits: {} };
      const r = await commitFile(ctx, input, { fileName: basename(file), bytes }, { dryRun: values['dry-run'] === true });
      if (values.json) {
        printJson({ imported: r.imported, skipped: r.skipped, errors: r.errors });
        return 0;
      }
      for (const e of r.errors) process.stdout.write(`${cliText('imports.cli.rowIssue', { row: e.row, column: e.column, message: e.code })}\n`);
      process.stdout.write(`${cliText(values['dry-run'] ? 'imports.cli.dryRun' : 'imports.cli.summary', { imported: r.imported, skipped: r.skipped })}\n`);
      return 0;
    });
  },
};
