import type { ResourceDef } from './types';
import { careEpisodesTable } from '../../format/schemas/care-episodes';

// The rows of care_episodes for a period (the table's schema: format/schemas/care-episodes.ts).

export const careEpisodesResource: ResourceDef = {
  ...careEpisodesTable,
  async rows(db, period) {
    const rows = await db
      .selectFrom('residents')
      .select(['id', 'admission_date', 'admission_basis', 'admission_decision_number', 'admission_decision_date', 'admission_authority'])
      .where('admission_date', '<=', period.end)
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: `${r.id}/admission`,
      resident_id: r.id,
      kind: 'admission',
      date: r.admission_date,
      basis: r.admission_basis,
      decision_number: r.admission_decision_number,
      decision_date: r.admission_decision_date,
      authority: r.admission_authority,
      destination: null,
    }));
  },
  source: (row) => ({ entity: 'resident', id: String(row.resident_id) }),
};
