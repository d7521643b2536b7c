import type { Command } from '../main';
import { checkAnchors, verifyAuditChain } from '../../core/audit/audit';
import { readStateFile, StateError } from '../../core/packages/verify/state';
import { CliFailure, cliText as t, str } from '../command';
import { withDb } from '../db';

// `qaygi audit verify`: the chain holds (every entry's hash and link), and with --anchor, it still
// holds every head that the institution's packages anchored at the ministry (the verifier's state
// file keeps them): a chain rewritten by whoever had the file is consistent with itself, but no
// longer contains the anchored heads. One line per finding, for scripts.

export const auditVerify: Command = {
  words: ['audit', 'verify'],
  usage:
    'audit verify --db FILE [--anchor STATE.json]   (exit 0 when the audit chain holds and keeps every head the ministry anchored, 1 naming what does not)',
  options: { db: { type: 'string' }, anchor: { type: 'string' } },
  async run(values) {
    return withDb(values.db as string, async (ctx) => {
      const r = await verifyAuditChain(ctx.db);
      let ok = r.ok;
      if (r.ok) process.stdout.write(`audit chain ok: ${r.entries} entries\n`);
      else process.stderr.write(`audit chain broken at entry ${r.brokenAt} (${r.reason})\n`);
      const statePath = str(values.anchor);
      if (statePath) {
        let state;
        try {
          state = readStateFile(statePath);
        } catch (e) {
          if (e instanceof StateError) throw new CliFailure(t('packages.errors.badState', { reason: e.message }));
          throw e;
        }
        const inst = await ctx.db.selectFrom('institution').select('code').executeTakeFirst();
        const chain = inst && Object.prototype.hasOwnProperty.call(state.institutions, inst.code) ? state.institutions[inst.code] : undefined;
        const anchored = (chain?.accepted ?? []).filter((a) => a.auditHead);
        if (!inst || anchored.length === 0) throw new CliFailure(t('audit.noAnchors', { institution: inst?.code ?? '—' }));
        const found = await checkAnchors(ctx.db, anchored.map((a) => a.auditHead!));
        anchored.forEach((a, i) => {
          const f = found[i]!;
          const line = `anchor of package ${a.sequence} (${a.period}): entry ${f.seq} ${f.found === 'same' ? 'present' : f.found}\n`;
          if (f.found === 'same') process.stdout.write(line);
          else {
            ok = false;
            process.stderr.write(line);
          }
        });
      }
      return ok ? 0 : 1;
    });
  },
};
