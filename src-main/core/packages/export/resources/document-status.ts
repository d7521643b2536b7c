import type { ResourceDef, ResourceRow } from './types';
import { documentStatusTable } from '../../format/schemas/document-status';
import { addDays, requiredDocuments } from '../../../documents/rules';
import { packageChildren } from '../children';

// The rows of document_status for a period (format/schemas/document-status.ts): for every child in
// residents.csv, each document type the file requires (documents/rules.ts, the child's stage as
// residents.csv gives it) and each other type on file, as it stood on the period's last day —
// added by then, not voided by then, valid then. Only types and statuses: never a file, a title
// or a date of a document.

export const documentStatusResource: ResourceDef = {
  ...documentStatusTable,
  async rows(db, period) {
    // The status as residents.csv gives it: the one that stood on the period's last day.
    const children = (await packageChildren(db, period)).map((c) => ({
      id: c.id, fin: c.fin, status: c.status_at_end,
    }));
    const dayAfter = `${addDays(period.end, 1)}T00:00:00.000Z`;
    const docs = await db
      .selectFrom('attachments')
      .select(['resident_id', 'doc_type', 'valid_until'])
      .where('resident_id', 'is not', null)
      .where('added_at', '<', dayAfter)
      .where((eb) => eb.or([eb('voided_at', 'is', null), eb('voided_at', '>=', dayAfter)]))
      .execute();
    // Per child and type: on file (some document valid on the last day) or expired (only ended ones).
    const state = new Map<string, 'on_file' | 'expired'>();
    const typesOf = new Map<string, Set<string>>();
    for (const d of docs) {
      const id = d.resident_id as string;
      if (!typesOf.has(id)) typesOf.set(id, new Set());
      typesOf.get(id)!.add(d.doc_type);
      const key = `${d.resident_id}\u0000${d.doc_type}`;
      const valid = d.valid_until === null || d.valid_until >= period.end;
      if (valid) state.set(key, 'on_file');
      else if (!state.has(key)) state.set(key, 'expired');
    }
    const rows: ResourceRow[] = [];
    for (const c of children) {
      const required = new Map(requiredDocuments(c).map((r) => [r.docType as string, r.stage]));
      const types = new Set<string>([...required.keys(), ...(typesOf.get(c.id) ?? [])]);
      for (const t of [...types].sort()) {
        rows.push({
          resident_id: c.id,
          doc_type: t,
          stage: required.get(t) ?? null,
          required: required.has(t),
          status: state.get(`${c.id}\u0000${t}`) ?? 'missing',
        });
      }
    }
    return rows;
  },
  source: (row) => ({ entity: 'resident', id: String(row.resident_id) }),
};
