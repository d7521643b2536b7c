import type { DashboardSource } from '../dashboard/signal';
import { backupStale, daysSince } from './files';
import { lastBackupAt } from './host';

// `backup_stale`: the newest backup of this database (its audit log's last `backup.create`) is
// more than two days old, or there is none. Not about children: the card opens Settings → Backups.
// Its count is the days since the last backup, or since the log began when there never was one
// (at least 1, so that a new database without a backup shows too).

export const backupSignals: DashboardSource = {
  signals: [
    {
      kind: 'backup_stale',
      label: 'backup.signals.stale',
      permission: 'backup.manage',
      level: 'action',
      async compute(db, _today, ctx) {
        const last = await lastBackupAt(db);
        const now = ctx.now();
        if (!backupStale(now, last)) return { count: 0 };
        const since = last ?? (await db.selectFrom('audit_log').select('at').where('seq', '=', 1).executeTakeFirst())?.at ?? null;
        return { count: Math.max(1, daysSince(now, since) ?? 1) };
      },
    },
  ],
};
