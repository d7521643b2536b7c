import type { DashboardSource } from '../dashboard/signal';
import { addDays, EXPIRING_DAYS } from './rules';
import { childrenMissingDocuments } from './service';

// The documents' signals: children in care whose admission file lacks a required document, and
// children with a document whose validity ends within 30 days (documents/rules.ts).

export const documentsSignals: DashboardSource = {
  signals: [
    {
      kind: 'documents_missing',
      label: 'documents.signals.missing',
      permission: 'documents.read',
      level: 'warning',
      async compute(db, today) {
        const ids = await childrenMissingDocuments(db, today);
        return { count: ids.length, residentIds: ids };
      },
    },
    {
      kind: 'documents_expiring',
      label: 'documents.signals.expiring',
      permission: 'documents.read',
      level: 'warning',
      async compute(db, today) {
        const rows = await db
          .selectFrom('attachments as a')
          .innerJoin('residents as r', 'r.id', 'a.resident_id')
          .select('r.id')
          .distinct()
          .where('r.status', '<>', 'discharged')
          .where('a.voided_at', 'is', null)
          .where('a.valid_until', '>=', today)
          .where('a.valid_until', '<=', addDays(today, EXPIRING_DAYS))
          .execute();
        return { count: rows.length, residentIds: rows.map((r) => r.id) };
      },
    },
  ],
};
