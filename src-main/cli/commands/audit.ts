import type { Command } from '../main';
import { verifyAuditChain } from '../../core/audit/audit';
import { withDb } from '../db';

export const auditVerify: Command = {
  words: ['audit', 'verify'],
  usage: 'audit verify --db FILE         (exit 0 when the audit chain holds, 1 naming the first broken entry)',
  options: { db: { type: 'string' } },
  async run(values) {
    return withDb(values.db as string, async (ctx) => {
      const r = await verifyAuditChain(ctx.db);
      if (r.ok) {
        process.stdout.write(`audit chain ok: ${r.entries} entries\n`);
        return 0;
      }
      process.stderr.write(`audit chain broken at entry ${r.brokenAt} (${r.reason})\n`);
      return 1;
    });
  },
};
